import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedMemo } from '../../server/src/analysis/memo';

test('a memo makes a value once per key, null and undefined included', () => {
  const memo = new BoundedMemo<string | null | undefined>();
  let made = 0;
  const make = (value: string | null | undefined) => () => (made++, value);
  assert.equal(memo.get('a', make('A')), 'A');
  assert.equal(memo.get('a', make('other')), 'A');
  assert.equal(memo.get('n', make(null)), null);
  assert.equal(memo.get('n', make('other')), null);
  assert.equal(memo.get('u', make(undefined)), undefined);
  assert.equal(memo.get('u', make('other')), undefined);
  assert.equal(made, 3);
});

test('a full memo starts again rather than growing', () => {
  const memo = new BoundedMemo<number>(2);
  let made = 0;
  memo.get('a', () => ++made);
  memo.get('b', () => ++made);
  memo.get('c', () => ++made); // full: emptied, then c kept
  assert.equal(memo.get('c', () => ++made), 3, 'the newest value stays');
  assert.equal(memo.get('a', () => ++made), 4, 'older ones are made again');
});
