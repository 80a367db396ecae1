/**
 * People, places and organizations: recognized per story, grouped into entities, with ids
 * shared across the stories of a file.
 */
import type { ArticleFile } from '../article/model';
import type { Entity, Mention } from './model';
import { clusterStory, normalizedWords } from './cluster';
import { EarlierPeople, linkToEarlierStories } from './link';
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
  const peopleBySurname = new EarlierPeople();
  file.stories.forEach((story, i) => {
    const sentences = tokenized?.[i] ?? tokenizeStory(copy, story);
    const storyEntities = clusterStory(recognizeStory(copy, story, sentences, peopleBySurname, accepted).recognized, i, copy, accepted);
    const people = storyEntities.filter((e) => e.type === 'person').map((e) => ({ id: e.id, words: normalizedWords(e.name) }));
    const ids = linkToEarlierStories(people, peopleBySurname);
    for (const e of storyEntities) entities.push({ ...e, id: ids.get(e.id) ?? e.id });
  });
  const mentions = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

