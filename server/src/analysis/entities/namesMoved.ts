/**
 * The names kept sentences gave in the story's last analysis against those sentences give now
 * (`namesChanged` in `recognize.ts`): which of them count, which are the same merely moved by the
 * edit, and which were dropped or added. Read from the sentences' kept work: their candidates,
 * tokens and roles.
 */
import type { Span } from '../article/model';
import { remembered, type MemoSlot } from '../sentenceMemo';
import type { SentenceRecord, StoredCandidate } from '../sentenceWork';
import { movedTo, type StoryEdit } from '../storyEdit';
import { isReported, type Candidate } from './candidates';
import { givesPersonWords, StoryEvidence, type KnownWords, type NameForm } from './evidence';
import { NAME_PARTICLES } from './cues';
import { roleAt } from './roles';
import { offsetIn, type Token } from './tokens';
import type { Typing } from './typing';

/** A fact about a kept sentence's words (as `PlacedSentence.fact` gives it), asked of its record. */
export function factOf<T>(record: SentenceRecord, slot: MemoSlot, find: (tokens: readonly Token[]) => T): T {
  return remembered(record.facts, slot, find, record.tokens);
}

/**
 * The names a run of kept sentences gives, as a story's evidence weighs them (`StoryEvidence`):
 * those that count, in text order, and those that do not. A name counts when it is shown (its
 * story typing is reported), or adds to the evidence a type for its key or a person's words; a
 * capitalized ordinary word counts when the story shows a name of that word elsewhere. The rest
 * (a typo that makes `Txhe` a candidate nobody reports) change nothing but how often their words
 * are used.
 */
export class NamesRead {
  /** The names that count: each one's sentence record, where that sentence stood, the name, its
   *  form as the evidence weighs it, and its typing by the story. */
  readonly records: SentenceRecord[] = [];
  readonly ats: number[] = [];
  readonly names: StoredCandidate[] = [];
  readonly forms: NameForm[] = [];
  readonly typings: Typing[] = [];
  /** The names placed where their sentences stand now (for the sentences read with `add`'s
   *  `placed`), to be clustered if they are new. */
  readonly placed: (Candidate | undefined)[] = [];
  /** The capitalized ordinary words that count, likewise (token indices). */
  readonly initialRecords: SentenceRecord[] = [];
  readonly initialAts: number[] = [];
  readonly initials: number[] = [];
  /** The names that do not count. */
  readonly inert: NameForm[] = [];
  /** Every capitalized ordinary word, counting or not (lowercase). */
  readonly initialWords: string[] = [];

  constructor(
    private readonly evidence: StoryEvidence,
    private readonly earlierPeople: KnownWords,
    private readonly sports: boolean,
  ) {}

  /** Adds a kept sentence's names (at `at`, and placed there as `placed`, its candidates as
   *  `PlacedSentence.candidates` gives them); false when they were not worked out for a story of
   *  this kind. */
  add(record: SentenceRecord, at: number, placed?: readonly Candidate[]): boolean {
    const found = record.candidates;
    if (!found || found.sports !== this.sports) return false;
    for (let i = 0; i < found.list.length; i++) {
      const c = found.list[i]!;
      const words = c.to - c.from;
      const form: NameForm = { key: c.key, words, last: record.tokens[c.to - 1]!.lower, titled: c.titled, typing: c.typing, personWords: givesPersonWords(c.typing, words) ? personWordsOf(record, c) : NO_WORDS };
      const typing = this.evidence.typingOfForm(form.key, form.words, form.last, form.titled, form.typing, this.earlierPeople);
      if (!StoryEvidence.weighs(c.typing) && !shown(typing)) {
        this.inert.push(form);
        continue;
      }
      this.records.push(record);
      this.ats.push(at);
      this.names.push(c);
      this.forms.push(form);
      this.typings.push(typing);
      this.placed.push(placed?.[i]);
    }
    for (let i = 0; i < found.initials.length; i++) {
      const index = found.initials[i]!;
      this.initialWords.push(record.tokens[index]!.lower);
      const known = this.evidence.knownTyping(record.tokens[index]!.lower);
      if (!known || !shown(known)) continue;
      this.initialRecords.push(record);
      this.initialAts.push(at);
      this.initials.push(index);
    }
    return true;
  }
}

/** The words a person's full name gives the story's evidence (`StoryEvidence`). */
function personWordsOf(record: SentenceRecord, c: StoredCandidate): string[] {
  const words: string[] = [];
  for (let k = c.from; k < c.to; k++) if (!NAME_PARTICLES.has(record.tokens[k]!.lower)) words.push(record.tokens[k]!.lower);
  return words;
}

const NO_WORDS: readonly string[] = Object.freeze([]);

/** Which names that count an edit dropped and which it added: indices into the `NamesRead` of
 *  the last text and of this one. */
