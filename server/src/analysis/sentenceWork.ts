/**
 * The language work done on one sentence — its tokens, its name candidates, its attribution
 * frames, what sentence-local rules and the date pass find in it — kept by the sentence's
 * text, so an edit re-runs that work only for the sentences it touched. Tokens (one per
 * spelling) and their offsets are relative to the sentence and never move; its name candidates
 * and attribution frames (which no result holds) are kept where the sentence last stood and
 * moved when it moves; the rest is kept relative to the sentence's start and handed out as
 * fresh objects.
 */
import type { Span } from './article/model';
import type { ParagraphCache } from './article/parse';
import { splitSentences } from './article/sentences';
import { quoteMarks } from './article/quotes';
import { countWords } from './article/words';
import type { Frame } from './attribution/frames';
import type { Candidate, CandidateMemo, InitialWord } from './entities/candidates';
import { tokenEnd, tokenizeSlice, tokenStart, wordForms, type Offsets, type PlacedTokens, type Token, type WordForms } from './entities/tokens';
import { detached } from './detached';
import { movedSpan } from './spans';
import { remembered, SentenceMemo, type MemoSlot } from './sentenceMemo';
import { ParagraphPlaces, ParagraphPlacing } from './paragraphPlaces';
import type { SharedEnds } from './unchanged';
import { sharedTyping, type StoryContext, type Typing } from './entities/typing';
import type { TokenizedSentence } from './storyText';
import type { SentenceInfo } from './attribution/model';
import { NOTHING_QUOTED } from './attribution/sentences';

/** Where one analysis's paragraphs stand, and where the last one's stood (`SentenceCache.begin`). */
export type CachePlacing = ParagraphPlacing<ParagraphRecord>;

/** The sentence cache as one story of one analysis reads it. */
export interface StorySentences extends ParagraphCache {
  /** The paragraphs the story's parse read through the cache, where they stand in the story. */
  readonly paragraphs: StoryParagraphs;
  /** The sentence [start, end) of the story's copy, tokenized (from the cache when its text was seen). */
  sentence(copy: string, start: number, end: number): PlacedSentence;
  /**
   * Sentence `index` of a paragraph, `sentences` being the list the story's parse had from
   * `paragraph`: reached through the paragraph's record, so an unchanged paragraph's sentences
   * are not looked up by their text (hashing a long story's every sentence on every edit).
   */
  sentenceIn(copy: string, sentences: readonly Span[], index: number): PlacedSentence;
}

/**
 * Sentences' work by their text, and paragraphs' sentence splits and word counts by theirs,
 * over two generations (the last analysis and this one).
 */
export class SentenceCache {
  private readonly sentences = new Generations<SentenceRecord>();
  private readonly paragraphs = new Generations<ParagraphRecord>();
  /** Sentences whose work ran afresh since the last analysis began. */
  fresh = 0;
  /** Counts analyses, so a sentence placed twice in one (the same text in two places) is seen. */
  private analysis = 0;
  /** Paragraphs split into sentences afresh since the last analysis began. */
  freshParagraphs = 0;
  /** Paragraphs looked up by their text since the last analysis began (not found by place). */
  paragraphsByText = 0;

  /** The spellings the kept tokens share, and a long story read without keeping its sentences'
   *  work shares too (`spellings`). */
  private readonly forms = wordForms();
  /** The cached paragraphs this analysis's parse placed, by the sentence list it handed out. */
  private placements = new Map<readonly Span[], ParagraphRecord>();
  /** Where the paragraphs of the last analysis to begin stood. */
  private lastPlaces = new ParagraphPlaces<ParagraphRecord>();

  /**
   * One token per spelling, for a story read without keeping its sentences' work: a long
   * story read whole holds every token of every sentence at once, and most are words it
   * writes many times (the 5 MB corpus: a million tokens, some 60,000 spellings).
   */
  get spellings(): WordForms {
    return this.forms;
  }

  /** How many analyses have begun: a paused analysis sees by it whether another began since. */
  get began(): number {
    return this.analysis;
  }

  /** How many sentences' work is kept. */
  get kept(): number {
    return this.sentences.size;
  }

