import type { Span } from './model';

/** A word: letters or figures, joined by apostrophes, hyphens or inner periods
 *  (`don’t`, `Jong-un`, `U.S.`, `1.3`). */
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Counts the words in the span [start, end) of `text`. */
export function countWords(text: string, span: Span): number {
  WORD.lastIndex = span.start;
  let n = 0;
  for (let m = WORD.exec(text); m && m.index < span.end; m = WORD.exec(text)) n++;
  return n;
}
