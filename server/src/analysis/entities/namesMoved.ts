/**
 * Whether the names a kept sentence gave in the story's last analysis are the names a sentence
 * gives now, merely moved by the edit (`namesKept` in `recognize.ts`): read from the sentences'
 * kept work, their candidates, tokens and roles.
 */
import type { Span } from '../article/model';
import { remembered, type MemoSlot } from '../sentenceMemo';
import type { PlacedSentence, SentenceRecord, StoredCandidate } from '../sentenceWork';
import { movedTo, type StoryEdit } from '../storyEdit';
import type { Candidate, InitialWord } from './candidates';
import { roleAt } from './roles';
import { offsetIn, type PlacedTokens, type Token } from './tokens';
import type { StoryContext } from './typing';

/** A fact about a kept sentence's words (as `PlacedSentence.fact` gives it), asked of its record. */
export function factOf<T>(record: SentenceRecord, slot: MemoSlot, find: (tokens: readonly Token[]) => T): T {
  return remembered(record.facts, slot, find, record.tokens);
}

/** Whether a kept sentence names anyone or starts with a capitalized ordinary word in a story of
 *  this kind; undefined when its candidates were not worked out for such a story. */
export function namesAnyone(record: SentenceRecord, sports: boolean): boolean | undefined {
  const found = record.candidates;
  if (!found || found.sports !== sports) return undefined;
  return found.list.length > 0 || found.initials.length > 0;
}

/**
 * Whether the sentence `now` gives the names that `before` gave at `beforeAt` in the story's last
 * text, moved by `edit`: the same candidates and capitalized ordinary words, typed alike, each
 * with its text, title and role (read from the words around it) at places the edit only moved.
 * `now`'s candidates for the story's kind are worked out (as recognition would) if they were not.
 */
export function sameNamesMoved(before: SentenceRecord, beforeAt: number, now: PlacedSentence, context: StoryContext, find: FindCandidates, edit: StoryEdit): boolean {
  const was = before.candidates;
  if (!was || was.sports !== context.sports) return false;
  now.candidates(context, find);
  const after = now.source;
  const is = after.candidates!;
  if (was.list.length !== is.list.length || was.initials.length !== is.initials.length) return false;
  for (let i = 0; i < was.list.length; i++) {
    const r = was.list[i]!;
    const s = is.list[i]!;
    if (r.key !== s.key || r.typing !== s.typing || r.titled !== s.titled) return false;
    if (!nameMoved(before, beforeAt, r.from, r.to, r, after, now.at, s.from, s.to, s, edit)) return false;
    if (!spanMoved(r.title, beforeAt, s.title, now.at, edit)) return false;
  }
  for (let i = 0; i < was.initials.length; i++) {
    const r = was.initials[i]!;
    const s = is.initials[i]!;
    if (!nameMoved(before, beforeAt, r, r + 1, undefined, after, now.at, s, s + 1, undefined, edit)) return false;
  }
  return true;
}

/** What recognition finds in a sentence (`recognize.ts`). */
type FindCandidates = (sentence: PlacedTokens, context: StoryContext) => [Candidate[], InitialWord[]];

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
