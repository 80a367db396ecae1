import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedMemo } from '../../server/src/analysis/memo';
import { memoSlot, remembered, SentenceMemo } from '../../server/src/analysis/sentenceMemo';

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

test('a sentence memo tells a key not asked from one that found nothing, for every slot', () => {
  const memo = new SentenceMemo();
  // Slots low enough for the memo's bits and beyond them: the two kinds are kept differently.
  for (const slot of [0, 5, 29, 30, 31, 45]) {
    assert.equal(memo.get(slot), undefined, `slot ${slot} before it is asked`);
    memo.set(slot, []);
    assert.deepEqual(memo.get(slot), [], `slot ${slot} after it found nothing`);
  }
  assert.equal(memo.get(6), undefined);
});

test('a sentence memo keeps what each slot found apart, and the latest of a slot set twice', () => {
  const memo = new SentenceMemo();
  const found = [{ start: 1, end: 4 }];
  memo.set(3, found);
  memo.set(40, true);
  memo.set(7, 2);
  memo.set(12, []);
  assert.equal(memo.get(3), found);
  assert.equal(memo.get(40), true);
  assert.equal(memo.get(7), 2);
  assert.deepEqual(memo.get(12), []);
  memo.set(12, found);
  assert.equal(memo.get(12), found);
  memo.set(3, []);
  assert.deepEqual(memo.get(3), []);
  memo.set(40, false);
  assert.equal(memo.get(40), false);
  memo.set(33, []);
  memo.set(33, found);
  assert.equal(memo.get(33), found);
});

test('remembered work runs once per sentence memo', () => {
  const slot = memoSlot(function countWords() {});
  const memo = new SentenceMemo();
  let runs = 0;
  const find = (text: string) => (runs++, text.split(' ').length);
  assert.equal(remembered(memo, slot, find, 'one two three'), 3);
  assert.equal(remembered(memo, slot, find, 'one two three'), 3);
  assert.equal(remembered(undefined, slot, find, 'one two'), 2);
  assert.equal(runs, 2);
});

test('a sentence memo gives back a false or zero answer as it was given, and what replaces it', () => {
  const flag = memoSlot(function isShouting() {});
  const count = memoSlot(function countsShouts() {});
  const mixed = memoSlot(function answersEitherWay() {});
  const signed = memoSlot(function answersMinusZero() {});
  const a = new SentenceMemo();
  const b = new SentenceMemo();
  a.set(flag, false);
  a.set(count, 0);
  b.set(flag, true);
  b.set(count, 3);
  assert.equal(a.get(flag), false);
  assert.equal(a.get(count), 0);
  assert.equal(b.get(flag), true);
  assert.equal(b.get(count), 3);
  a.set(count, 2);
  assert.equal(a.get(count), 2);
  a.set(count, 0);
  assert.equal(a.get(count), 0);
  // A key that answers false one time and 0 another: each memo gives back its own.
  a.set(mixed, false);
  b.set(mixed, 0);
  assert.equal(a.get(mixed), false);
  assert.equal(b.get(mixed), 0);
  a.set(signed, -0);
  assert.ok(Object.is(a.get(signed), -0), '-0 is kept as it was given');
});
