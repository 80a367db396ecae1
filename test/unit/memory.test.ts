import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../server/src/analysis';
import { constants } from 'node:perf_hooks';
import { collectingAsItGrows, fullCollection as gc } from '../../server/src/fullCollection';

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
  analyzer.analyze(text); // long stories keep their sentences' work from the first reading
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

describe('the server collects garbage when it chooses (as a long document is first read)', () => {
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

describe('a first reading collects as the heap grows', () => {
  /** Full collections the server forced while `run` went on. */
  async function forcedCollections(run: () => void): Promise<number> {
    let forced = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if ((((entry as { detail?: { flags?: number } }).detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0) forced++;
    });
    observer.observe({ entryTypes: ['gc'] });
    run();
    await new Promise((resolve) => setTimeout(resolve, 50)); // entries arrive in a later turn
    observer.disconnect();
    return forced;
  }

  /** Three steps that each keep 8 MB, then a result. */
  function* growing(): Generator<void, string, void> {
    const kept: number[][] = [];
    for (let i = 0; i < 3; i++) {
      kept.push(new Array<number>(1_000_000).fill(i + 0.5));
      yield;
    }
    return `kept ${kept.length}`;
  }

  function drive(steps: Generator<void, string, void>): string {
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  test('steps that grow the heap past the allowance are each followed by a collection; the result comes through', async () => {
    let result = '';
    const forced = await forcedCollections(() => (result = drive(collectingAsItGrows(growing(), 4e6))));
    assert.equal(result, 'kept 3');
    assert.equal(forced, 3);
  });

  test('steps within the allowance run no collection', async () => {
    let result = '';
    const forced = await forcedCollections(() => (result = drive(collectingAsItGrows(growing(), 1e9))));
    assert.equal(result, 'kept 3');
    assert.equal(forced, 0);
  });
});
