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
