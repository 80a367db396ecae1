import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commonPrefixLength, commonSuffixLength } from '../../server/src/analysis/unchanged';

/** The lengths worked out one character at a time. */
function slowPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
function slowSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n < max && n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

test('shared start and end of two texts, across block boundaries', () => {
  const base = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
  for (const at of [0, 1, 4095, 4096, 4097, 8192, 12_345, 19_999, 20_000]) {
    for (const [name, edited] of [
      ['insert', base.slice(0, at) + 'XY' + base.slice(at)],
      ['delete', base.slice(0, at) + base.slice(at + 3)],
      ['replace', base.slice(0, at) + '’' + base.slice(at + 1)],
    ] as const) {
      const prefix = commonPrefixLength(base, edited);
      assert.equal(prefix, slowPrefix(base, edited), `${name} at ${at}: prefix`);
      const room = Math.min(base.length, edited.length) - prefix;
      assert.equal(commonSuffixLength(base, edited, room), slowSuffix(base, edited, room), `${name} at ${at}: suffix`);
    }
  }
});

test('identical, empty and unrelated texts', () => {
  assert.equal(commonPrefixLength('same text', 'same text'), 9);
  assert.equal(commonSuffixLength('same text', 'same text', 0), 0, 'the suffix never overlaps the prefix');
  assert.equal(commonPrefixLength('', 'abc'), 0);
  assert.equal(commonSuffixLength('abc', '', 3), 0);
  assert.equal(commonPrefixLength('abc', 'xyz'), 0);
  assert.equal(commonSuffixLength('abc', 'xbc', 3), 2);
});
