import type { Span, Story } from './article/model';
import { tokenize, type Token } from './entities/tokens';
import type { PlacedSentence, StorySentences } from './sentenceWork';

/** A sentence of a story (or its headline, a subhead, a byline) with its tokens. */
export interface TokenizedSentence extends Span {
  /** Index of the paragraph in the story, -1 for the headline. */
  paragraph: number;
  kind: 'headline' | 'body' | 'subhead' | 'byline';
  tokens: Token[];
  /** The sentence's cached work, when the analysis keeps a sentence cache. */
  work?: PlacedSentence;
}

/**
 * Every sentence of a story that the name and attribution passes read, tokenized once: the
 * headline, each body sentence, subheads and bylines (pasted embeds are not copy). With a
 * cache, sentences seen before are not tokenized again.
 */
export function tokenizeStory(copy: string, story: Story, cache?: StorySentences): TokenizedSentence[] {
  const read = (start: number, end: number, paragraph: number, kind: TokenizedSentence['kind'], work = cache?.sentence(copy, start, end)): TokenizedSentence => {
    if (!work) return { start, end, paragraph, kind, tokens: tokenize(copy, start, end) };
    return { start, end, paragraph, kind, tokens: work.tokens, work };
  };
  const out: TokenizedSentence[] = [read(story.headline.start, story.headline.end, -1, 'headline')];
  story.paragraphs.forEach((p, paragraph) => {
    if (p.kind === 'body') {
      // A body sentence is found through its paragraph, which the parse took from the cache.
      p.sentences.forEach((s, i) => out.push(read(s.start, s.end, paragraph, 'body', cache?.sentenceIn(copy, p.sentences, i))));
    } else if (p.kind === 'subhead' || p.kind === 'byline') {
      out.push(read(p.start, p.end, paragraph, p.kind));
    }
  });
  return out;
}
