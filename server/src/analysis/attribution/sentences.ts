import type { Quote, Span, Story } from '../article/model';
import type { TokenizedSentence } from '../storyText';
import { findFrames, type Frame } from './frames';
import { firstEndingAfter, spanHolding } from '../spans';
import type { SentenceInfo } from './model';

/** The body sentences of a story, tokenized, with quoted words marked and cue frames found. */
export function storySentences(copy: string, story: Story, storyIndex: number, tokenized: readonly TokenizedSentence[]): SentenceInfo[] {
  // Quotation contents by position (double quotes do not overlap), for lookups by offset.
  const doubles = story.quotes.filter((q) => q.mark === 'double').map((q) => q.content);
  const singles = story.quotes.filter((q) => q.mark === 'single' && !q.nested).map((q) => q.content);
  const out: SentenceInfo[] = [];
  for (const s of tokenized) {
    if (s.kind !== 'body' && s.kind !== 'headline') continue;
    const headline = s.kind === 'headline';
    // Headlines quote with single marks (AP); body copy with double ones.
    const contents = headline ? [...doubles, ...singles].sort((a, b) => a.start - b.start) : doubles;
    const quoted = quotedTokens(s.tokens, contents, s);
    const find = (): Frame[] => findFrames(s.tokens, quoted, headline);
    const { frames, memo } = s.work ? s.work.reading(quoted, headline, find) : { frames: find(), memo: undefined };
    const text = s.work?.text ?? copy.slice(s.start, s.end);
    out.push({ start: s.start, end: s.end, text, story: storyIndex, paragraph: s.paragraph, tokens: s.tokens, quoted, frames, attributed: false, memo });
  }
  return out;
}

/** What a sentence with nothing quoted shares: read by index, every token is unquoted. */
const NOTHING_QUOTED: readonly boolean[] = Object.freeze([]);

/** Which tokens of a sentence stand inside a quotation (`contents` sorted, not overlapping): one walk. */
function quotedTokens(tokens: readonly Span[], contents: readonly Span[], sentence: Span): readonly boolean[] {
  let i = firstEndingAfter(contents, sentence.start);
  if (i === contents.length || contents[i]!.start >= sentence.end) return NOTHING_QUOTED;
  return tokens.map((t) => {
    while (i < contents.length && contents[i]!.end <= t.start) i++;
    const c = contents[i];
    return c !== undefined && c.start <= t.start && t.end <= c.end;
  });
}

/** The quotations that count as direct speech: double-quoted, not nested, in body copy. */
export function speechQuotes(story: Story): Quote[] {
  const body = story.paragraphs.filter((p) => p.kind === 'body');
  return story.quotes.filter((q) => q.mark === 'double' && !q.nested && spanHolding(body, q.start, q.start + 1) !== null);
}
