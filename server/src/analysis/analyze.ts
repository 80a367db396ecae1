/** `analyze`: a document in, its stories, names, attributions, dates and findings out. */
import type { ArticleFile, Span } from './article/model';
import type { FileOutline } from './article/parse';
import { Outliner } from './outliner';
import { applyDirectives } from './directives';
import type { Entity } from './entities';
import { addSurnames, EarlierPeople, linksToEarlier, sameSurnames, surnamesNamed } from './entities/link';
import type { Attribution as FoundAttribution, AttributionResult } from './attribution';
import type { DateMention } from './dates';
import type { AnalysisOptions, RuleSetting } from './options';
import { shiftFinding } from './shift';
import { PlacedAnalysis, type Placed } from './placedAnalysis';
import { stillHolds, storySteps, type SentenceSummary, type StoryAnalysis, type StoryBefore } from './storyAnalysis';
import { storyEdit } from './storyEdit';
import { RULES } from './rules/registry';
import { SentenceCache, type CachePlacing } from './sentenceWork';
import { StoryTrail, type TrailStep, type TrailStory } from './storyTrail';
import type { SharedEnds } from './unchanged';
import { detached } from './detached';
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

/** Stories from this length on keep their sentences' work between analyses (about 8,000 words). */
const LONG_STORY = 50_000;

/** Analyses a document from scratch: its stories, and what every enabled rule finds in it. */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  return new Analyzer(LONG_STORY, true).analyze(text, options);
}

/**
 * Analyses documents story by story, keeping each story's results by its text: analysing an
 * edited document again re-analyses only the stories whose text changed (and a later story
 * that leans on a person an earlier one named), then the cheap file-wide passes — cross-story
 * entity ids, editor notes, inline directives. The result is the same as `analyze` from scratch.
 */
export class Analyzer {
  private cache = new Map<string, Map<string, StoryAnalysis>>();
  private previous = new Map<string, Map<string, StoryAnalysis>>();
  /** Each sentence's language work, kept by its text: an edited story re-reads only the
   *  sentences the edit touched. */
  private readonly sentences = new SentenceCache();
  /** Each story of the last text analysed where it stood, so an unchanged story is found
   *  again without reading its text. */
  private readonly trail = new StoryTrail();
  /** The last version's published lines, so an edit searches only what it changed. */
  private readonly outliner = new Outliner();
  private readonly placedFindings = new WeakMap<StoryAnalysis, { by: number; findings: readonly Finding[] }>();

  /**
   * `longStory`: stories at least this long (UTF-16 units) keep their sentences' work between
   * analyses. A story of ordinary length is re-read whole in a few milliseconds, not worth
   * the memory its sentences' tokens would hold; a long one (a pasted digest without
   * published lines) is where re-reading only the edited sentence pays, and it keeps that
   * work from its first reading, so the first edit is as quick as the rest. `readOnce`: the
   * text is analysed once (`analyze`, the command line): nothing is kept, and a long story is
   * read a fifth faster.
   */
  constructor(
    private readonly longStory = LONG_STORY,
    private readonly readOnce = false,
  ) {}

  /** How many stories the last `analyze` analysed afresh (the rest came from the cache). */
  lastAnalysed = 0;
  /** How many cached stories the last `analyze` checked against what earlier stories name. */
  lastRechecked = 0;
  /** How many of the stories the last `analyze` analysed afresh took their entities over from
   *  their last analysis, the edit having changed no name (`namesChanged`). */
  lastNamesTakenOver = 0;
  /** How many of them updated the entities of a few names the edit dropped or added, and took the
   *  rest over (`updatedEntities`). */
  lastNamesUpdated = 0;
  /** How many of them took their attributions over too, the edit having changed no quotation
   *  or cue either (`attributionTakenOver`). */
  lastAttributionsTakenOver = 0;
  /** How many rules the last `analyze` asked only about the paragraph an edit changed, summed
   *  over the stories it analysed afresh (`Rule.paragraphLocal`). */
  lastRulesInPart = 0;
  /** How many sentences the last `analyze` tokenized and read afresh. */
  get lastSentencesRead(): number {
    return this.sentences.fresh;
  }
  /** How many sentences' work the analyzer keeps now (for tests: what is no longer used goes). */
  get sentencesKept(): number {
    return this.sentences.kept;
  }
  /** How many paragraphs the last `analyze` split into sentences and counted afresh. */
  get lastParagraphsSplit(): number {
    return this.sentences.freshParagraphs;
  }
  /** How many paragraphs the last `analyze` looked up by their text: the rest of those it read
   *  from the cache it found where they stood in the text before. */
  get lastParagraphsByText(): number {
    return this.sentences.paragraphsByText;
  }

