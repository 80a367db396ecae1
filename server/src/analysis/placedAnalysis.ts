import type { ArticleFile, Quote, Story } from './article/model';
import type { FileOutline } from './article/parse';
import type { DateMention } from './dates';
import type { Entity } from './entities';
import type { Finding } from './rules/types';
import { shiftAttribution, shiftDate, shiftEntity, shiftQuote, shiftStory } from './shift';
import type { SentenceSummary, StoryAnalysis } from './storyAnalysis';
import type { Analysis, Attribution, EntityMention } from './analyze';

/** A story's cached results and where they go in the file. */
export interface Placed {
  sa: StoryAnalysis;
  by: number;
  index: number;
  /** Entity ids linked to earlier stories (story id → file id). */
  ids: ReadonlyMap<string, string>;
}

/**
 * The analysis of a file assembled from its stories' cached results. Findings are ready at
 * once (they are what every edit needs); the rest — stories, names, attributions, dates — is
 * moved into place the first time something asks for it, so typing does not pay for it.
 */
export class PlacedAnalysis implements Analysis {
  readonly copy: string;
  private built: Omit<Analysis, 'copy' | 'findings'> | null = null;

  constructor(
    private readonly outline: FileOutline,
    private readonly placed: readonly Placed[],
    readonly findings: Finding[],
  ) {
    this.copy = outline.copy;
  }

  get file(): ArticleFile {
    return this.build().file;
  }
  get entities(): EntityMention[] {
    return this.build().entities;
  }
  get clusters(): Entity[] {
    return this.build().clusters;
  }
  get attributions(): Attribution[] {
    return this.build().attributions;
  }
  get attribution(): Analysis['attribution'] {
    return this.build().attribution;
  }
  get dates(): DateMention[] {
    return this.build().dates;
  }

  toJSON(): Analysis {
    const { file, entities, clusters, attributions, attribution, dates } = this.build();
    return { file, copy: this.copy, entities, clusters, attributions, attribution, dates, findings: this.findings };
  }

  private build(): Omit<Analysis, 'copy' | 'findings'> {
    if (this.built) return this.built;
    const stories: Story[] = [];
    const clusters: Entity[] = [];
    const entities: EntityMention[] = [];
    const attributions: Attribution[] = [];
    const sentences: SentenceSummary[] = [];
    const quotes: Quote[] = [];
    const dates: DateMention[] = [];
    for (const { sa, by, index, ids } of this.placed) {
      stories.push(shiftStory(sa.story, by));
      for (const e of sa.clusters) clusters.push(shiftEntity(e, by, index, ids.get(e.id) ?? e.id));
      const { mentions, entities: of } = sa.mentions;
      for (let i = 0; i < mentions.length; i++) {
        const { start, end, text } = mentions[i]!;
        const entity = of[i]!;
        entities.push({ type: entity.type, start: start + by, end: end + by, text, id: ids.get(entity.id) ?? entity.id });
      }
      for (const a of sa.attributions) attributions.push(shiftAttribution(a, by, index, ids));
      for (let i = 0; i < sa.sentences.length; i++) sentences.push(sa.sentences.at(i, by, index));
      for (const q of sa.unattributedQuotes) quotes.push(shiftQuote(q, by));
      for (const d of sa.dates) dates.push(shiftDate(d, by, index));
    }
    const { notes, strayPublished, bom } = this.outline;
    this.built = { file: { stories, notes, strayPublished, bom }, entities, clusters, attributions, attribution: { attributions, sentences, unattributedQuotes: quotes }, dates };
    return this.built;
  }
}
