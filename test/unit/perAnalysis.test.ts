import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { PerAnalysis } from '../../server/src/perAnalysis';

test('an answer is made once per analysis and kind, and again for a new version', () => {
  const answers = new PerAnalysis();
  const v1 = analyze('Headline\nThe council met on Monday.\n');
  const v2 = analyze('Headline\nThe council met on Tuesday.\n');
  let made = 0;
  const outline = (analysis: typeof v1) => answers.get(analysis, 'symbols', () => ++made);
  assert.equal(outline(v1), 1);
  assert.equal(outline(v1), 1);
  assert.equal(answers.get(v1, 'folding', () => ++made), 2);
  assert.equal(outline(v2), 3);
  assert.equal(made, 3);
});
