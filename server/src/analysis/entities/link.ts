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
const NO_SURNAMES: readonly string[] = [];

/**
 * A person named only by surname in a later story is the one earlier stories named in full,
 * when just one earlier person has that surname. Returns the new ids (old id → id) without
 * touching the entities; `earlier` grows story by story.
 */
export function linkToEarlierStories(people: readonly PersonName[], earlier: EarlierPeople): ReadonlyMap<string, string> {
  const ids = linksToEarlier(people, earlier);
  addSurnames(surnamesNamed(people, ids), earlier);
  return ids;
}

/** The new ids of a story's people named by surname alone whom one earlier person bears. */
export function linksToEarlier(people: readonly PersonName[], earlier: EarlierPeople): ReadonlyMap<string, string> {
  let ids: Map<string, string> | undefined;
  for (const { id, words } of people) {
    const bearer = words.length === 1 ? earlier.onlyBearer(words[0]!) : undefined;
    if (bearer !== undefined) (ids ??= new Map()).set(id, bearer);
  }
  return ids ?? NO_LINKS;
}

/**
 * The surnames a story's people named in full leave for later stories, each followed by its
 * bearer's id: `[surname, id, surname, id, …]`. Two stories that leave the same list leave
 * later stories the same earlier people.
 */
export function surnamesNamed(people: readonly PersonName[], ids: ReadonlyMap<string, string>): readonly string[] {
  let named: string[] | undefined;
  for (const { id, words } of people) if (words.length >= 2) (named ??= []).push(words[words.length - 1]!, ids.get(id) ?? id);
  return named ?? NO_SURNAMES;
}

export function addSurnames(named: readonly string[], earlier: EarlierPeople): void {
  for (let i = 0; i < named.length; i += 2) earlier.add(named[i]!, named[i + 1]!);
}

/** Whether two stories leave later stories the same earlier people. */
export function sameSurnames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
