import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';

const UNCLOSED = '“We did what we had to do, Ruiz said.';
/** Structure findings only: the fixture's unclosed quotation also has no speaker, which other tests cover. */
const structural = (text: string, options = {}) => analyze(text, options).findings.filter((f) => f.rule.startsWith('structure/'));
const rulesOf = (text: string) => structural(text).map((f) => f.rule);

describe('inline directives', () => {
  test('without a directive the finding is reported', () => {
    assert.deepEqual(rulesOf(`Headline\n${UNCLOSED}`), ['structure/unbalanced-quotes']);
  });

  test('disable-next-line silences the named rule on the next non-blank line', () => {
    const text = `Headline\n<!-- copydesk-disable-next-line structure/unbalanced-quotes -->\n\n${UNCLOSED}`;
    assert.deepEqual(rulesOf(text), []);
  });

  test('disable-next-line reaches one line only', () => {
    const text = `Headline\n<!-- copydesk-disable-next-line structure/unbalanced-quotes -->\nCopy.\n${UNCLOSED}`;
    assert.deepEqual(rulesOf(text), ['structure/unused-directive', 'structure/unbalanced-quotes']);
  });

  test('disable-line silences findings on the note\'s own line', () => {
    assert.deepEqual(rulesOf(`Headline\n${UNCLOSED} <!-- copydesk-disable-line structure/unbalanced-quotes -->`), []);
  });

  test('disable … enable covers the lines between, and only those', () => {
    const text = [
      'Headline',
      '<!-- copydesk-disable structure/unbalanced-quotes -->',
      UNCLOSED,
      '<!-- copydesk-enable structure/unbalanced-quotes -->',
      'We did what we had to do,” Ruiz said.',
    ].join('\n');
    const found = structural(text);
    assert.deepEqual(found.map((f) => f.rule), ['structure/unbalanced-quotes']);
    assert.ok(found[0]!.start > text.indexOf('copydesk-enable'));
  });

  test('a family wildcard and a directive naming no rule both cover every rule they match', () => {
    assert.deepEqual(rulesOf(`Headline\n<!-- copydesk-disable-next-line structure/* -->\n${UNCLOSED}`), []);
    assert.deepEqual(rulesOf(`Headline\n<!-- copydesk-disable-next-line -->\n${UNCLOSED}`), []);
  });

  test('a reason after -- is allowed', () => {
    const text = `Headline\n<!-- copydesk-disable-next-line structure/unbalanced-quotes -- the quote runs on in the sidebar -->\n${UNCLOSED}`;
    assert.deepEqual(rulesOf(text), []);
  });

  test('a directive that suppresses nothing is a hint on the rule name, marked unnecessary', () => {
    const text = 'Headline\n<!-- copydesk-disable-next-line structure/unbalanced-quotes -->\nClean copy.';
    const [f, ...rest] = structural(text);
    assert.deepEqual(rest, []);
    assert.equal(f!.rule, 'structure/unused-directive');
    assert.equal(f!.severity, 'hint');
    assert.equal(f!.unnecessary, true);
    assert.equal(text.slice(f!.start, f!.end), 'structure/unbalanced-quotes');
  });

  test('a directive naming no real rule says so', () => {
    const text = `Headline\n<!-- copydesk-disable-next-line structure/unbalanced-quote -->\n${UNCLOSED}`;
    const messages = structural(text).map((f) => `${f.rule}: ${f.message}`);
    assert.ok(messages.some((m) => /structure\/unused-directive: "structure\/unbalanced-quote" is not a Copydesk rule/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('structure/unbalanced-quotes')));
  });

  test('an enable with no disable before it is a hint', () => {
    const text = 'Headline\nCopy.\n<!-- copydesk-enable structure/unbalanced-quotes -->';
    assert.match(structural(text)[0]!.message, /has no copydesk-disable before it/);
  });

  test('a directive for a rule that settings switched off is not reported as unused', () => {
    const text = 'Headline\n<!-- copydesk-disable-next-line structure/unbalanced-quotes -->\nClean copy.';
    assert.deepEqual(structural(text, { rules: { 'structure/unbalanced-quotes': 'off' } }), []);
  });

  test('of two directives covering one finding, the first in the text silences it and the second is reported unused', () => {
    const text = `Headline\n<!-- copydesk-disable structure/* -->\n${UNCLOSED} <!-- copydesk-disable-line structure/unbalanced-quotes -->`;
    const found = structural(text);
    assert.deepEqual(found.map((f) => f.rule), ['structure/unused-directive']);
    assert.equal(text.slice(found[0]!.start, found[0]!.end), 'structure/unbalanced-quotes');
    assert.ok(found[0]!.start > text.indexOf('disable-line'), 'the hint is on the later directive');
  });

  test('a disable ends at whichever comes first: an enable of its rule or an enable of every rule', () => {
    // A doubled word before the first enable, one between the enables, one after both.
    const doubled = 'It was the the end.';
    const text = (first: string, second: string) =>
      ['Headline', '<!-- copydesk-disable style/doubled-word -->', doubled, first, doubled, second, doubled].join('\n\n');
    const reported = (t: string) =>
      analyze(t).findings.filter((f) => /^(style\/doubled|structure\/unused)/.test(f.rule)).map((f) => `${f.rule} at ${t.slice(0, f.start).split('\n\n').length}`);
    assert.deepEqual(reported(text('<!-- copydesk-enable -->', '<!-- copydesk-enable style/doubled-word -->')), [
      'style/doubled-word at 5',
      'structure/unused-directive at 6',
      'style/doubled-word at 7',
    ], 'the enable of every rule ends it; the later one has nothing to end');
    assert.deepEqual(reported(text('<!-- copydesk-enable style/doubled-word -->', '<!-- copydesk-enable -->')), [
      'style/doubled-word at 5',
      'structure/unused-directive at 6',
      'style/doubled-word at 7',
    ], 'the enable of its rule ends it');
    assert.deepEqual(reported(text('<!-- copydesk-enable style/percent -->', '<!-- copydesk-enable -->')), [
      'structure/unused-directive at 4',
      'style/doubled-word at 7',
    ], 'an enable of another rule does not end it');
  });

  test('20,000 lines, each with its own directive and finding: every finding silenced, no directive unused', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `Line ${i} “opens <!-- copydesk-disable-line structure/unbalanced-quotes -->`);
    assert.deepEqual(rulesOf(`Headline\n${lines.join('\n')}`), []);
  });

  test('a note that is not a directive is left alone', () => {
    assert.deepEqual(rulesOf(`Headline\n<!-- copydesk is great -->\nClean copy.`), []);
  });
});
