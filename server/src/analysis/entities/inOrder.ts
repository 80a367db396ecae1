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
  const all: OrderedMention[] = [];
  for (const entity of entities) for (const m of entity.mentions) all.push({ start: m.start, end: m.end, text: m.text, entity });
  if (all.length >= PLACES) return all.sort((a, b) => a.start - b.start);
  // Each mention as one number, its start then its place in `all`: sorted natively, without a
  // comparator call per step (a long story has tens of thousands of mentions), ties in order.
  const keys = new Float64Array(all.length);
  for (let i = 0; i < all.length; i++) keys[i] = all[i]!.start * PLACES + i;
  keys.sort();
  // A loop, not `Array.from(keys, …)`: that walks the keys through an iterator.
  const sorted = new Array<OrderedMention>(all.length);
  for (let i = 0; i < keys.length; i++) sorted[i] = all[keys[i]! % PLACES]!;
  return sorted;
}

/** Room for the places of a story's mentions in a sort key (a start times this stays exact). */
const PLACES = 2 ** 21;
