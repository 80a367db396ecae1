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
