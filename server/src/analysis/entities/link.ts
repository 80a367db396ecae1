import { normalizedWords } from './cluster';
import type { Entity } from './model';

/**
 * A person named only by surname in a later story is the one earlier stories named in full,
 * when just one earlier person has that surname. Returns the new ids (old id → id) without
 * touching the entities; `peopleBySurname` grows story by story.
 */
export function linkToEarlierStories(current: readonly Entity[], peopleBySurname: Map<string, Set<string>>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const e of current) {
    if (e.type !== 'person') continue;
    const words = normalizedWords(e.name);
    const earlier = peopleBySurname.get(words[words.length - 1]!);
    if (words.length === 1 && earlier?.size === 1) ids.set(e.id, [...earlier][0]!);
  }
  for (const e of current) {
    if (e.type !== 'person') continue;
    const words = normalizedWords(e.name);
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    peopleBySurname.set(surname, (peopleBySurname.get(surname) ?? new Set()).add(ids.get(e.id) ?? e.id));
  }
  return ids;
}
