import type { Quote, Span } from '../article/model';
import type { Offsets, Token } from '../entities/tokens';
import type { Frame } from './frames';
import type { SentenceMemo } from '../sentenceMemo';

export type AttributionKind =
  /** A quotation and its speaker: `“…,” Ruiz said.` */
  | 'direct'
  /** Reported speech: `Kirby said the U.S. had increased…`, `according to a counter on X`. */
  | 'indirect'
  /** A quotation that goes on from the same speaker: `“…,” Ruiz said. “Second part.”` */
  | 'continued';

/** Who said what, and through which cue. */
export interface Attribution {
  kind: AttributionKind;
  cue: Span | null;
  source: Span | null;
  content: Span;
  /** The entity the source names or a pronoun stands for (its id), when known. */
  speaker: string | null;
  /** The speaker's name as the card shows it (`Donald Trump`, `a counter on X`). */
  speakerName: string | null;
  story: number;
}

/** A sentence of body copy and what the attribution pass learned about it. */
export interface SentenceInfo extends Span {
  /** The sentence's text (`copy.slice(start, end)`), sliced once for every rule that reads it. */
  text: string;
  story: number;
  paragraph: number;
  tokens: readonly Token[];
  /** Where each token starts, from the sentence's start. */
  offsets: Offsets;
  /** Tokens inside quotation marks: `quoted[i]` is true for each. A sentence with nothing
   *  quoted (most of them) shares one empty list, so read it by index only. */
  quoted: readonly boolean[];
  frames: Frame[];
  /** The sentence is sourced: it holds an attribution, or is a quotation with a speaker. */
  attributed: boolean;
  /** Where work that depends only on this sentence and its quoting is remembered (`remembered`). */
  memo?: SentenceMemo;
}

/** What the attribution pass returns for a file. */
export interface AttributionResult {
  attributions: Attribution[];
  sentences: SentenceInfo[];
  /** Quotations (double, not nested) with no speaker found. */
  unattributedQuotes: Quote[];
}
