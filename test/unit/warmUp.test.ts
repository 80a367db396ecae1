import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, Analyzer, type Analysis } from '../../server/src/analysis';
import { afterWarmUp } from '../../server/src/warmUp';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const body = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8').split('Published at')[0]!;
/** One story of about 80 KB: more than the warm-up's sample. */
const LONG_STORY = body + Array.from({ length: 16 }, () => body.slice(body.indexOf('\n') + 1)).join('\n');

/** How many pauses a run makes, and what it returns. */
function run(steps: Generator<void, Analysis, void>): { pauses: number; analysis: Analysis } {
  let pauses = 0;
  for (let step = steps.next(); ; step = steps.next(), pauses++) if (step.done) return { pauses, analysis: step.value };
}

describe('the warm-up before a long document is read', () => {
  test('reads a sample of the document first, then gives the document’s analysis as from scratch', () => {
    const alone = run(new Analyzer().steps(LONG_STORY, {}));
    const warmed = run(afterWarmUp(LONG_STORY, {}, new Analyzer().steps(LONG_STORY, {})));
    assert.ok(warmed.pauses > 2 * alone.pauses, `${warmed.pauses} pauses with the warm-up, ${alone.pauses} without: the sample is read and edited`);
    assert.equal(JSON.stringify(warmed.analysis), JSON.stringify(analyze(LONG_STORY)));
  });

  test('the document’s analyzer edits as from scratch after it', () => {
    const analyzer = new Analyzer();
    run(afterWarmUp(LONG_STORY, {}, analyzer.steps(LONG_STORY, {})));
    let text = LONG_STORY;
    for (const [at, typed] of [[5000, 'x'], [20000, ' Smith'], [60000, '“'], [300, '\n\n']] as const) {
      text = text.slice(0, at) + typed + text.slice(at);
      assert.equal(JSON.stringify(analyzer.analyze(text)), JSON.stringify(analyze(text)), `after typing ${JSON.stringify(typed)} at ${at}`);
    }
  });
});
