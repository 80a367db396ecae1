import type { Span } from './model';

/** A line of the text without its line ending (`\n`, `\r\n` or `\r`). */
export type Line = Span;

/** Splits text into lines. Every offset of the text belongs to one line or its ending. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // Line ends found by `indexOf`, not by reading each character: over a long story it is
  // about twenty times faster, and every edit of a long story splits it again.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      lines.push({ start, end: cr });
      start = text.charCodeAt(cr + 1) === 10 /* \r\n */ ? cr + 2 : cr + 1;
    } else {
      lines.push({ start, end: lf });
      start = lf + 1;
    }
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** True when the line holds nothing but whitespace. */
export function isBlank(text: string, line: Span): boolean {
  return firstNonSpace(text, line.start, line.end) === line.end;
}

/** Offset of the first non-whitespace character in [start, end), or `end`. */
export function firstNonSpace(text: string, start: number, end: number): number {
  // A loop, not a pattern search, which would look on past `end` (a long run of blank lines).
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i < end ? i : end;
}

/** Offset just after the last non-whitespace character in [start, end), or `start`. */
export function lastNonSpace(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The span with surrounding whitespace removed. */
export function trimSpan(text: string, start: number, end: number): Span {
  const s = firstNonSpace(text, start, end);
  return { start: s, end: Math.max(s, lastNonSpace(text, s, end)) };
}

/** The characters JavaScript's `\s` matches, so both ways of trimming agree. */
function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The line holding `offset` (its start, and where its ending begins) and the line ending the
 * text uses there: the one that ends this line, or on the last line the one before it (`\n`
 * in a text of one line). Reads only that line and its neighbours' endings, not the text.
 */
export function lineAround(text: string, offset: number): { start: number; end: number; eol: string } {
  // The `\n` of a `\r\n` belongs to the line that `\r` ends.
  const at = text.charCodeAt(offset) === 10 && text.charCodeAt(offset - 1) === 13 ? offset - 1 : offset;
  let start = at;
  while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return { start, end, eol: end < text.length ? breakAt(text, end) : start > 0 ? breakBefore(text, start) : '\n' };
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** The line ending that starts at `i`. */
function breakAt(text: string, i: number): string {
  return text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : text[i]!;
}

/** The line ending that ends just before `i`. */
function breakBefore(text: string, i: number): string {
  return text.charCodeAt(i - 1) === 10 && text.charCodeAt(i - 2) === 13 ? '\r\n' : text[i - 1]!;
}
