/**
 * People, places and organizations: recognized per story, grouped into entities, with ids
 * shared across the stories of a file.
 */
import type { ArticleFile } from '../article/model';
import type { Entity, Mention } from './model';
import { clusterStory, normalizedWords } from './cluster';
import { recognizeStory } from './recognize';
import { tokenizeStory, type TokenizedSentence } from '../storyText';
import { AcceptedNames } from './accepted';
import type { AcceptedName } from '../options';

export type { Entity, EntityType, Mention } from './model';

export interface FileEntities {
  entities: Entity[];
  /** Every mention in the file, by position. */
  mentions: Mention[];
}

export function findEntities(file: ArticleFile, copy: string, names: readonly AcceptedName[] = [], tokenized?: readonly (readonly TokenizedSentence[])[]): FileEntities {
  const accepted = new AcceptedNames(names);
  const entities: Entity[] = [];
  const peopleBySurname = new Map<string, Set<string>>();
  file.stories.forEach((story, i) => {
    const sentences = tokenized?.[i] ?? tokenizeStory(copy, story);
    const storyEntities = clusterStory(recognizeStory(copy, story, sentences, peopleBySurname, accepted), i, copy, accepted);
    linkToEarlierStories(storyEntities, peopleBySurname);
    for (const e of storyEntities) entities.push(e);
  });
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/**
 * A person named only by surname in a later story is the one earlier stories named in full,
 * when just one earlier person has that surname. `peopleBySurname` grows story by story.
 */
function linkToEarlierStories(current: Entity[], peopleBySurname: Map<string, Set<string>>): void {
  for (const e of current) {
    if (e.type !== 'person') continue;
    const words = normalizedWords(e.name);
    const ids = peopleBySurname.get(words[words.length - 1]!);
    if (words.length === 1 && ids?.size === 1) e.id = [...ids][0]!;
  }
  for (const e of current) {
    if (e.type !== 'person') continue;
    const words = normalizedWords(e.name);
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    peopleBySurname.set(surname, (peopleBySurname.get(surname) ?? new Set()).add(e.id));
  }
}
