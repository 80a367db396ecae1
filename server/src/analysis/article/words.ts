import type { Span } from './model';
import { isWordCode } from './chars';

/** Characters that join two parts of one word: `don’t`, `Jong-un`, `U.S.`, `1.3`. */
function isJoiner(code: number): boolean {
  return code === 0x27 /* ' */ || code === 0x2019 /* ’ */ || code === 0x2e /* . */ || code === 0x2d /* - */;
}

/** Counts the words in the span [start, end) of `text`: runs of letters and figures,
 *  joined by apostrophes, hyphens or inner periods. */
export function countWords(text: string, span: Span): number {
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && isJoiner(code) && i + 1 < span.end && isWordCode(text.charCodeAt(i + 1)))) {
      inWord = false;
    }
  }
  return n;
}
