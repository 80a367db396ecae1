import type { KnownWords } from './recognize';

/** A person of a story: id and normalized name words. */
export interface PersonName {
  id: string;
  words: readonly string[];
}

/**
 * Surnames of people that earlier stories of a file named in full, with who bears each. Most
 * surnames have one bearer, kept as a plain id; a set is made only when a second one appears
 * (the file is read afresh on every edit, so this is built often).
 */
export class EarlierPeople implements KnownWords {
  private readonly bySurname = new Map<string, string | Set<string>>();

  has(surname: string): boolean {
    return this.bySurname.has(surname);
  }

  /** The one person with this surname; undefined when there is none, or more than one. */
  onlyBearer(surname: string): string | undefined {
    const bearers = this.bySurname.get(surname);
    return typeof bearers === 'string' ? bearers : undefined;
  }

  add(surname: string, id: string): void {
    const bearers = this.bySurname.get(surname);
    if (bearers === undefined) this.bySurname.set(surname, id);
    else if (typeof bearers !== 'string') bearers.add(id);
    else if (bearers !== id) this.bySurname.set(surname, new Set([bearers, id]));
  }
}

const NO_LINKS: ReadonlyMap<string, string> = new Map();

/**
 * A person named only by surname in a later story is the one earlier stories named in full,
 * when just one earlier person has that surname. Returns the new ids (old id → id) without
 * touching the entities; `earlier` grows story by story.
 */
export function linkToEarlierStories(people: readonly PersonName[], earlier: EarlierPeople): ReadonlyMap<string, string> {
  let ids: Map<string, string> | undefined;
  for (const { id, words } of people) {
    const bearer = words.length === 1 ? earlier.onlyBearer(words[0]!) : undefined;
    if (bearer !== undefined) (ids ??= new Map()).set(id, bearer);
  }
  for (const { id, words } of people) if (words.length >= 2) earlier.add(words[words.length - 1]!, ids?.get(id) ?? id);
  return ids ?? NO_LINKS;
}
