import type { Paragraph, Span, Story } from './article/model';
import { tokenizeSlice, type Offsets, type Token, type WordForms } from './entities/tokens';
import type { PlacedSentence, StorySentences } from './sentenceWork';

/** A sentence of a story (or its headline, a subhead, a byline) with its tokens. */
export interface TokenizedSentence extends Span {
  /** Index of the paragraph in the story, -1 for the headline. */
  paragraph: number;
  kind: 'headline' | 'body' | 'subhead' | 'byline';
  tokens: readonly Token[];
  /** Where each token starts, from the sentence's start. */
  offsets: Offsets;
  /** The sentence's cached work, when the analysis keeps a sentence cache. */
  work?: PlacedSentence;
}

/**
 * Every sentence of a story that the name and attribution passes read, tokenized once: the
 * headline, each body sentence, subheads and bylines (pasted embeds are not copy). With a
 * cache, sentences seen before are not tokenized again; without one, tokens are shared by
 * spelling through `spellings` when given.
 */
export function tokenizeStory(copy: string, story: Story, cache?: StorySentences, spellings?: WordForms): TokenizedSentence[] {
  const { headline, paragraphs } = story;
  // The list is made at its length, counted first: grown by pushing, a long story's would be
  // copied a dozen times over on every edit.
  let count = 1;
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) count += sentencesRead(paragraphs[paragraph]!);
  const out = new Array<TokenizedSentence>(count);
  out[0] = placed(copy, headline.start, headline.end, -1, 'headline', cache?.sentence(copy, headline.start, headline.end), spellings);
  let n = 1;
  // Index loops, no closure per sentence: a long story has thousands, on every edit.
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const p = paragraphs[paragraph]!;
    if (p.kind === 'body') {
      // A body sentence is found through its paragraph, which the parse took from the cache.
      const sentences = p.sentences;
      for (let i = 0; i < sentences.length; i++) {
        const s = sentences[i]!;
        out[n++] = placed(copy, s.start, s.end, paragraph, 'body', cache?.sentenceIn(copy, sentences, i), spellings);
      }
    } else if (p.kind === 'subhead' || p.kind === 'byline') {
      out[n++] = placed(copy, p.start, p.end, paragraph, p.kind, cache?.sentence(copy, p.start, p.end), spellings);
    }
  }
  return out;
}

/** How many sentences of a paragraph the passes read: a body paragraph's, or a subhead or a
 *  byline as one; none of an embed. */
function sentencesRead(p: Paragraph): number {
  if (p.kind === 'body') return p.sentences.length;
  return p.kind === 'subhead' || p.kind === 'byline' ? 1 : 0;
}

/** One sentence with its tokens: the cached work's when there is some, else tokenized now. */
function placed(copy: string, start: number, end: number, paragraph: number, kind: TokenizedSentence['kind'], work: PlacedSentence | undefined, spellings: WordForms | undefined): TokenizedSentence {
  if (!work) {
    const { tokens, offsets } = tokenizeSlice(copy.slice(start, end), spellings);
    return { start, end, paragraph, kind, tokens, offsets, work: undefined };
  }
  work.end = end;
  work.paragraph = paragraph;
  work.kind = kind;
  return work;
}
