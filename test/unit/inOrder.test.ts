import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsInOrder } from '../../server/src/analysis/entities/inOrder';

/** The mentions in order as `id@start`. */
function ordered(entities: readonly Entity[]): { start: number; id: string }[] {
  const { mentions, entities: of } = mentionsInOrder(entities);
  return mentions.map((m, i) => ({ start: m.start, id: of[i]!.id }));
}
import type { Entity } from '../../server/src/analysis/entities/model';

/** An entity of type person with mentions at these starts (each three characters long). */
function entity(id: string, starts: number[]): Entity {
  const mentions = starts.map((start) => ({ start, end: start + 3, text: id, type: 'person' as const, story: 0, title: null }));
  return { id, type: 'person', name: id, aliases: [], role: null, story: 0, mentions };
}

test('mentions come in text order, and those at one offset in the order of their entities', () => {
  const entities = [entity('a', [40, 7, 90]), entity('b', [3, 40, 60]), entity('c', [40, 0])];
  const order = ordered(entities).map((m) => `${m.id}@${m.start}`);
  assert.deepEqual(order, ['c@0', 'b@3', 'a@7', 'a@40', 'b@40', 'c@40', 'b@60', 'a@90']);
});

test('the order of many mentions agrees with a stable sort by start', () => {
  let seed = 3;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const entities = Array.from({ length: 300 }, (_, i) => entity(`e${i}`, Array.from({ length: 1 + next(20) }, () => next(5000))));
  const expected = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, id: e.id }))).sort((x, y) => x.start - y.start);
  assert.deepEqual(ordered(entities), expected);
});