  /**
   * An analysis begins, of a text of `length` that shares `shared` with the last one: it
   * counts what it works out afresh. Each story it reads through the cache reads through
   * `forStory`, with the placing this returns.
   */
  begin(shared: SharedEnds, length: number): CachePlacing {
    this.placements = new Map();
    this.analysis++;
    this.fresh = 0;
    this.freshParagraphs = 0;
    this.paragraphsByText = 0;
    const placing = new ParagraphPlacing(this.lastPlaces, shared, length);
    this.lastPlaces = placing.now;
    return placing;
  }

  /** The cache as the story at `by` in the analysed text reads it. */
  forStory(placing: CachePlacing, by: number): StorySentences {
    const paragraphs: StoryParagraphs = { places: [], records: [] };
    return {
      paragraphs,
      paragraph: (copy, start, end, from) => this.paragraph(copy, start, end, from, placing, by, paragraphs),
      sentence: (copy, start, end) => this.sentence(copy, start, end),
      sentenceIn: (copy, sentences, index) => this.sentenceIn(copy, sentences, index),
    };
  }

  /**
   * A story this analysis takes whole from an earlier one, now at `by`: its paragraphs and
   * sentences stay kept, and its paragraphs are where the next analysis looks for them by place,
   * as if it had read them. Else an edit elsewhere in the file would let a long story's work go.
   */
  keepStory(placing: CachePlacing, by: number, paragraphs: StoryParagraphs, sentences: readonly SentenceRecord[]): void {
    const { places, records } = paragraphs;
    for (let i = 0; i < records.length; i++) {
      placing.now.add(by + places[3 * i]!, by + places[3 * i + 1]!, places[3 * i + 2]!, records[i]!);
      this.paragraphs.keep(records[i]!);
    }
    for (let i = 0; i < sentences.length; i++) this.sentences.keep(sentences[i]!);
  }

  /**
   * An analysis is complete: work it did not use is let go. An analysis given up half way
   * (its version went stale) lets nothing go, so the next one still finds all it needs.
   */
  complete(): void {
    this.sentences.next();
    this.paragraphs.next();
  }

  /** A paragraph the edit left where it stood is found by its place, any other by its text. */
  private paragraph(copy: string, start: number, end: number, from: number, placing: CachePlacing, by: number, story: StoryParagraphs): { sentences: Span[]; words: number; marks: readonly number[] } {
    let record = placing.unchanged(by + start, by + end, from - start);
    if (record) this.paragraphs.keep(record);
    else {
      this.paragraphsByText++;
      const text = copy.slice(start, end);
      // Splitting reads nothing before the paragraph (a line start) but does depend on where it begins.
      const key = from === start ? text : `${from - start}\u0000${text}`;
      record = this.paragraphs.get(key, () => {
        this.freshParagraphs++;
        const found = splitSentences(copy, from, end);
        const bounds = new Array<number>(2 * found.length);
        for (let i = 0; i < found.length; i++) {
          bounds[2 * i] = found[i]!.start - start;
          bounds[2 * i + 1] = found[i]!.end - start;
        }
        return { bounds, words: countWords(copy, { start, end }), marks: quoteMarks(copy, start, end), works: [], used: 0 };
      });
    }
    placing.now.add(by + start, by + end, from - start, record);
    story.places.push(start, end, from - start);
    story.records.push(record);
    const bounds = record.bounds;
    const sentences = new Array<Span>(bounds.length / 2);
    for (let i = 0; i < sentences.length; i++) sentences[i] = { start: bounds[2 * i]! + start, end: bounds[2 * i + 1]! + start };
    this.placements.set(sentences, record);
    return { sentences, words: record.words, marks: record.marks };
  }

  private sentence(copy: string, start: number, end: number): PlacedSentence {
    return placedAt(this.record(copy, start, end), start, this.analysis);
  }

  private sentenceIn(copy: string, sentences: readonly Span[], index: number): PlacedSentence {
    const { start, end } = sentences[index]!;
    const paragraph = this.placements.get(sentences);
    if (!paragraph) return this.sentence(copy, start, end);
    let record = paragraph.works[index];
    if (record) this.sentences.keep(record);
    else record = paragraph.works[index] = this.record(copy, start, end);
    return placedAt(record, start, this.analysis);
  }

  private record(copy: string, start: number, end: number): SentenceRecord {
    const text = copy.slice(start, end);
    return this.sentences.get(
      text,
      () => {
        this.fresh++;
        // The record outlives this version of the story: its text and tokens are its own copy.
        const own = detached(text);
        const { tokens, offsets } = tokenizeSlice(own, this.forms);
        return new SentenceRecord(own, tokens, offsets);
      },
      recordText,
    );
  }
}