export interface NamesDiff {
  gone: number[];
  added: number[];
}

/**
 * How the names that count in `now` differ from those in `before` (the story's last text): the
 * longest runs at either end that are the same names merely moved by `edit` (the same candidates
 * typed alike by their sentences, each with its text, title and role, read from the words around
 * it, at places the edit only moved), and the rest dropped and added. Null when the capitalized
 * ordinary words that count are not the same, moved.
 */
export function namesDiff(before: NamesRead, now: NamesRead, edit: StoryEdit): NamesDiff | null {
  if (before.initials.length !== now.initials.length) return null;
  for (let i = 0; i < before.initials.length; i++) {
    const r = before.initials[i]!;
    const s = now.initials[i]!;
    if (!nameMoved(before.initialRecords[i]!, before.initialAts[i]!, r, r + 1, undefined, now.initialRecords[i]!, now.initialAts[i]!, s, s + 1, undefined, edit)) return null;
  }
  const m = before.names.length;
  const n = now.names.length;
  let head = 0;
  while (head < m && head < n && sameNameMoved(before, head, now, head, edit)) head++;
  let tail = 0;
  while (tail < m - head && tail < n - head && sameNameMoved(before, m - 1 - tail, now, n - 1 - tail, edit)) tail++;
  const gone: number[] = [];
  const added: number[] = [];
  for (let i = head; i < m - tail; i++) gone.push(i);
  for (let j = head; j < n - tail; j++) added.push(j);
  return { gone, added };
}

/** Whether name `i` of `before` is name `j` of `now`, merely moved by the edit. */
function sameNameMoved(before: NamesRead, i: number, now: NamesRead, j: number, edit: StoryEdit): boolean {
  const r = before.names[i]!;
  const s = now.names[j]!;
  if (r.key !== s.key || r.typing !== s.typing || r.titled !== s.titled) return false;
  if (!nameMoved(before.records[i]!, before.ats[i]!, r.from, r.to, r, now.records[j]!, now.ats[j]!, s.from, s.to, s, edit)) return false;
  return spanMoved(r.title, before.ats[i]!, s.title, now.ats[j]!, edit);
}

/** Whether a name so typed by its story is one Copydesk shows (as recognition filters them). */
export function shown(typing: Typing): boolean {
  return isReported(typing.type) && typing.strength >= MIN_STRENGTH;
}

/** Evidence below this is a guess, not a name worth showing. */
const MIN_STRENGTH = 1;

/**
 * Whether tokens [from, to) of `a` (placed at `aAt`) became tokens [bFrom, bTo) of `b` (at `bAt`)
 * and the role the copy gives them there, each merely moved by the edit: the same text at a place
 * the edit moved it to. `aMemo` and `bMemo` keep the names' roles once read (and titles).
 */
function nameMoved(a: SentenceRecord, aAt: number, from: number, to: number, aMemo: StoredCandidate | undefined, b: SentenceRecord, bAt: number, bFrom: number, bTo: number, bMemo: StoredCandidate | undefined, edit: StoryEdit): boolean {
  if (to - from !== bTo - bFrom) return false;
  for (let k = 0; k < to - from; k++) if (a.tokens[from + k] !== b.tokens[bFrom + k]) return false;
  const aCount = a.tokens.length;
  const bCount = b.tokens.length;
  const start = offsetIn(a.offsets, aCount, from);
  const end = offsetIn(a.offsets, aCount, to - 1) + a.tokens[to - 1]!.text.length;
  const now = { start: bAt + offsetIn(b.offsets, bCount, bFrom), end: bAt + offsetIn(b.offsets, bCount, bTo - 1) + b.tokens[bTo - 1]!.text.length };
  if (!movedTo(edit, aAt + start, aAt + end, now)) return false;
  return spanMoved(roleOf(a, from, to, aMemo), aAt, roleOf(b, bFrom, bTo, bMemo), bAt, edit);
}

/** The role the copy gives tokens [from, to) of a kept sentence, from its start (`roleAt`). */
function roleOf(record: SentenceRecord, from: number, to: number, memo: StoredCandidate | undefined): Span | null {
  const start = offsetIn(record.offsets, record.tokens.length, from);
  return roleAt({ start, sentence: record.tokens, offsets: record.offsets, from, to, title: memo?.title ?? null, memo });
}

/** Whether span `a` (from `aAt`) of the last text is span `b` (from `bAt`), merely moved by the
 *  edit; two spans that are not there (null) are alike. */
function spanMoved(a: Span | null, aAt: number, b: Span | null, bAt: number, edit: StoryEdit): boolean {
  if (a === null || b === null) return a === b;
  return movedTo(edit, aAt + a.start, aAt + a.end, { start: bAt + b.start, end: bAt + b.end });
}
