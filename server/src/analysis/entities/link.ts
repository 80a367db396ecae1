/** A person of a story: id and normalized name words. */
export interface PersonName {
  id: string;
  words: readonly string[];
}

/**
 * A person named only by surname in a later story is the one earlier stories named in full,
 * when just one earlier person has that surname. Returns the new ids (old id → id) without
 * touching the entities; `peopleBySurname` grows story by story.
 */
export function linkToEarlierStories(people: readonly PersonName[], peopleBySurname: Map<string, Set<string>>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const { id, words } of people) {
    const earlier = peopleBySurname.get(words[words.length - 1]!);
    if (words.length === 1 && earlier?.size === 1) ids.set(id, [...earlier][0]!);
  }
  for (const { id, words } of people) {
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    peopleBySurname.set(surname, (peopleBySurname.get(surname) ?? new Set()).add(ids.get(id) ?? id));
  }
  return ids;
}