/**
 * Values by key over two generations: what this analysis used, and what the last one did.
 * Each value is marked with the generation that last used it, so a value in use is kept by
 * a mark rather than by a new table for every analysis.
 */
class Generations<V extends { used: number }> {
  private readonly values = new Map<string, V>();
  private generation = 0;

  /**
   * The value for `key`, kept or made now, and kept for this generation. `ownKey`, when given,
   * gives the text equal to `key` that a new value holds already, to be kept as its key.
   */
  get(key: string, make: () => V, ownKey?: (value: V) => string): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = make();
      // Kept across versions: a key cut from this version's text would keep all of it alive,
      // so the key kept is a copy, or the value's own copy of the same text.
      this.values.set(ownKey ? ownKey(value) : detached(key), value);
    }
    value.used = this.generation;
    return value;
  }

  get size(): number {
    return this.values.size;
  }

  /** Keeps a value found another way (a sentence through its paragraph) for this generation. */
  keep(value: V): void {
    value.used = this.generation;
  }

  /** This generation becomes the last; what the last one did not use is let go. */
  next(): void {
    const ending = this.generation++;
    this.values.forEach((value, key) => {
      if (value.used < ending) this.values.delete(key);
    });
  }
}

/** The paragraphs of a story read through the cache: where each stood in the story (start, end,
 *  and where its sentences begin from its start: three numbers a paragraph), and its record. */
export interface StoryParagraphs {
  places: number[];
  records: ParagraphRecord[];
}

/** A paragraph's sentences and word count. */
export interface ParagraphRecord {
  /** Where each sentence starts and ends, from the paragraph's start: start, end, start, end…
   *  Numbers side by side, not an object per sentence, in a cache kept for every paragraph of
   *  a long story and read on every edit. */
  bounds: number[];
  words: number;
  /** Where its quote marks are, from its start (`quoteMarks`). */
  marks: readonly number[];
  /** Its sentences' records, once read: the same texts wherever the paragraph stands. */
  works: SentenceRecord[];
  /** The generation that last used it. */
  used: number;
}

export interface StoredCandidate extends CandidateMemo {
  from: number;
  to: number;
  key: string;
  typing: Typing;
  titled: boolean;
  title: Span | null;
}

/** What depends on which of the sentence's words are quoted: its frames, and rule results. */
interface Reading {
  frames: Frame[];
  memo: SentenceMemo;
  /** The frames where the sentence last stood, moved in place when it moves (`placedReading`),
   *  handed out with the memo as they are. */
  placed: { at: number; frames: Frame[]; memo: SentenceMemo } | null;
}

/** Candidates as an analysis placed them over the record's tokens, for the next to move. */
interface PlacedCandidates {
  at: number;
  /** The candidates and the capitalized ordinary words, handed out as this one pair. */
  both: [Candidate[], InitialWord[]];
}

/** A sentence's candidates and capitalized ordinary words, kept for a story of one kind. */
interface StoredCandidates {
  sports: boolean;
  list: StoredCandidate[];
  initials: number[];
  placed: PlacedCandidates | null;
}

/**
 * Most sentences of a long story name no one (the 5 MB corpus: a quarter of 40,000), and
 * start with no capitalized ordinary word: they share these, and their lists, frozen.
 */
const NOTHING_FOUND: StoredCandidates = Object.freeze({ sports: false, list: Object.freeze([]) as unknown as StoredCandidate[], initials: Object.freeze([]) as unknown as number[], placed: null });
const NOTHING_FOUND_IN_SPORTS: StoredCandidates = Object.freeze({ ...NOTHING_FOUND, sports: true });
const NOTHING_PLACED = Object.freeze([Object.freeze([]), Object.freeze([])]) as unknown as [Candidate[], InitialWord[]];
/** Most sentences that name someone start with no capitalized ordinary word: they share these. */
const NO_INITIALS = NOTHING_FOUND.initials;
const NO_INITIAL_WORDS = NOTHING_PLACED[1];

