/** `analyze`: a document in, its stories, names, attributions, dates and findings out. */
import type { ArticleFile, Quote, Story } from './article/model';
import { outlineFile } from './article/parse';
import { applyDirectives } from './directives';
import type { Entity } from './entities';
import { linkToEarlierStories } from './entities/link';
import type { Attribution as FoundAttribution, AttributionResult } from './attribution';
import type { DateMention } from './dates';
import type { AnalysisOptions, RuleSetting } from './options';
import { shiftAttribution, shiftDate, shiftEntity, shiftFinding, shiftQuote, shiftSentence, shiftStory } from './shift';
import { analyzeStory, stillHolds, type SentenceSummary, type StoryAnalysis } from './storyAnalysis';
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
  /** The attribution pass: per-sentence sourcing, quotations without a speaker. */
  attribution: { attributions: Attribution[]; sentences: SentenceSummary[]; unattributedQuotes: AttributionResult['unattributedQuotes'] };
  /** Date expressions of the body, resolved against each story's publication. */
  dates: DateMention[];
  /** Sorted by position. */
  findings: Finding[];
}

/** Analyses a document from scratch: its stories, and what every enabled rule finds in it. */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  return new Analyzer().analyze(text, options);
}

/**
 * Analyses documents story by story, keeping each story's results by its text: analysing an
 * edited document again re-analyses only the stories whose text changed (and a later story
 * that leans on a person an earlier one named), then the cheap file-wide passes — cross-story
 * entity ids, editor notes, inline directives. The result is the same as `analyze` from scratch.
 */
export class Analyzer {
  private cache = new Map<string, StoryAnalysis>();
  private previous = new Map<string, StoryAnalysis>();
  /** How many stories the last `analyze` analysed afresh (the rest came from the cache). */
  lastAnalysed = 0;

  analyze(text: string, options: AnalysisOptions = {}): Analysis {
    const outline = outlineFile(text);
    const optionsKey = JSON.stringify(options);
    const used = new Map<string, StoryAnalysis>();
    const peopleBySurname = new Map<string, Set<string>>();
    const parts = { stories: [] as Story[], clusters: [] as Entity[], attributions: [] as Attribution[], sentences: [] as SentenceSummary[], quotes: [] as Quote[], dates: [] as DateMention[], findings: [] as Finding[] };
    this.lastAnalysed = 0;
    outline.stories.forEach((range, i) => {
      const storyText = text.slice(range.start, range.end);
      const storyCopy = outline.copy.slice(range.start, range.end);
      const key = `${optionsKey}\u0000${storyText}${storyCopy === storyText ? '' : `\u0001${storyCopy}`}`;
      let sa = this.cache.get(key) ?? this.previous.get(key);
      if (!sa || !stillHolds(sa, peopleBySurname)) {
        sa = analyzeStory(storyText, storyCopy, options, peopleBySurname);
        this.lastAnalysed++;
      }
      used.set(key, sa);
      place(sa, range.start, i, peopleBySurname, parts);
    });
    this.previous = this.cache;
    this.cache = used;

    const file: ArticleFile = { stories: parts.stories, notes: outline.notes, strayPublished: outline.strayPublished, bom: outline.bom };
    const fileLevel = fileFindings(text, outline.copy, file, options);
    const setting = (id: string): RuleSetting | undefined => options.rules?.[id];
    const reported = applyDirectives(text, file.notes, [...parts.findings, ...fileLevel], (id) => setting(id) === 'off')
      .map((f) => withSetting(f, setting(f.rule)))
      .filter((f): f is Finding => f !== null);
    reported.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    const attribution = { attributions: parts.attributions, sentences: parts.sentences, unattributedQuotes: parts.quotes };
    return { file, copy: outline.copy, entities: mentionsOf(parts.clusters), clusters: parts.clusters, attributions: parts.attributions, attribution, dates: parts.dates, findings: reported };
  }
}

/** Puts a story's results at their place in the file (offset `by`, story index `i`), linking ids to earlier stories. */
function place(sa: StoryAnalysis, by: number, i: number, peopleBySurname: Map<string, Set<string>>, parts: Parts): void {
  parts.stories.push(shiftStory(sa.story, by));
  const ids = linkToEarlierStories(sa.clusters, peopleBySurname);
  for (const e of sa.clusters) parts.clusters.push(shiftEntity(e, by, i, ids.get(e.id) ?? e.id));
  for (const a of sa.attributions) parts.attributions.push(shiftAttribution(a, by, i, ids));
  for (const s of sa.sentences) parts.sentences.push(shiftSentence(s, by, i));
  for (const q of sa.unattributedQuotes) parts.quotes.push(shiftQuote(q, by));
  for (const d of sa.dates) parts.dates.push(shiftDate(d, by, i));
  for (const f of sa.findings) parts.findings.push(shiftFinding(f, by));
}

type Parts = { stories: Story[]; clusters: Entity[]; attributions: Attribution[]; sentences: SentenceSummary[]; quotes: Quote[]; dates: DateMention[]; findings: Finding[] };

/** Findings about the file rather than a story: editor notes, published lines with no story. */
function fileFindings(text: string, copy: string, file: ArticleFile, options: AnalysisOptions): Finding[] {
  const outside: ArticleFile = { ...file, stories: [] };
  const empty = { attributions: [], sentences: [], unattributedQuotes: [] };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.rules?.[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    for (const f of rule.check({ text, copy, file: outside, entities: [], attribution: empty, dates: [], options })) findings.push({ rule: rule.id, severity, ...f });
  }
  return findings;
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
