import type { Span, Story } from './article/model';
import { tokenize, type Token } from './entities/tokens';

/** A sentence of a story (or its headline, a subhead, a byline) with its tokens. */
export interface TokenizedSentence extends Span {
  /** Index of the paragraph in the story, -1 for the headline. */
  paragraph: number;
  kind: 'headline' | 'body' | 'subhead' | 'byline';
  tokens: Token[];
}

/**
 * Every sentence of a story that the name and attribution passes read, tokenized once: the
 * headline, each body sentence, subheads and bylines (pasted embeds are not copy).
 */
export function tokenizeStory(copy: string, story: Story): TokenizedSentence[] {
  const out: TokenizedSentence[] = [{ ...story.headline, paragraph: -1, kind: 'headline', tokens: tokenize(copy, story.headline.start, story.headline.end) }];
  story.paragraphs.forEach((p, paragraph) => {
    if (p.kind === 'body') {
      for (const s of p.sentences) out.push({ start: s.start, end: s.end, paragraph, kind: 'body', tokens: tokenize(copy, s.start, s.end) });
    } else if (p.kind === 'subhead' || p.kind === 'byline') {
      out.push({ start: p.start, end: p.end, paragraph, kind: p.kind, tokens: tokenize(copy, p.start, p.end) });
    }
  });
  return out;
}
