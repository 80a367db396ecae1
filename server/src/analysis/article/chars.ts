/**
 * Character classes by UTF-16 code unit, for the hot loops that walk a whole file. A lookup
 * table is many times faster than a Unicode regular expression per character.
 */
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
const classes = new Uint8Array(65536);
const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{M}]/u;

/** A letter, digit or combining mark (surrogate halves count, so astral letters do too). */
export function isWordCode(code: number): boolean {
  let c = classes[code]!;
  if (c === UNKNOWN) {
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    c = isSurrogate || LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? WORD : OTHER;
    classes[code] = c;
  }
  return c === WORD;
}

/**
 * `s` without the characters at its end that `strip` accepts, taken whole code point by code
 * point. A loop, not `replace(/[…]+$/)`: that pattern retries from every character of a long
 * run that does not reach the end, which takes time growing with the square of the run.
 */
export function trimEndOf(s: string, strip: (char: string) => boolean): string {
  let end = s.length;
  while (end > 0) {
    const last = s.charCodeAt(end - 1);
    const pair = end > 1 && last >= 0xdc00 && last <= 0xdfff && s.charCodeAt(end - 2) >= 0xd800 && s.charCodeAt(end - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!strip(s.slice(end - width, end))) break;
    end -= width;
  }
  return s.slice(0, end);
}
