/** `analyze`: a document in, its stories, names, attributions, dates and findings out. */
import type { ArticleFile } from './article/model';
import { parseArticleFile } from './article/parse';
import { applyDirectives } from './directives';
import { findEntities, type Entity } from './entities';
import { findAttributions, type Attribution as FoundAttribution, type AttributionResult } from './attribution';
import { findDates, type DateMention } from './dates';
import { tokenizeStory } from './storyText';
import { DEFAULT_TIME_ZONE } from './options';
import type { AnalysisOptions, RuleSetting } from './options';
import { RULES } from './rules/registry';
import type { Finding } from './rules/types';


/** A person, place or organization mention (filled by the entity analysis). */
export interface EntityMention {
  type: 'person' | 'place' | 'organization';
  start: number;
  end: number;
  text: string;
  /** The same for every mention of one entity in a file. */
  id: string;
}

/** Who said what: the JSON shape (design.md) plus the kind and the speaker's entity id. */
export type Attribution = FoundAttribution;

export interface Analysis {
  file: ArticleFile;
  /** The text the checks read: editor notes blanked out, same offsets as the document. */
  copy: string;
  /** Every mention of a person, place or organization, by position. */
  entities: EntityMention[];
  /** The same mentions grouped into entities, story by story. */
  clusters: Entity[];
  attributions: Attribution[];
  /** The attribution pass in full: per-sentence sourcing, quotations without a speaker. */
  attribution: AttributionResult;
  /** Date expressions of the body, resolved against each story's publication. */
  dates: DateMention[];
  /** Sorted by position. */
  findings: Finding[];
}

/** Analyses a document: its stories, and what every enabled rule finds in it. */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const { file, copy } = parseArticleFile(text);
  const tokenized = file.stories.map((story) => tokenizeStory(copy, story));
  const { entities: clusters } = findEntities(file, copy, options.names, tokenized);
  const attribution = findAttributions(file, copy, clusters, tokenized);
  const dates = findDates(file, attribution.sentences, options.timeZone ?? DEFAULT_TIME_ZONE);
  const setting = (id: string): RuleSetting | undefined => options.rules?.[id];
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = setting(rule.id) ?? rule.severity;
    if (severity === 'off') continue;
    for (const f of rule.check({ text, copy, file, entities: clusters, attribution, dates, options })) findings.push({ rule: rule.id, severity, ...f });
  }
  const reported = applyDirectives(text, file.notes, findings, (id) => setting(id) === 'off')
    .map((f) => withSetting(f, setting(f.rule)))
    .filter((f): f is Finding => f !== null);
  reported.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { file, copy, entities: mentionsOf(clusters), clusters, attributions: attribution.attributions, attribution, dates, findings: reported };
}

function mentionsOf(clusters: readonly Entity[]): EntityMention[] {
  return clusters
    .flatMap((e) => e.mentions.map(({ start, end, text }) => ({ type: e.type, start, end, text, id: e.id })))
    .sort((a, b) => a.start - b.start);
}

/** Applies a severity setting to a finding the directive stage made. */
function withSetting(f: Finding, setting: RuleSetting | undefined): Finding | null {
  if (setting === 'off') return null;
  return setting === undefined || setting === f.severity ? f : { ...f, severity: setting };
}
