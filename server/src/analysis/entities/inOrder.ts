import type { Entity, Mention } from './model';

/**
 * Every mention of a story's entities in text order, with the entity of each at the same
 * index: two lists of what the entities hold already, not an object per mention (a long story
 * has tens of thousands of mentions, listed again on every edit).
 */
export interface MentionsInOrder {
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[];
}

/**
 * Every mention of the entities, in text order (mentions at one offset keep the entities'
 * order): worked out once per story for the passes that read names by position.
 */
export function mentionsInOrder(entities: readonly Entity[]): MentionsInOrder {
  // Counted first, so the lists are made at their length rather than grown.
  let count = 0;
  for (let i = 0; i < entities.length; i++) count += entities[i]!.mentions.length;
  const mentions = new Array<Mention>(count);
  const of = new Array<Entity>(count);
  let n = 0;
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i]!;
    for (let j = 0; j < entity.mentions.length; j++) {
      mentions[n] = entity.mentions[j]!;
      of[n++] = entity;
    }
  }
  // Each mention as one number, its start then its place in the lists: sorted natively, without
  // a comparator call per step, ties in order. Past the room a key has, indices sorted by start.
  const order = mentions.length < PLACES ? orderByKeys(mentions) : orderByCompare(mentions);
  const sorted: Mention[] = new Array<Mention>(order.length);
  const sortedOf: Entity[] = new Array<Entity>(order.length);
  // Loops, not `Array.from(order, …)`: that walks the order through an iterator.
  for (let i = 0; i < order.length; i++) {
    sorted[i] = mentions[order[i]!]!;
    sortedOf[i] = of[order[i]!]!;
  }
  return { mentions: sorted, entities: sortedOf };
}

function orderByKeys(mentions: readonly Mention[]): Float64Array {
  const keys = new Float64Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) keys[i] = mentions[i]!.start * PLACES + i;
  keys.sort();
  for (let i = 0; i < keys.length; i++) keys[i] = keys[i]! % PLACES;
  return keys;
}

function orderByCompare(mentions: readonly Mention[]): number[] {
  return mentions.map((_, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b);
}

/** Room for the places of a story's mentions in a sort key (a start times this stays exact). */
const PLACES = 2 ** 21;
