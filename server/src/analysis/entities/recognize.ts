import type { Span, Story } from '../article/model';
import type { SentenceRecord } from '../sentenceWork';
import { factOf, NamesRead, namesDiff, shown } from './namesMoved';
import type { GoneName } from './updated';
import { normalizedWords } from './cluster';
import type { EntityType } from './model';
import { movedTo, shiftOf, type StoryEdit } from '../storyEdit';
import type { TokenizedSentence } from '../storyText';
import { hasLetter, offsetIn, tokenize, type PlacedTokens, type Token } from './tokens';
import { knownNames, sentenceCandidates, typed, type Candidate, type InitialWord } from './candidates';
import { SPORTS_STORY, sportWords, type StoryContext } from './typing';
import { AcceptedNames } from './accepted';
import { StoryEvidence, type KnownWords } from './evidence';
import { memoSlot } from '../sentenceMemo';
import { KeptNamesElsewhere } from './namesElsewhere';

/** Where a sentence's facts for recognition are remembered. */
const SHOUTED = memoSlot(isShouted);
const SPORT_WORDS = memoSlot(sportWords);

/** A typed name in a story, ready to be clustered. */
export type Recognized = Candidate & { typing: { type: 'person' | 'place' | 'organization' } };

/**
 * Finds the people, places and organizations named in a story. Each sentence yields
 * candidates typed by their own form and context; then the story as a whole decides what
 * one sentence cannot: a name typed in one place keeps its type elsewhere, a lone surname
 * after a full name is that person, and a line in capitals is read with the names the rest
 * of the story taught.
 */
export function recognizeStory(
  copy: string,
  story: Story,
  tokenized: readonly TokenizedSentence[],
  earlierPeople: KnownWords = EMPTY,
  accepted: AcceptedNames = NO_NAMES,
  context: StoryContext = { sports: isSportsStory(tokenized) },
): StoryNames {
  const initials: InitialWord[] = [];
  const shouted: TokenizedSentence[] = [];
  const candidates: Candidate[] = [];
  // Index loops here and below: each walks every sentence or name of a long story on every
  // edit, and a `for…of` the optimizer does not inline makes an iterator result per step.
  for (let i = 0; i < tokenized.length; i++) {
    const placed = tokenized[i]!;
    const { tokens: sentence, work } = placed;
    if (work ? work.fact(SHOUTED, isShouted, sentence) : isShouted(sentence)) {
      shouted.push(placed);
      continue;
    }
    // By index, not destructured: taking a pair apart goes through its iterator.
    const found = work ? work.candidates(context, findCandidates) : findCandidates(placed, context);
    const names = found[0];
    const capitalized = found[1];
    // Loops, not `push(...names)`: one long sentence (a pasted table) can hold more names
    // than a call takes arguments.
    for (let j = 0; j < names.length; j++) candidates.push(names[j]!);
    for (let j = 0; j < capitalized.length; j++) initials.push(capitalized[j]!);
  }
  if (story.dateline) for (const c of datelineNames(copy, story, context)) candidates.push(c);

  const evidence = StoryEvidence.of(candidates, initials, shouted.length, accepted);
  for (let i = 0; i < candidates.length; i++) candidates[i]!.typing = evidence.typingOf(candidates[i]!, earlierPeople);
  for (let i = 0; i < initials.length; i++) {
    const w = initials[i]!;
    const typing = evidence.knownTyping(w.token.lower);
    if (typing) candidates.push({ ...typed(w, w.index, w.index + 1, context), typing });
  }
  for (const sentence of shouted) {
    for (const c of knownNames(sentence, { from: 0, to: sentence.tokens.length }, (key) => evidence.shoutedTyping(key))) candidates.push(c);
  }
  const recognized = candidates.filter((c): c is Recognized => shown(c.typing)).sort((a, b) => a.start - b.start);
  return { recognized, evidence };
}

/** A story's names, and the evidence they were typed by. */
export interface StoryNames {
  recognized: Recognized[];
  evidence: StoryEvidence;
}

/** A sentence's name candidates, and its capitalized ordinary words (`Trailing`). */
function findCandidates(sentence: PlacedTokens, context: StoryContext): [Candidate[], InitialWord[]] {
  const initials: InitialWord[] = [];
  return [sentenceCandidates(sentence, initials, context), initials];
}

