/**
 * Counts by word, carried from one version of a story's evidence to the next: a version changed
 * by an edit holds only what the edit changed over the counts it came from, so carrying a long
 * story's counts on costs what the edit changed, not a copy of them all.
 */
export class WordCounts {
  private constructor(
    private readonly base: ReadonlyMap<string, number>,
    private readonly changes: Map<string, number>,
  ) {}

  static empty(): WordCounts {
    return new WordCounts(new Map(), new Map());
  }

  get(word: string): number {
    return (this.base.get(word) ?? 0) + (this.changes.get(word) ?? 0);
  }

  /** Counts `word` in (`by` 1) or out (-1). Only while the counts are being made. */
  add(word: string, by: number): void {
    this.changes.set(word, (this.changes.get(word) ?? 0) + by);
  }

  set(word: string, n: number): void {
    this.changes.set(word, n - (this.base.get(word) ?? 0));
  }

  /** These counts as one table, once made. */
  settled(): WordCounts {
    return this.base.size === 0 ? new WordCounts(this.changes, new Map()) : this.next(0);
  }

  /** Counts to change, leaving these as they are: they carry these counts' changes over, or
   *  (once those are many) all counts, in one new table. */
  next(many = MANY_CHANGES): WordCounts {
    if (this.changes.size < many) return new WordCounts(this.base, new Map(this.changes));
    const all = new Map(this.base);
    this.changes.forEach((n, word) => all.set(word, (all.get(word) ?? 0) + n));
    return new WordCounts(all, new Map());
  }

  /** Each word counted more than zero times, with its count. */
  forEachCounted(each: (n: number, word: string) => void): void {
    this.base.forEach((n, word) => {
      const count = n + (this.changes.get(word) ?? 0);
      if (count > 0) each(count, word);
    });
    this.changes.forEach((n, word) => {
      if (!this.base.has(word) && n > 0) each(n, word);
    });
  }
}

/** Past this many changed words, the counts are written out afresh. */
const MANY_CHANGES = 256;
