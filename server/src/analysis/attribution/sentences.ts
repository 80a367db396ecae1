import type { Quote, Story } from '../article/model';
import { tokenize } from '../entities/tokens';
import { findFrames } from './frames';
import { spanHolding } from '../spans';
import type { SentenceInfo } from './model';

/** The body sentences of a story, tokenized, with quoted words marked and cue frames found. */
export function storySentences(copy: string, story: Story, storyIndex: number): SentenceInfo[] {
  // Quotation contents by position (double quotes do not overlap), for lookups by offset.
  const contents = story.quotes.filter((q) => q.mark === 'double').map((q) => q.content);
  const inQuote = (t: { start: number; end: number }) => spanHolding(contents, t.start, t.end) !== null;
  const out: SentenceInfo[] = [];
  const headline = tokenize(copy, story.headline.start, story.headline.end);
  const headlineQuoted = headline.map((t) => story.quotes.some((q) => t.start >= q.content.start && t.end <= q.content.end));
  out.push({ ...story.headline, story: storyIndex, paragraph: -1, tokens: headline, quoted: headlineQuoted, frames: findFrames(headline, headlineQuoted, true), attributed: false });
  story.paragraphs.forEach((p, paragraph) => {
    if (p.kind !== 'body') return;
    for (const span of p.sentences) {
      const tokens = tokenize(copy, span.start, span.end);
      const quoted = tokens.map(inQuote);
      out.push({ ...span, story: storyIndex, paragraph, tokens, quoted, frames: findFrames(tokens, quoted), attributed: false });
    }
  });
  return out;
}

/** The quotations that count as direct speech: double-quoted, not nested, in body copy. */
export function speechQuotes(story: Story): Quote[] {
  const body = story.paragraphs.filter((p) => p.kind === 'body');
  return story.quotes.filter((q) => q.mark === 'double' && !q.nested && spanHolding(body, q.start, q.start + 1) !== null);
}
