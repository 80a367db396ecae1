import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { Outliner } from '../../server/src/analysis/outliner';
import { formatStylish } from '../../server/src/cli/check/formatStylish';
import type { LocatedFinding } from '../../server/src/cli/check/results';

/** More items than a call takes arguments (about 125,000 here): `push(...items)` would throw. */
const MANY = 150_000;

describe('lists longer than a function call takes arguments', () => {
  test('a story of 150,000 one-line paragraphs is analysed, every sentence and every mention of an acronym kept', () => {
    const lines = Array.from({ length: MANY }, (_, i) => `UNSC ${i % 9} Rovers ${i % 7}`);
    const text = `Results\n\nThe United Nations Security Council met on Monday.\n${lines.join('\n')}`;
    const analysis = analyze(text);
    assert.equal(analysis.attribution.sentences.length, MANY + 1);
    const un = analysis.clusters.find((e) => e.name === 'United Nations Security Council');
    assert.ok(un, 'the organization is found');
    assert.ok(un.mentions.length > MANY, `the acronym's mentions join it (${un.mentions.length})`);
  });

  test('one sentence naming a person 150,000 times is analysed', () => {
    const text = `Roll call\n\n${'Smith and '.repeat(MANY)}Jones.`;
    const smith = analyze(text).clusters.find((e) => e.name === 'Smith');
    assert.equal(smith?.mentions.length, MANY);
  });

  test('a file of 150,000 stories is outlined', () => {
    const text = Array.from({ length: MANY }, (_, i) => `Item ${i}\nPublished at Mon, 12 Aug 2024 10:00:00 +0000`).join('\n');
    assert.equal(new Outliner().outline(text).outline.stories.length, MANY);
  });

  test('the command line report lists 150,000 findings of one file', () => {
    const finding: LocatedFinding = { rule: 'style/doubled-word', severity: 'warning', start: 0, end: 7, message: 'Doubled word', fixes: [], line: 1, column: 1, endLine: 1, endColumn: 8 };
    const findings = Array.from({ length: MANY }, (_, i) => ({ ...finding, line: i + 1 }));
    const report = formatStylish([{ path: 'big.article', findings }], false);
    assert.equal(report.split('\n').filter((l) => l.includes('Doubled word')).length, MANY);
    assert.match(report, /150000:1 {2}warning/);
  });
});