  analyze(text: string, options: AnalysisOptions = {}): Analysis {
    const steps = this.steps(text, options);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * The same analysis in steps: it pauses after each story it analyses afresh and between the
   * passes over one, so a caller with a long file can let newer edits in between and give up
   * on a version gone stale.
   */
  *steps(text: string, options: AnalysisOptions = {}): Generator<void, Analysis, void> {
    const { outline, used, placed, storyFindings, optionsKey } = yield* this.placeStoriesWhole(text, options);
    this.previous = this.cache;
    this.cache = new Map([[optionsKey, used]]);
    this.sentences.complete();

    const fileLevel = fileFindings(text, outline, options);
    const setting = (id: string): RuleSetting | undefined => options.rules?.[id];
    const reported = applyDirectives(text, outline.notes, [...storyFindings, ...fileLevel], (id) => setting(id) === 'off')
      .map((f) => withSetting(f, setting(f.rule)))
      .filter((f): f is Finding => f !== null);
    reported.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    return new PlacedAnalysis(outline, placed, reported);
  }

  /**
   * `placeStories`, begun again if another analysis on this analyzer began while it paused:
   * that one moved the kept work (sentences, names, cue frames) this one had placed to where
   * they stand in its own text. The server never resumes an analysis overtaken by another,
   * but an analyzer must stay right if a caller does.
   */
  private *placeStoriesWhole(text: string, options: AnalysisOptions): Generator<void, StoriesPlaced, void> {
    for (;;) {
      const run = this.placeStories(text, options);
      let step = run.next(); // begins the analysis in the sentence cache
      const began = this.sentences.began;
      while (!step.done && this.sentences.began === began) {
        yield;
        if (this.sentences.began === began) step = run.next();
      }
      if (step.done) return step.value;
    }
  }

  /**
   * Each story of `text` found or analysed, in order, and placed where it stands.
   */
  private *placeStories(text: string, options: AnalysisOptions): Generator<void, StoriesPlaced, void> {
    const { outline, shared } = this.outliner.outline(text);
    const optionsKey = JSON.stringify(options);
    this.lastAnalysed = 0;
    this.lastRechecked = 0;
    this.lastNamesTakenOver = 0;
    this.lastNamesUpdated = 0;
    this.lastAttributionsTakenOver = 0;
    this.lastRulesInPart = 0;
    const placing = this.sentences.begin(shared, text.length);
    const run: Run = { text, outline, masked: outline.copy !== text, shared, options, cached: this.cache.get(optionsKey), older: this.previous.get(optionsKey), people: new EarlierPeople(), placing };
    const used = new Map<string, StoryAnalysis>();
    const placed: Placed[] = [];
    const storyFindings: Finding[] = [];
    const trail = this.trail.next(shared, text.length, optionsKey);
    // Whether the stories so far leave later ones the same people as the stories before the
    // same place last time: a story found unchanged in place then holds as it stood.
    let samePeople = true;
    for (let i = 0; i < outline.stories.length; i++) {
      const range = outline.stories[i]!;
      const before = trail.earlier(range);
      let story: TrailStory;
      if (before && samePeople && before.index === i) {
        story = before.step;
        this.keepWorkOf(story.analysis, placing, range.start);
      } else {
        const then = trail.atIndex(i);
        story = yield* this.storyAt(run, range, before?.step, then);
        samePeople &&= then !== undefined && sameSurnames(story.surnames, then.surnames);
      }
      const { key, analysis: sa, ids, surnames } = story;
      addSurnames(surnames, run.people);
      trail.record({ start: range.start, end: range.end, key, analysis: sa, ids, surnames });
      used.set(key, sa);
      placed.push({ sa, by: range.start, index: i, ids });
      for (const f of this.findingsAt(sa, range.start)) storyFindings.push(f);
    }
    return { outline, used, placed, storyFindings, optionsKey };
  }

  /**
   * The story at `range`: the analysis cached by its text when it still holds for the people
   * earlier stories name, else analysed afresh; and its links to those people.
   */
  private *storyAt(run: Run, range: Span, before: TrailStep | undefined, then: TrailStep | undefined): Generator<void, TrailStory, void> {
    const { text, outline, masked, people, placing } = run;
    // Copies, not views: what the story's results keep must not keep this whole version.
    // Made once, when the story's key or its analysis first needs them. A story that is most
    // of the text (a long one without published lines, the text's last newline after it) is
    // cut as a view: a copy would cost about what it saves, and the 5 MB corpus held two.
    let sliced: [storyText: string, storyCopy: string] | undefined;
    const most = 2 * (range.end - range.start) >= text.length;
    const cut = (from: string) => (most ? from.slice(range.start, range.end) : detached(from.slice(range.start, range.end)));
    const slices = (): [storyText: string, storyCopy: string] => {
      if (sliced) return sliced;
      const storyText = cut(text);
      return (sliced = [storyText, masked ? cut(outline.copy) : storyText]);
    };
    const key = before?.key ?? storyKey(...slices());
    const found = before?.analysis ?? run.cached?.get(key) ?? run.older?.get(key);
    if (found) this.lastRechecked++;
    const holding = found && stillHolds(found, people) ? found : undefined;
    let sa: StoryAnalysis;
    if (holding) {
      sa = holding;
      this.keepWorkOf(sa, placing, range.start);
    } else {
      const [storyText, storyCopy] = slices();
      const long = storyText.length >= this.longStory;
      const keep = long && !this.readOnce;
      // A long story read once shares the kept tokens' spellings too (see `wordForms`).
      sa = yield* storySteps(storyText, storyCopy, run.options, people, keep ? this.sentences.forStory(placing, range.start) : undefined, long ? this.sentences.spellings : undefined, keep ? storyBefore(run, range, then) : undefined);
      this.lastAnalysed++;
      if (sa.namesTakenOver) this.lastNamesTakenOver++;
      if (sa.namesUpdated) this.lastNamesUpdated++;
      if (sa.attributionTakenOver) this.lastAttributionsTakenOver++;
      this.lastRulesInPart += sa.rulesInPart;
      yield;
    }
    const ids = linksToEarlier(sa.people, people);
    return { key, analysis: sa, ids, surnames: surnamesNamed(sa.people, ids) };
  }

  /** The kept work of a story taken whole, now at `by`, stays kept (`SentenceCache.keepStory`). */
  private keepWorkOf(sa: StoryAnalysis, placing: CachePlacing, by: number): void {
    if (sa.paragraphs && sa.names) this.sentences.keepStory(placing, by, sa.paragraphs, sa.names.sources);
  }

  /** A story's findings moved to where it stands; kept, as a story before an edit stays put. */
  private findingsAt(sa: StoryAnalysis, by: number): readonly Finding[] {
    const kept = this.placedFindings.get(sa);
    if (kept && kept.by === by) return kept.findings;
    const findings = sa.findings.map((f) => shiftFinding(f, by));
    this.placedFindings.set(sa, { by, findings });
    return findings;
  }
}

/**
 * The story's last analysis (the story that stood at its index, at its start), with the edit
 * made to it since, for its entities to be taken over if the edit changed no name: only when that
 * analysis still holds for the people earlier stories name.
 */
function storyBefore(run: Run, range: Span, then: TrailStep | undefined): StoryBefore | undefined {
  if (!then?.analysis.names || !stillHolds(then.analysis, run.people)) return undefined;
  const edit = storyEdit(run.shared, run.text.length, range.start, range.end - range.start, then.start, then.end);
  return edit ? { analysis: then.analysis, edit } : undefined;
}

/** The cache key of a story: its text, and its copy too when editor notes make them differ. */
function storyKey(storyText: string, storyCopy: string): string {
  return storyCopy === storyText ? storyText : `${storyText}\u0000${storyCopy}`;
}

/** The stories of a text, each found or analysed and placed where it stands. */
interface StoriesPlaced {
  outline: FileOutline;
  /** Each story's analysis by its key, to be the cache for the next text. */
  used: Map<string, StoryAnalysis>;
  placed: Placed[];
  /** The stories' findings, moved to where they stand. */
  storyFindings: Finding[];
  optionsKey: string;
}

/** What one analysis of a text reads as it finds or makes each story's analysis. */
interface Run {
  text: string;
  outline: FileOutline;
  /** Whether editor notes or a BOM make the copy differ from the text (else one slice serves). */
  masked: boolean;
  /** What the text shares with the last one analysed. */
  shared: SharedEnds;
  options: AnalysisOptions;
  /** Story analyses by key, from the last analysis and the one before, for these options. */
  cached: ReadonlyMap<string, StoryAnalysis> | undefined;
  older: ReadonlyMap<string, StoryAnalysis> | undefined;
  /** The people earlier stories named, growing story by story. */
  people: EarlierPeople;
  /** Where the paragraphs this analysis reads from the sentence cache stand, and stood. */
  placing: CachePlacing;
}

/** Findings about the file rather than a story: editor notes, published lines with no story. */
function fileFindings(text: string, outline: FileOutline, options: AnalysisOptions): Finding[] {
  const { copy, notes, strayPublished, bom } = outline;
  const outside: ArticleFile = { stories: [], notes, strayPublished, bom };
  const empty = { attributions: [], sentences: [], unattributedQuotes: [] };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.rules?.[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    for (const f of rule.check({ text, copy, file: outside, entities: [], attribution: empty, dates: [], options })) findings.push({ rule: rule.id, severity, ...f });
  }
  return findings;
}

/** Applies a severity setting to a finding the directive stage made. */
function withSetting(f: Finding, setting: RuleSetting | undefined): Finding | null {
  if (setting === 'off') return null;
  return setting === undefined || setting === f.severity ? f : { ...f, severity: setting };
}
