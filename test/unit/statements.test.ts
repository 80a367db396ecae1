import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, isStatement } from '../../server/src/analysis';
import { statementsBy } from '../../server/src/features/attributionHover';

const TEXT = 'Mayor returns\nMayor Ana Ruiz said the bridge was safe. Ruiz plans to return to the site on Monday. “We will rebuild it,” Ruiz said.';

describe('statements on the entity card', () => {
  test('a stance (“plans to return”) sources its sentence but is not a statement', () => {
    const analysis = analyze(TEXT);
    const cues = analysis.attributions.map((a) => [TEXT.slice(a.cue!.start, a.cue!.end), isStatement(a, analysis.copy)]);
    assert.deepEqual(cues, [
      ['said', true],
      ['plans', false],
      ['said', true],
    ]);
  });
  test('the card counts what Ruiz said and quotes her words', () => {
    const analysis = analyze(TEXT);
    const ruiz = analysis.clusters.find((e) => e.name === 'Ana Ruiz')!;
    assert.deepEqual(statementsBy(analysis, ruiz), ['**Said in this story:** 2 statements (1 reported)', '> “We will rebuild it,”']);
  });
});
