/**
 * What rules and passes worked out about one sentence, by the pattern or function that found
 * it. Each such key has a small number (`memoSlot`), its place in every memo: asking a memo is
 * an index, not a search, and every result that found nothing is the one shared empty list, so
 * the memo of a quiet sentence stays small (a long story keeps tens of thousands of them).
 */
export class SentenceMemo {
  /** The slots below `BITS` that were asked and found nothing, one bit each. */
  private nothing = 0;
  /** The slots below `BITS` whose answer was their key's falsy answer (`false`, `0`: a sentence
   *  not in capitals, naming no sport), one bit each: most sentences' facts need no list. */
  private falsy = 0;
  /** What the other slots asked found: slot, value, slot, value… An array just that long, for
   *  most sentences find little and a long story keeps a memo or two for every sentence. */
  private found: unknown[] | undefined;

  /** What the key of `slot` found, or undefined when it has not been asked. */
  get(slot: MemoSlot): unknown {
    if (slot < BITS) {
      if ((this.nothing & (1 << slot)) !== 0) return NOTHING;
      if ((this.falsy & (1 << slot)) !== 0) return falsyAnswers[slot];
    }
    const found = this.found;
    if (found) for (let i = 0; i < found.length; i += 2) if (found[i] === slot) return found[i + 1];
    return undefined;
  }

  set(slot: MemoSlot, value: unknown): void {
    const empty = Array.isArray(value) && value.length === 0;
    if (slot < BITS) {
      this.nothing &= ~(1 << slot);
      this.falsy &= ~(1 << slot);
      if (empty) {
        this.nothing |= 1 << slot;
        return;
      }
      if (isFalsyAnswer(slot, value)) {
        this.falsy |= 1 << slot;
        return;
      }
    }
    const kept = empty ? NOTHING : value;
    const found = this.found;
    if (!found) {
      this.found = [slot, kept];
      return;
    }
    for (let i = 0; i < found.length; i += 2) {
      if (found[i] === slot) {
        found[i + 1] = kept;
        return;
      }
    }
    this.found = [...found, slot, kept];
  }
}

/** Slots whose empty results a memo marks with a bit (a small integer's worth). */
const BITS = 30;

/** Each slot's falsy answer (`false` or `0`), once one is given: a key answers in one type. */
const falsyAnswers: unknown[] = [];

/** Whether `value` is the slot's falsy answer, recorded the first time the slot gives one. */
function isFalsyAnswer(slot: MemoSlot, value: unknown): boolean {
  if (value !== false && !Object.is(value, 0)) return false;
  const known = falsyAnswers[slot];
  if (known === undefined) falsyAnswers[slot] = value;
  return known === undefined || known === value;
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
