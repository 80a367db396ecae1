import { detached } from './detached';

/**
 * Results of a pure function kept by key, for values a file repeats and every edit asks for
 * again (publication stamps, resolved dates). Emptied when full, so memory stays bounded.
 */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit = 10_000) {}

  get(key: string, make: () => V): V {
    if (this.values.has(key)) return this.values.get(key) as V;
    const value = make();
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(detached(key), value); // the memo outlives the text the key was cut from
    return value;
  }
}