/** A sentence's kept work, whatever its place: the same object for the same text. */
export class SentenceRecord {
  candidates: StoredCandidates | null = null;
  /** What depends on the sentence's words alone and holds no offsets (a flag, a count). */
  readonly facts = new SentenceMemo();
  /** How the sentence reads as body copy with nothing quoted: most sentences, most of the time. */
  plainReading: Reading | null = null;
  /** Its other readings (quoted words, or as a headline) after their `readingKey`s: key,
   *  reading, key, reading… Most sentences have none or one; a map would cost a kilobyte. */
  otherReadings: (string | Reading)[] | null = null;
  /** Which of its tokens were quoted when last read, and what quotations covered then. */
  lastQuoting: LastQuoting | null = null;
  /** Its tokens (shared spellings) and where each starts, relative to the sentence: the same
   *  wherever the sentence stands. */
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly offsets: Offsets,
  ) {}
  /** The analysis that last placed the sentence. */
  placedIn = -1;
  /** Its first place in the analysis that last placed it, moved to the next analysis's first
   *  place: an object per sentence of a long story on every edit, each alive through most of
   *  the edit, is what the young collections promote. No result holds one. */
  placement: PlacedSentence | null = null;
  /** The cache generation that last used it. */
  used = 0;
}

/** The record placed at `at` in analysis `analysis`: its kept placement moved there, at its
 *  first place in the analysis; a new one at a later place (the same text written twice). */
function placedAt(record: SentenceRecord, at: number, analysis: number): PlacedSentence {
  const kept = record.placement;
  if (kept && record.placedIn !== analysis) return kept.moveTo(at, analysis);
  const placed = new PlacedSentence(record, at, analysis);
  record.placement ??= placed;
  return placed;
}

/** Which tokens of a sentence were quoted, for the parts of it quotations `covered` (start, end
 *  pairs relative to the sentence), with the key of that quoting's reading once asked. */
export interface LastQuoting {
  covered: readonly number[];
  quoted: readonly boolean[];
  key?: string;
}

/**
 * A sentence's cached work, placed at `at` in the text being analysed; for that analysis, also
 * the story's tokenized sentence and the attribution pass's sentence.
 */
export class PlacedSentence implements PlacedTokens, TokenizedSentence, SentenceInfo {
  readonly tokens: readonly Token[];
  readonly offsets: Offsets;
  /**
   * Where it ends, its paragraph and its kind, once the story's tokenizing places it; its
   * quoting, frames and sourcing once the attribution pass reads it. The tokenized sentence and
   * the attribution pass's sentence are this object, not two more per sentence on every edit:
   * each lives through most of an edit, so the young collections promote them.
   */
  end = 0;
  paragraph = -1;
  kind: TokenizedSentence['kind'] = 'body';
  story = 0;
  quoted: readonly boolean[] = NOTHING_QUOTED;
  frames: Frame[] = NO_FRAMES;
  attributed = false;
  memo: SentenceMemo | undefined = undefined;
  /**
   * Whether this is the first place of the record's text in this analysis. What is kept placed
   * (candidates, frames) moves to the first place: a second place of the same text in one
   * analysis gets copies.
   */
  private own: boolean;

  /** Where the sentence starts: set after it is made, as `moveTo` sets it (see `shiftSpan`). */
  at = -1;

  constructor(
    private readonly record: SentenceRecord,
    at: number,
    analysis: number,
  ) {
    this.at = at;
    this.own = record.placedIn !== analysis;
    record.placedIn = analysis;
    this.tokens = record.tokens;
    this.offsets = record.offsets;
  }

  /** The same sentence at its first place in a new analysis: what the last one set is reset. */
  moveTo(at: number, analysis: number): this {
    this.at = at;
    this.own = true;
    this.record.placedIn = analysis;
    this.end = 0;
    this.paragraph = -1;
    this.kind = 'body';
    this.story = 0;
    this.quoted = NOTHING_QUOTED;
    this.frames = NO_FRAMES;
    this.attributed = false;
    this.memo = undefined;
    return this;
  }

  /** Where the sentence starts: its tokens' offsets are from here. */
  get start(): number {
    return this.at;
  }

  /** Its cached work: itself. */
  get work(): PlacedSentence {
    return this;
  }

  /** The kept work it places: the same for the same text, wherever it stands. */
  get source(): SentenceRecord {
    return this.record;
  }

