import type { Span } from '../article/model';
import type { EntityType } from './model';
import { tokenEnd, tokensSpan, tokenStart, type Offsets, type PlacedTokens, type Token } from './tokens';
import { findChunks, type Chunk } from './chunks';
import { splitTitle } from './titles';
import { contextScores, decide, formScores, keyOf, type NameType, type StoryContext, type Typing } from './typing';
import { DEMONYMS, isCommonWord } from './lexicon';

/** A name found in a sentence, with the evidence for its type. */
export interface Candidate extends Span {
  tokens: Token[];
  key: string;
  typing: Typing;
  /** Found right after a title (`President Joe Biden`): certainly a person. */
  titled: boolean;
  /** The title before it inside the capitalized run, if any: `Florida Gov.`. */
  title: Span | null;
  /** The sentence it is in (its tokens, and where they start from the sentence's start), and
   *  its place there (token indices). */
  sentence: readonly Token[];
  offsets: Offsets;
  from: number;
  to: number;
  /** Kept with the sentence's cached work, when the analysis keeps it (see `CandidateMemo`). */
  memo?: CandidateMemo;
}

/**
 * What is worked out about a candidate from its sentence alone, kept with the sentence's work
 * so an edit elsewhere in a long story does not work it out again. Spans are relative to the
 * start of the sentence's first token.
 */
export interface CandidateMemo {
  /** The role the copy gives the name there (`roles.ts`); undefined until asked. */
  role?: Span | null;
  /** The name's normalized words, and its key among a story's names when of `groupType`
   *  (`cluster.ts`): the same string each edit, so a lookup by it need not hash it again. Two
   *  fields, not an object holding both: a long story keeps a memo for every name. */
  words?: readonly string[];
  groupType?: string;
  groupKey?: string;
  /** The name as written (`cluster.ts`). */
  text?: string;
}

/** A capitalized word at the start of a sentence that is also an ordinary word (`Trailing`):
 *  token `index` of its sentence, placed as the sentence is. */
export interface InitialWord extends PlacedTokens {
  token: Token;
  index: number;
  start: number;
}

const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-']);

/**
 * The names in one sentence of mixed-case copy. Each capitalized run is split at a title
 * (the name after it is a person; places and organizations before it are their own names),
 * loses a leading demonym (`Israeli`) and a sentence-initial ordinary word (`However`).
 */
export function sentenceCandidates(placed: PlacedTokens, initials: InitialWord[], story: StoryContext): Candidate[] {
  const out: Candidate[] = [];
  const sentence = placed.tokens;
  const firstWord = sentence.findIndex((t) => !OPENERS.has(t.text));
  for (const chunk of findChunks(sentence)) {
    let { from } = chunk;
    if (from === firstWord && sentence[from]!.case === 'title' && isCommonWord(sentence[from]!.lower)) {
      // Its start set after, as for a candidate (`makeCandidate`).
      const initial: InitialWord = { token: sentence[from]!, index: from, start: -1, tokens: sentence, offsets: placed.offsets };
      initial.start = placed.start;
      initials.push(initial);
      from++;
    }
    if (from >= chunk.to) continue;
    const split = splitTitle(sentence, { from, to: chunk.to });
    if (split) {
      for (const known of knownNames(placed, { from, to: split.titleFrom })) out.push(known);
      const title = tokensSpan(placed, split.titleFrom, split.nameFrom);
      out.push(makeCandidate(placed, split.nameFrom, chunk.to, { type: 'person', strength: 3 }, !split.courtesy ? title : null, true));
      continue;
    }
    // `Israeli troops`, `Palestinian Islamist group`: the demonym is not part of the name,
    // unless the whole run is one (`European Central Bank`).
    if (decide(formScores(sentence.slice(from, chunk.to))).type !== 'organization') {
      while (from < chunk.to - 1 && DEMONYMS.has(sentence[from]!.lower)) from++;
    }
    out.push(typed(placed, from, chunk.to, story));
  }
  return out;
}

/** A candidate typed by its form and its context. */
export function typed(placed: PlacedTokens, from: number, to: number, story: StoryContext): Candidate {
  const form = formScores(placed.tokens.slice(from, to));
  return makeCandidate(placed, from, to, decide(form, contextScores(placed.tokens, from, to, form, story)), null, false);
}

/**
 * The names inside a run that needs certainty to be split (words before a title, or a line
 * in capitals): longest first, only those whose form alone types them.
 */
export function knownNames(placed: PlacedTokens, run: Chunk, known?: (key: string) => Typing | undefined): Candidate[] {
  const out: Candidate[] = [];
  const sentence = placed.tokens;
  let i = run.from;
  while (i < run.to) {
    let matched = false;
    for (let j = Math.min(run.to, i + 5); j > i; j--) {
      const name = sentence.slice(i, j);
      if (name.some((t) => !t.word)) break;
      const typing = known?.(keyOf(name)) ?? decide(formScores(name));
      if (typing.strength >= 2.5 && typing.type !== null) {
        if (typing.type !== 'misc') out.push(makeCandidate(placed, i, j, typing, null, false));
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return out;
}

function makeCandidate(placed: PlacedTokens, from: number, to: number, typing: Typing, title: Span | null, titled: boolean): Candidate {
  const sentence = placed.tokens;
  const tokens = sentence.slice(from, to);
  // Where it stands is set after it is made: a kept sentence's candidates move in place
  // (see `shiftSpan` in sentenceWork.ts).
  const c: Candidate = { start: -1, end: -1, tokens, key: keyOf(tokens), typing, titled, title: null, sentence, offsets: placed.offsets, from, to };
  c.start = tokenStart(placed, from);
  c.end = tokenEnd(placed, to - 1);
  c.title = title;
  return c;
}

/** True when the type is one Copydesk reports. */
export function isReported(type: NameType | null): type is EntityType {
  return type === 'person' || type === 'place' || type === 'organization';
}
