import type { Span } from './model';

/** A line of the text without its line ending (`\n`, `\r\n` or `\r`). */
export type Line = Span;

/** Splits text into lines. Every offset of the text belongs to one line or its ending. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lines.push({ start, end: i });
      start = i + 1;
    } else if (c === 13 /* \r */) {
      lines.push({ start, end: i });
      if (text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
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