  /** The sentence as the attribution pass reads it in story `story` (see `SentenceInfo`). */
  asSentence(story: number, quoted: readonly boolean[], frames: Frame[], memo: SentenceMemo): SentenceInfo {
    this.story = story;
    this.quoted = quoted;
    this.frames = frames;
    this.attributed = false;
    this.memo = memo;
    return this;
  }

  /** Which tokens were quoted when the sentence was last read (`quotedTokens`). */
  get lastQuoting(): LastQuoting | null {
    return this.record.lastQuoting;
  }

  set lastQuoting(quoting: LastQuoting | null) {
    this.record.lastQuoting = quoting;
  }

  /** A fact about the sentence's words that holds no offsets, worked out once per text. */
  fact<T, I>(slot: MemoSlot, find: (input: I) => T, input: I): T {
    return remembered(this.record.facts, slot, find, input);
  }

  /** The sentence's text (the record's own copy). */
  get text(): string {
    return this.record.text;
  }

  /** The sentence's name candidates and capitalized ordinary words, for a story of this kind. */
  candidates(context: StoryContext, find: (sentence: PlacedTokens, context: StoryContext) => [Candidate[], InitialWord[]]): [Candidate[], InitialWord[]] {
    const sports = context.sports;
    const stored = this.record.candidates;
    const sentence = this.tokens;
    const offsets = this.offsets;
    if (stored && stored.sports === sports) {
      if (stored.list.length === 0 && stored.initials.length === 0) return NOTHING_PLACED;
      if (stored.placed && this.own) return this.again(stored.placed, stored.list);
      const list = stored.list.map((c): Candidate => {
        const title = c.title && movedSpan(c.title, this.at);
        return { start: tokenStart(this, c.from), end: tokenEnd(this, c.to - 1), tokens: sentence.slice(c.from, c.to), key: c.key, typing: c.typing, titled: c.titled, title, sentence, offsets, from: c.from, to: c.to, memo: c };
      });
      const initials = stored.initials.length === 0 ? NO_INITIAL_WORDS : stored.initials.map((index): InitialWord => ({ token: sentence[index]!, index, start: this.at, tokens: sentence, offsets }));
      const both: [Candidate[], InitialWord[]] = [list, initials];
      if (this.own) stored.placed = { at: this.at, both };
      return both;
    }
    const [list, initials] = find(this, context);
    if (list.length === 0 && initials.length === 0) {
      this.record.candidates = sports ? NOTHING_FOUND_IN_SPORTS : NOTHING_FOUND;
      return NOTHING_PLACED;
    }
    this.record.candidates = {
      sports,
      list: list.map((c) => {
        const stored: StoredCandidate = { from: c.from, to: c.to, key: c.key, typing: sharedTyping(c.typing), titled: c.titled, title: c.title && movedSpan(c.title, -this.at), role: undefined, words: undefined, groupType: undefined, groupKey: undefined, text: undefined };
        c.memo = stored;
        return stored;
      }),
      initials: initials.length === 0 ? NO_INITIALS : initials.map((w) => w.index),
      // Placed at the first edit, not kept from this reading: a long story read whole would
      // hold every candidate twice (with the 5 MB corpus, 15 MB more at the peak).
      placed: null,
    };
    return [list, initials];
  }

