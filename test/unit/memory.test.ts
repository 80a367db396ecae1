import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../server/src/analysis';
import { fullCollection as gc } from '../../server/src/fullCollection';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8').trimEnd();

/** Heap in use once the garbage is collected. */
function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Types a long word at 60 places spread over `text` and returns how much the heap grew. Were
 * a version's results to keep that whole version alive, the heap would grow by the text's size
 * (one or two bytes a character) per edit: more than 60 times its length. The last version's
 * results are kept beside the current ones, which accounts for some growth.
 */
const MAX_GROWTH_PER_CHARACTER = 40;
function growthOver60Edits(analyzer: Analyzer, text: string): number {
  analyzer.analyze(text);
  for (const _ of analyzer.prime(text)); // long stories' sentences kept, as when the server is idle
  const before = heapUsed();
  for (let i = 0; i < 60; i++) {
    const at = text.indexOf(' ', Math.floor(((i * 37) % 60) / 60 * text.length)) + 1;
    text = text.slice(0, at) + 'extraordinarily ' + text.slice(at);
    analyzer.analyze(text);
  }
  return heapUsed() - before;
}

describe('editing does not keep old versions of the document alive', () => {
  test('a many-story file', () => {
    const digest = Array.from({ length: 30 }, () => ['musk-trump-x-and-iran.article', 'city-council-budget.article', 'statehouse-vote.article'].map(seed).join('\n')).join('\n');
    const growth = growthOver60Edits(new Analyzer(), digest);
    assert.ok(growth < MAX_GROWTH_PER_CHARACTER * digest.length, `the heap grew by ${(growth / 1e6).toFixed(1)} MB over 60 edits of a ${(digest.length / 1e3).toFixed(0)} KB file`);
  });

  test('one long story, whose sentences keep their work between edits', () => {
    const body = seed('musk-trump-x-and-iran.article').split('Published at')[0]!;
    const story = body + Array.from({ length: 40 }, () => body.slice(body.indexOf('\n') + 1)).join('\n');
    const growth = growthOver60Edits(new Analyzer(0), story);
    assert.ok(growth < MAX_GROWTH_PER_CHARACTER * story.length, `the heap grew by ${(growth / 1e6).toFixed(1)} MB over 60 edits of a ${(story.length / 1e3).toFixed(0)} KB story`);
  });
});

describe('the server collects garbage when it chooses (before priming a long story)', () => {
  test('a full collection frees an object nothing holds any more', async () => {
    let held: number[] | null = Array.from({ length: 10_000 }, (_, i) => i);
    const ref = new WeakRef(held);
    held = null;
    // A weak reference keeps its target until the job that made or read it ends.
    const nextJob = () => new Promise((resolve) => setImmediate(resolve));
    await nextJob();
    assert.notEqual(ref.deref(), undefined, 'nothing collected it on its own yet');
    await nextJob();
    gc();
    assert.equal(ref.deref(), undefined);
  });
});
