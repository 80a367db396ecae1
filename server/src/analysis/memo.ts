import { detached } from './detached';

/**
 * Results of a pure function kept by key, for values a file repeats and every edit asks for
 * again (publication stamps, resolved dates). Emptied when full, so memory stays bounded.
 */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit = 10_000) {}

  /** `make` is given the key: a module-level function then serves, not a closure per call
   *  (a long story asks some memos thousands of times an edit). */
  get(key: string, make: (key: string) => V): V {
    // One lookup for a hit; `has` only tells a value of undefined from a miss.
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as V;
    const value = make(key);
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(detached(key), value); // the memo outlives the text the key was cut from
    return value;
  }
}