  /**
   * The candidates the last analysis placed, moved to where the sentence stands now, and its
   * capitalized ordinary words with them; recognition types the candidates anew for each story, so
   * each starts again from its sentence's own typing. A title is a new span when it moves: the
   * last analysis's entities hold the old one.
   */
  private again(placed: PlacedCandidates, stored: readonly StoredCandidate[]): [Candidate[], InitialWord[]] {
    const by = this.at - placed.at;
    const list = placed.both[0];
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      c.typing = stored[i]!.typing;
      if (by === 0) continue;
      c.start += by;
      c.end += by;
      if (c.title) c.title = movedSpan(c.title, by);
    }
    if (by !== 0) {
      const initials = placed.both[1];
      for (let i = 0; i < initials.length; i++) initials[i]!.start += by;
    }
    placed.at = this.at;
    return placed.both;
  }

  /**
   * The sentence's attribution frames when these of its words are quoted, and a memo for
   * what else depends only on the sentence and its quoting.
   */
  reading(quoted: readonly boolean[], headline: boolean, find: (sentence: PlacedTokens, quoted: readonly boolean[], headline: boolean) => Frame[]): { frames: Frame[]; memo: SentenceMemo } {
    const record = this.record;
    const key = this.keyOf(quoted, headline);
    const stored = key === PLAIN_READING ? record.plainReading : otherReading(record, key);
    if (stored) return this.placedReading(stored);
    // Found relative to the sentence's start, as they are kept.
    const frames = find({ start: 0, tokens: this.tokens, offsets: this.offsets }, quoted, headline);
    const reading: Reading = { frames: frames.length > 0 ? frames : NO_FRAMES, memo: new SentenceMemo(), placed: null };
    if (key === PLAIN_READING) record.plainReading = reading;
    else record.otherReadings = record.otherReadings ? [...record.otherReadings, key, reading] : [key, reading];
    return this.placedReading(reading);
  }

  /** The reading's key; for the quoting last seen, worked out once. */
  private keyOf(quoted: readonly boolean[], headline: boolean): string {
    const last = this.record.lastQuoting;
    if (last?.quoted !== quoted || headline) return readingKey(quoted, headline);
    return (last.key ??= readingKey(quoted, false));
  }

  /**
   * A reading's frames placed where the sentence stands, with its memo. Like its tokens, they
   * are kept where the sentence last stood and moved in place (each span its own: no result
   * holds one); a second place of the same text in one analysis gets copies.
   */
  private placedReading(reading: Reading): { frames: Frame[]; memo: SentenceMemo } {
    // No frames, nothing to place: most sentences attribute nothing.
    if (reading.frames.length === 0) return reading;
    if (!this.own) return { frames: reading.frames.map((f) => this.moveFrame(f, this.at)), memo: reading.memo };
    const placed = reading.placed;
    if (!placed) {
      reading.placed = { at: this.at, frames: reading.frames.map((f) => this.moveFrame(f, this.at)), memo: reading.memo };
      return reading.placed;
    }
    const by = this.at - placed.at;
    if (by !== 0) {
      const frames = placed.frames;
      for (let i = 0; i < frames.length; i++) {
        const f = frames[i]!;
        shiftSpan(f.cue, by);
        shiftSpan(f.source, by);
        if (f.content) shiftSpan(f.content, by);
      }
      placed.at = this.at;
    }
    return placed;
  }

  private moveFrame(f: Frame, by: number): Frame {
    return { ...f, cue: movedSpan(f.cue, by), source: movedSpan(f.source, by), content: f.content && movedSpan(f.content, by) };
  }
}

/** The record's reading under `key` other than the plain one, if it was read so. */
function otherReading(record: SentenceRecord, key: string): Reading | undefined {
  const readings = record.otherReadings;
  if (readings) for (let i = 0; i < readings.length; i += 2) if (readings[i] === key) return readings[i + 1] as Reading;
  return undefined;
}

function shiftSpan(s: Span, by: number): void {
  s.start += by;
  s.end += by;
}

/*
 * Kept work is moved in place from a long story's first edit on: candidates, the spans of
 * frames, sentences' placings. V8 compiles code on the assumption that a field written only
 * when its object was made is never written again, and the first later write throws away all
 * the code that read objects of that shape (at the first edit, some sixty functions, compiled
 * again over the next few edits). So the fields that move are written twice when made (see
 * `makeCandidate`, `PlacedSentence`), and plain spans, whose shape `shiftSpan` moves, here:
 * the code is compiled for fields that change from the start.
 */
const moved: Span = { start: 0, end: 0 };
moved.start = moved.end = 1;

/** A sentence record's own copy of its text: the key it is kept under. */
function recordText(record: SentenceRecord): string {
  return record.text;
}

/** The frames of the many sentences that have none, shared. */
const NO_FRAMES = Object.freeze([]) as unknown as Frame[];

/** The key of a body sentence's reading with nothing quoted. */
const PLAIN_READING = 'b';

/** `b` for a body sentence with nothing quoted; `h3-7,` for a headline quoting tokens 3 to 6. */
function readingKey(quoted: readonly boolean[], headline: boolean): string {
  let key = headline ? 'h' : 'b';
  for (let i = 0; i < quoted.length; i++) {
    if (!quoted[i] || quoted[i - 1]) continue;
    let j = i + 1;
    while (quoted[j]) j++;
    key += `${i}-${j},`;
  }
  return key;
}