/** A story is a sports report when several words of sport appear in it. */
export function isSportsStory(tokenized: readonly TokenizedSentence[]): boolean {
  let n = 0;
  for (let i = 0; i < tokenized.length; i++) {
    const { tokens, work } = tokenized[i]!;
    n += work ? work.fact(SPORT_WORDS, sportWords, tokens) : sportWords(tokens);
    if (n >= SPORTS_STORY) return true;
  }
  return false;
}

/** The dateline's city and state or country are places. */
function datelineNames(copy: string, story: Story, context: StoryContext): Candidate[] {
  return datelineSpans(story).map((s) => {
    const tokens = tokenize(copy, s.start, s.end);
    return { ...typed(tokens, 0, tokens.tokens.length, context), typing: { type: 'place', strength: 3 } };
  });
}

/** Where the dateline names its city and its state or country, if the story has one. */
function datelineSpans(story: Story): Span[] {
  const d = story.dateline;
  if (!d) return [];
  return d.regionSpan ? [d.citySpan, d.regionSpan] : [d.citySpan];
}

/**
 * What a long story's names were read from in an analysis: enough for the next edit to tell
 * whether it changed any (`namesChanged`). Undefined for a story whose sentences' work is not kept.
 */
export interface NamesTrail {
  /** Each sentence's kept work in order, and where it stood (story offsets). */
  sources: readonly SentenceRecord[];
  starts: readonly number[];
  sports: boolean;
  /** The dateline's city and region: names read outside any sentence. */
  dateline: readonly Span[];
  /** What the story said about each name, by which they were typed. */
  evidence: StoryEvidence;
}

export function namesTrail(tokenized: readonly TokenizedSentence[], sports: boolean, story: Story, evidence: StoryEvidence): NamesTrail | undefined {
  const sources = new Array<SentenceRecord>(tokenized.length);
  const starts = new Array<number>(tokenized.length);
  for (let i = 0; i < tokenized.length; i++) {
    const work = tokenized[i]!.work;
    if (!work) return undefined;
    sources[i] = work.source;
    starts[i] = work.at;
  }
  return { sources, starts, sports, dateline: datelineSpans(story), evidence };
}

/**
 * How the story's names differ from those it named in the analysis `trail` was taken from, each
 * name moved by `edit` (an edit within a word, most keystrokes): the sentences the edit did not
 * touch stand where it moved them, and those it touched name the same names that count, with the
 * same words around them, but for a few dropped and added (`namesDiff`); as many words of sport,
 * and the same dateline. With none dropped or added the story's entities are the last analysis's,
 * moved (`movedEntities`), with no recognition or clustering run again; with a few, those they
 * belong to are made again (`updatedEntities`). Gives the names dropped and added and the
 * evidence the story's names are typed by now (`StoryEvidence.withNames`), or null when the
 * names must be read again.
 */
export function namesChanged(trail: NamesTrail, edit: StoryEdit, tokenized: readonly TokenizedSentence[], story: Story, earlierPeople: KnownWords): NamesChange | null {
  const { sources, starts } = trail;
  const count = tokenized.length;
  // Whether the last text's sentence `i` is sentence `j` now, where the edit moved it.
  const standsMoved = (i: number, j: number): boolean => {
    const work = tokenized[j]!.work;
    if (!work || work.source !== sources[i]) return false;
    // Read by its shift, not by `movedTo`: a span object per sentence of a long story, every edit.
    const shift = shiftOf(edit, starts[i]!, starts[i]! + sources[i]!.text.length);
    return shift !== null && starts[i]! + shift === work.at;
  };
  let head = 0;
  while (head < count && head < sources.length && standsMoved(head, head)) head++;
  let tail = 0;
  while (tail < count - head && tail < sources.length - head && standsMoved(sources.length - 1 - tail, count - 1 - tail)) tail++;
  // The names of the sentences between, before and after the edit.
  const context: StoryContext = { sports: trail.sports };
  const before = new NamesRead(trail.evidence, earlierPeople, trail.sports);
  const after = new NamesRead(trail.evidence, earlierPeople, trail.sports);
  let sport = 0;
  for (let i = head; i < sources.length - tail; i++) {
    const source = sources[i]!;
    if (factOf(source, SHOUTED, isShouted)) return null;
    sport += factOf(source, SPORT_WORDS, sportWords);
    if (!before.add(source, starts[i]!)) return null;
  }
  for (let j = head; j < count - tail; j++) {
    const work = tokenized[j]!.work;
    if (!work || work.fact(SHOUTED, isShouted, work.tokens)) return null;
    sport -= work.fact(SPORT_WORDS, sportWords, work.tokens);
    const placed = work.candidates(context, findCandidates)[0];
    if (!after.add(work.source, work.at, placed)) return null;
  }
  if (sport !== 0 || !spansMoved(trail.dateline, datelineSpans(story), edit)) return null;
  const diff = namesDiff(before, after, edit);
  // Many names changed at once (a block pasted or cut): read afresh, in one pass over them all,
  // rather than weighing each against the others.
  if (!diff || diff.gone.length + diff.added.length > MANY_CHANGED_NAMES) return null;
  const elsewhere = new KeptNamesElsewhere(sources, head, tail, after, story.dateline ? [story.dateline.city, story.dateline.region ?? ''] : [], trail.sports, earlierPeople);
  const weighed = trail.evidence.withNames([...before.inert, ...diff.gone.map((i) => before.forms[i]!)], [...after.inert, ...diff.added.map((j) => after.forms[j]!)], before.initialWords, after.initialWords, elsewhere);
  if (!weighed) return null;
  const evidence = weighed.evidence;
  // A key typed anew, or a person's words, may type the added names otherwise: they are read
  // again by the new evidence, and must count as they did.
  if (weighed.retyped && !sameReading(after, diff.added, tokenized.slice(head, count - tail), evidence, earlierPeople, trail.sports)) return null;
  const gone: GoneName[] = [];
  for (const i of diff.gone) if (shown(before.typings[i]!)) gone.push(goneName(before, i));
  const added: Recognized[] = [];
  for (const j of diff.added) {
    const c = after.placed[j]!;
    const typing = after.typings[j]!;
    if (!shown(typing)) continue;
    c.typing = typing;
    added.push(c as Recognized);
  }
  return { evidence, gone, added };
}

