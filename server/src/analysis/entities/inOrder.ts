import type { Entity } from './model';

/** A mention of an entity, with the entity it names. */
export interface OrderedMention {
  start: number;
  end: number;
  text: string;
  entity: Entity;
}

/**
 * Every mention of the entities, in text order (mentions at one offset keep the entities'
 * order): worked out once per story for the passes that read names by position.
 */
export function mentionsInOrder(entities: readonly Entity[]): OrderedMention[] {
  const all = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, entity })));
  return all.sort((a, b) => a.start - b.start);
}
