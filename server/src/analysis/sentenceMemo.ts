/**
 * What rules and passes worked out about one sentence, by the pattern or function that found
 * it. Each such key has a small number (`memoSlot`), its place in every memo: asking a memo is
 * an index, not a search, and every result that found nothing is the one shared empty list, so
 * the memo of a quiet sentence stays small (a long story keeps tens of thousands of them).
 */
export class SentenceMemo {
  private values: unknown[] | undefined;

  /** What the key of `slot` found, or undefined when it has not been asked. */
  get(slot: MemoSlot): unknown {
    return this.values?.[slot];
  }

  set(slot: MemoSlot, value: unknown): void {
    (this.values ??= [])[slot] = Array.isArray(value) && value.length === 0 ? NOTHING : value;
  }
}

/** A key's place in every sentence memo. */
export type MemoSlot = number;

const slots = new Map<object, MemoSlot>();

/** The place of `key` (a module-level pattern or function) in every sentence memo. */
export function memoSlot(key: object): MemoSlot {
  let slot = slots.get(key);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(key, slot);
  }
  return slot;
}

/** The one empty result every key that found nothing gives back. */
const NOTHING: readonly never[] = Object.freeze([]);

/**
 * Work that depends only on a sentence's text and quoting, remembered with the sentence when
 * it has a memo: `find` must return results relative to the sentence's start, and never
 * undefined. Remembered results are shared: callers must not change them. `find` is a
 * module-level function of `input`, not a closure: a closure made per sentence on every edit
 * of a long story is garbage the collector then pays for.
 */
export function remembered<T, I>(memo: SentenceMemo | undefined, slot: MemoSlot, find: (input: I) => T, input: I): T {
  if (!memo) return find(input);
  const known = memo.get(slot);
  if (known !== undefined) return known as T;
  const value = find(input);
  memo.set(slot, value);
  return value;
}
