/**
 * How much two versions of a text share at their start and at their end: an edit changes the
 * middle, and everything outside it is known unchanged without reading it twice.
 */

/** Characters compared at once: string equality on slices is native and fast. */
const BLOCK = 4096;

/** The length of the longest common prefix of `a` and `b`. */
export function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n + BLOCK <= max && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** The length of the longest common suffix of `a` and `b`, at most `max`. */
export function commonSuffixLength(a: string, b: string, max: number): number {
  const limit = Math.min(max, a.length, b.length);
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** What a text shares with the version before it: `start` characters at its start and `end`
 *  at its end (never overlapping), in both the text and its copy. */
export interface SharedEnds {
  start: number;
  end: number;
  /** The length of the version before. */
  lengthBefore: number;
}

/** What `text` and its `copy` share with the version before (`before`, `copyBefore`). */
export function sharedEnds(before: string, text: string, copyBefore: string, copy: string): SharedEnds {
  // Without notes either time the copies are the texts themselves, and need no comparing.
  const copiesAreTexts = copy === text && copyBefore === before;
  let start = commonPrefixLength(before, text);
  if (!copiesAreTexts) start = Math.min(start, commonPrefixLength(copyBefore, copy));
  const room = Math.min(before.length, text.length) - start;
  let end = commonSuffixLength(before, text, room);
  if (!copiesAreTexts) end = Math.min(end, commonSuffixLength(copyBefore, copy, room));
  return { start, end, lengthBefore: before.length };
}
