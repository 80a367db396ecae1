/** Surnames shorter than this differ by one letter too often to be the same name misspelled. */
export const MIN_VARIANT_LENGTH = 5;

/** True when one substitution, insertion, deletion or swap of neighbours turns a into b. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || a.length < MIN_VARIANT_LENGTH - 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}


/**
 * Whether `b` reads as `a` misspelled: one edit apart, and not the family's plural
 * (`the Okafors`) of it.
 */
export function misspells(a: string, b: string): boolean {
  return oneEditApart(a, b) && b !== `${a}s` && a !== `${b}s`;
}

/**
 * The word and each form of it with one letter removed. Two words one edit apart (a letter
 * changed, added, dropped, or two neighbours swapped) always share one of these forms, so
 * near spellings are found by lookup instead of comparing every pair.
 */
export function deletions(word: string): string[] {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/** Items by every deletion form of their word (see `deletions`), to look near spellings up. */
export function indexByDeletions<T>(items: Iterable<T>, wordOf: (item: T) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const d of deletions(wordOf(item))) {
      const list = index.get(d);
      if (list) list.push(item);
      else index.set(d, [item]);
    }
  }
  return index;
}

/**
 * A set of words, and for any word the ones of them it reads as misspelling: `w` where
 * `misspells(w, word)`. Answers are kept, as a story asks about its names again and again.
 * The set must not change once given.
 */
export class NearSpellings {
  private byShape: Map<string, string[]> | null = null;
  private readonly answers = new Map<string, readonly string[]>();

  constructor(readonly words: ReadonlySet<string>) {}

  of(word: string): readonly string[] {
    let found = this.answers.get(word);
    if (found === undefined) {
      this.byShape ??= indexByDeletions(this.words, (w) => w);
      const near: string[] = [];
      for (const d of deletions(word)) for (const w of this.byShape.get(d) ?? []) if (misspells(w, word) && !near.includes(w)) near.push(w);
      this.answers.set(word, (found = near));
    }
    return found;
  }
}

/**
 * The last set of words asked about, with its index and answers: an edit to a long story
 * leaves its people as they were, and building the index was most of the cost of asking.
 */
export class LastNearSpellings {
  private last: NearSpellings | null = null;

  for(words: ReadonlySet<string>): NearSpellings {
    if (!this.last || !sameWords(this.last.words, words)) this.last = new NearSpellings(words);
    return this.last;
  }
}

function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  // `forEach`, not `for…of`: asked on every edit of a long story, whose people are thousands
  // of words, and a set's iterator makes an object per word.
  let same = true;
  b.forEach((w) => {
    if (same && !a.has(w)) same = false;
  });
  return same;
}
