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
  // Each part moved into place on its own when first asked for: the outline reads the stories,
  // entities and attributions, not the thousands of sentence summaries or dates of a long story.
  private placedFile: ArticleFile | null = null;
  private placedMentions: EntityMention[] | null = null;
  private placedClusters: Entity[] | null = null;
  private placedAttributions: Attribution[] | null = null;
  private placedAttribution: Analysis['attribution'] | null = null;
  private placedDates: DateMention[] | null = null;

  constructor(
    private readonly outline: FileOutline,
    private readonly placed: readonly Placed[],
    readonly findings: Finding[],
  ) {
    this.copy = outline.copy;
  }

  get file(): ArticleFile {
    if (this.placedFile) return this.placedFile;
    const stories: Story[] = [];
    for (const { sa, by } of this.placed) stories.push(shiftStory(sa.story, by));
    const { notes, strayPublished, bom } = this.outline;
    return (this.placedFile = { stories, notes, strayPublished, bom });
  }

  get entities(): EntityMention[] {
    if (this.placedMentions) return this.placedMentions;
    const entities: EntityMention[] = [];
    for (const { sa, by, ids } of this.placed) {
      const { mentions, entities: of } = sa.mentions;
      for (let i = 0; i < mentions.length; i++) {
        const { start, end, text } = mentions[i]!;
        const entity = of[i]!;
        entities.push({ type: entity.type, start: start + by, end: end + by, text, id: ids.get(entity.id) ?? entity.id });
      }
    }
    return (this.placedMentions = entities);
  }

  get clusters(): Entity[] {
    if (this.placedClusters) return this.placedClusters;
    const clusters: Entity[] = [];
    for (const { sa, by, index, ids } of this.placed) for (const e of sa.clusters) clusters.push(shiftEntity(e, by, index, ids.get(e.id) ?? e.id));
    return (this.placedClusters = clusters);
  }

  get attributions(): Attribution[] {
    if (this.placedAttributions) return this.placedAttributions;
    const attributions: Attribution[] = [];
    for (const { sa, by, index, ids } of this.placed) for (const a of sa.attributions) attributions.push(shiftAttribution(a, by, index, ids));
    return (this.placedAttributions = attributions);
  }

  get attribution(): Analysis['attribution'] {
    if (this.placedAttribution) return this.placedAttribution;
    const sentences: SentenceSummary[] = [];
    const quotes: Quote[] = [];
    for (const { sa, by, index } of this.placed) {
      for (let i = 0; i < sa.sentences.length; i++) sentences.push(sa.sentences.at(i, by, index));
      for (const q of sa.unattributedQuotes) quotes.push(shiftQuote(q, by));
    }
    return (this.placedAttribution = { attributions: this.attributions, sentences, unattributedQuotes: quotes });
  }

  get dates(): DateMention[] {
    if (this.placedDates) return this.placedDates;
    const dates: DateMention[] = [];
    for (const { sa, by, index } of this.placed) for (const d of sa.dates) dates.push(shiftDate(d, by, index));
    return (this.placedDates = dates);
  }

  toJSON(): Analysis {
    const { file, entities, clusters, attributions, attribution, dates } = this;
    return { file, copy: this.copy, entities, clusters, attributions, attribution, dates, findings: this.findings };
  }
}