/** Whether `sentences` give the names `read` holds when read by `evidence`, typed alike but for
 *  those `added`, which take their typings by it. */
function sameReading(read: NamesRead, added: readonly number[], sentences: readonly TokenizedSentence[], evidence: StoryEvidence, earlierPeople: KnownWords, sports: boolean): boolean {
  const again = new NamesRead(evidence, earlierPeople, sports);
  for (const { work } of sentences) again.add(work!.source, work!.at);
  if (again.names.length !== read.names.length || again.inert.length !== read.inert.length || again.initials.length !== read.initials.length) return false;
  for (let i = 0; i < again.names.length; i++) {
    if (again.names[i] !== read.names[i] || again.ats[i] !== read.ats[i]) return false;
    const was = read.typings[i]!;
    const is = again.typings[i]!;
    if (added.includes(i)) read.typings[i] = is;
    else if (was.type !== is.type || was.strength !== is.strength) return false;
  }
  return true;
}

/** Past this many names dropped and added by one edit, the story's names are read afresh. */
const MANY_CHANGED_NAMES = 64;

/** How a story's names changed with an edit (`namesChanged`). */
export interface NamesChange {
  /** What the story says about each name now. */
  evidence: StoryEvidence;
  /** The names shown that the edit dropped, where the last analysis had them, and those it added. */
  gone: GoneName[];
  added: Recognized[];
}

/** Name `i` of the last text's names, as its entity holds it. */
function goneName(names: NamesRead, i: number): GoneName {
  const record = names.records[i]!;
  const c = names.names[i]!;
  const count = record.tokens.length;
  const start = offsetIn(record.offsets, count, c.from);
  const end = offsetIn(record.offsets, count, c.to - 1) + record.tokens[c.to - 1]!.text.length;
  return { start: names.ats[i]! + start, end: names.ats[i]! + end, type: names.typings[i]!.type as EntityType, words: normalizedWords(record.text.slice(start, end)) };
}

/** Whether spans of the last text are `now`, each moved by the edit and none touched by it. */
function spansMoved(before: readonly Span[], now: readonly Span[], edit: StoryEdit): boolean {
  return before.length === now.length && before.every((s, i) => movedTo(edit, s.start, s.end, now[i]!));
}

/** A line in capitals (a wire headline): capitals tell nothing there. */
function isShouted(sentence: readonly Token[]): boolean {
  let words = 0;
  for (const t of sentence) {
    if (!t.word || t.text.length < 2) continue;
    if (t.case === 'upper') words++;
    // Lower and title case have letters; `none` may too (`1st`, a script without capitals).
    else if (t.case !== 'none' || hasLetter(t.text)) return false;
  }
  return words >= 2;
}

const NO_NAMES = new AcceptedNames();
const EMPTY: KnownWords = new Set();

export type { KnownWords } from './evidence';
