import type { Quote, Span, Story } from '../article/model';
import type { TokenizedSentence } from '../storyText';
import type { PlacedSentence } from '../sentenceWork';
import { findFrames } from './frames';
import { firstEndingAfter, spanHolding } from '../spans';
import { tokenEnd, tokenStart } from '../entities/tokens';
import type { SentenceInfo } from './model';

/** The body sentences of a story, tokenized, with quoted words marked and cue frames found. */
export function storySentences(copy: string, story: Story, storyIndex: number, tokenized: readonly TokenizedSentence[]): SentenceInfo[] {
  // Quotation contents by position (double quotes do not overlap), for lookups by offset.
  const doubles = story.quotes.filter((q) => q.mark === 'double').map((q) => q.content);
  const singles = story.quotes.filter((q) => q.mark === 'single' && !q.nested).map((q) => q.content);
  const out: SentenceInfo[] = [];
  // The first body quotation not ended before the sentence at hand: sentences come in text
  // order, so it only moves on (a search by halves for each sentence of a long story would
  // read a dozen quotations scattered in memory, on every edit).
  let next = 0;
  for (const s of tokenized) {
    if (s.kind !== 'body' && s.kind !== 'headline') continue;
    const headline = s.kind === 'headline';
    // Headlines quote with single marks (AP); body copy with double ones.
    let contents = doubles;
    let first: number;
    if (headline) {
      contents = [...doubles, ...singles].sort((a, b) => a.start - b.start);
      first = firstEndingAfter(contents, s.start);
    } else {
      while (next < doubles.length && doubles[next]!.end <= s.start) next++;
      first = next;
    }
    const work = s.work;
    const quoted = quotedTokens(s, contents, first, work);
    if (work) {
      const { frames, memo } = work.reading(quoted, headline, findFrames);
      out.push(work.asSentence(storyIndex, quoted, frames, memo));
      continue;
    }
    const text = copy.slice(s.start, s.end);
    out.push({ start: s.start, end: s.end, text, story: storyIndex, paragraph: s.paragraph, tokens: s.tokens, offsets: s.offsets, quoted, frames: findFrames(s, quoted, headline), attributed: false, memo: undefined });
  }
  return out;
}

/** What a sentence with nothing quoted shares: read by index, every token is unquoted. */
export const NOTHING_QUOTED: readonly boolean[] = Object.freeze([]);

/**
 * Which tokens of a sentence stand inside a quotation (`contents` sorted, not overlapping, from
 * `first`, the first not ended before the sentence): one walk. With the sentence's cached work, the last answer is given again while the quotations
 * cover the same parts of the sentence (most edits of a long story leave a sentence's quoting
 * as it was), so a quoted sentence does not make a new list on every edit.
 */
function quotedTokens(sentence: TokenizedSentence, contents: readonly Span[], first: number, work?: PlacedSentence): readonly boolean[] {
  if (first === contents.length || contents[first]!.start >= sentence.end) return NOTHING_QUOTED;
  const covered = coveredParts(contents, first, sentence);
  const last = work?.lastQuoting;
  if (last && sameNumbers(last.covered, covered)) return last.quoted;
  let i = first;
  const quoted: boolean[] = [];
  for (let t = 0; t < sentence.tokens.length; t++) {
    const start = tokenStart(sentence, t);
    while (i < contents.length && contents[i]!.end <= start) i++;
    const c = contents[i];
    quoted.push(c !== undefined && c.start <= start && tokenEnd(sentence, t) <= c.end);
  }
  if (work) work.lastQuoting = { covered, quoted };
  return quoted;
}

/** The parts of the sentence the quotations from `first` on cover, relative to its start, as
 *  start, end pairs: which of its tokens are quoted depends on these alone. */
function coveredParts(contents: readonly Span[], first: number, sentence: Span): number[] {
  const parts: number[] = [];
  for (let i = first; i < contents.length && contents[i]!.start < sentence.end; i++) {
    parts.push(Math.max(contents[i]!.start, sentence.start) - sentence.start, Math.min(contents[i]!.end, sentence.end) - sentence.start);
  }
  return parts;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The quotations that count as direct speech: double-quoted, not nested, in body copy. */
export function speechQuotes(story: Story): Quote[] {
  const body = story.paragraphs.filter((p) => p.kind === 'body');
  return story.quotes.filter((q) => q.mark === 'double' && !q.nested && spanHolding(body, q.start, q.start + 1) !== null);
}
