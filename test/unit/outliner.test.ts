import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outlineFile } from '../../server/src/analysis/article/parse';
import { Outliner } from '../../server/src/analysis/outliner';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const DIGEST = readFileSync(join(SEEDS, 'wire-digest.story'), 'utf8') + readFileSync(join(SEEDS, 'city-council-budget.article'), 'utf8');

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

test('the outline of each edited version equals one made from scratch', () => {
  // Edits that make, break and move published lines, line endings and notes.
  const pieces = ['Published at Mon, 12 Aug 2024 22:47:30 +0000', '\n', '\r\n', '\r', 'P', 'x', ' ', '<!--', '-->', '\nPublished at Tue, 13 Aug 2024 09:15:00 +0000\n'];
  for (const seed of [1, 2, 3]) {
    const next = random(seed);
    const outliner = new Outliner();
    let text = seed === 3 ? DIGEST.replace(/\n/g, '\r\n') : DIGEST;
    for (let i = 0; i < 300; i++) {
      assert.deepEqual(outliner.outline(text).outline, outlineFile(text), `seed ${seed}, edit ${i}`);
      const at = Math.floor(next() * (text.length + 1));
      if (next() < 0.4) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 8));
      else text = text.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + text.slice(at);
    }
  }
});

test('an edit to the last character of a published line, or the line break before it, is seen', () => {
  const outliner = new Outliner();
  const stamp = DIGEST.indexOf('+0000') + '+0000'.length;
  const lineBreak = DIGEST.indexOf('Published at') - 1;
  assert.equal(DIGEST[lineBreak], '\n');
  const versions = [
    DIGEST,
    DIGEST.slice(0, stamp - 1) + 'x' + DIGEST.slice(stamp), // `+000x`: no longer a stamp
    DIGEST,
    DIGEST.slice(0, stamp) + ' and more' + DIGEST.slice(stamp), // words after the stamp
    DIGEST,
    DIGEST.slice(0, lineBreak) + DIGEST.slice(lineBreak + 1), // the line break before it gone: no longer a line of its own
    DIGEST,
  ];
  for (const text of versions) assert.deepEqual(outliner.outline(text).outline, outlineFile(text));
});
