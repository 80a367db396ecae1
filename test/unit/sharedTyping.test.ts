import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedTyping } from '../../server/src/analysis/entities/typing';

test('typings of one type and strength share one object, which cannot be changed', () => {
  const a = sharedTyping({ type: 'person', strength: 2.5 });
  const b = sharedTyping({ type: 'person', strength: 2.5 });
  assert.equal(a, b);
  assert.deepEqual(a, { type: 'person', strength: 2.5 });
  assert.notEqual(sharedTyping({ type: 'person', strength: 2 }), a);
  assert.notEqual(sharedTyping({ type: 'place', strength: 2.5 }), a);
  assert.deepEqual(sharedTyping({ type: null, strength: 0 }), { type: null, strength: 0 });
  assert.throws(() => {
    (a as { strength: number }).strength = 3;
  }, TypeError);
});
