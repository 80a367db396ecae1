/**
 * What rules and passes worked out about one sentence, by the pattern or function that found
 * it. Most of them find nothing in most sentences: those keys go in a short list rather than a
 * table entry each, so the memo of a quiet sentence stays small (a long story keeps tens of
 * thousands of them).
 */
export class SentenceMemo {
  private found: Map<object, unknown> | undefined;
  private nothing: object[] | undefined;

  /** What `key` found, or undefined when it has not been asked. */
  get(key: object): unknown {
    if (this.nothing?.includes(key)) return NOTHING;
    return this.found?.get(key);
  }

  set(key: object, value: unknown): void {
    if (Array.isArray(value) && value.length === 0) (this.nothing ??= []).push(key);
    else (this.found ??= new Map()).set(key, value);
  }
}

/** The one empty result every key that found nothing gives back. */
const NOTHING: readonly never[] = Object.freeze([]);

/**
 * Work that depends only on a sentence's text and quoting, remembered with the sentence when
 * it has a memo: `find` must return results relative to the sentence's start, and never
 * undefined. Remembered results are shared: callers must not change them.
 */
export function remembered<T>(memo: SentenceMemo | undefined, key: object, find: () => T): T {
  if (!memo) return find();
  const known = memo.get(key);
  if (known !== undefined) return known as T;
  const value = find();
  memo.set(key, value);
  return value;
}
