import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Finding } from '../../server/src/analysis';
import { applyFixes } from './applyFixes';

const GOOD = [
  'Council passes budget after late-night session',
  'BUTLER, Pa. (AP) — The Butler City Council passed a $48 million budget early Tuesday.',
  '“We did what we had to do,” Council President Ana Ruiz said.',
  'Published at Tue, 13 Aug 2024 09:15:00 +0000',
].join('\n');

function findings(text: string, rule: string): Finding[] {
  return analyze(text).findings.filter((f) => f.rule === rule);
}

describe('the rules find nothing in clean copy', () => {
  test('a well-formed story has no findings at all', () => assert.deepEqual(analyze(GOOD).findings, []));
  test('an empty file has no findings', () => assert.deepEqual(analyze('').findings, []));
});

describe('structure/published-format', () => {
  const rule = 'structure/published-format';
  test('an unreadable stamp is an error on the stamp, saying what was expected', () => {
    const text = GOOD.replace('Tue, 13 Aug 2024 09:15:00 +0000', 'Tuesday 13th August');
    const [f, ...rest] = findings(text, rule);
    assert.deepEqual(rest, []);
    assert.equal(f!.severity, 'error');
    assert.equal(text.slice(f!.start, f!.end), 'Tuesday 13th August');
    assert.match(f!.message, /expected "Mon, 12 Aug 2024 22:47:30 \+0000"/);
    assert.deepEqual(f!.fixes, []);
  });
  test('a stamp whose meaning is certain gets a safe fix that makes it readable', () => {
    const text = GOOD.replace('Tue, 13 Aug 2024 09:15:00 +0000', '2024-08-13T09:15:00Z');
    const [f] = findings(text, rule);
    assert.equal(f!.fixes[0]!.safe, true);
    const fixed = applyFixes(text, f!.fixes[0]!);
    assert.ok(fixed.includes('Published at Tue, 13 Aug 2024 09:15:00 +0000'));
    assert.deepEqual(findings(fixed, rule), []);
  });
  test('a missing stamp is reported on the whole line', () => {
    const text = GOOD.replace(' Tue, 13 Aug 2024 09:15:00 +0000', '');
    const [f] = findings(text, rule);
    assert.equal(text.slice(f!.start, f!.end), 'Published at');
  });
  test('a weekday that does not match its date is not this rule\'s business', () => {
    assert.deepEqual(findings(GOOD.replace('Tue, 13 Aug', 'Fri, 13 Aug'), rule), []);
  });
  test('a stray published line with a broken stamp is reported too', () => {
    assert.equal(findings(`Published at 13 Aug\n${GOOD}`, rule).length, 1);
  });
});

describe('structure/empty-story', () => {
  const rule = 'structure/empty-story';
  test('a headline with no body before its published line', () => {
    const text = `Headline only\nPublished at Tue, 13 Aug 2024 09:15:00 +0000\n${GOOD}`;
    const [f, ...rest] = findings(text, rule);
    assert.deepEqual(rest, []);
    assert.equal(text.slice(f!.start, f!.end), 'Headline only');
  });
  test('a published line with no story above it', () => {
    const text = `${GOOD}\nPublished at Tue, 13 Aug 2024 10:15:00 +0000`;
    const [f] = findings(text, rule);
    assert.match(f!.message, /closes no story/);
  });
  test('a story whose body is only a pasted post is empty of copy', () => {
    assert.equal(findings('Headline\n<a href="https://t.co/x">pic.twitter.com/x</a>', rule).length, 1);
  });
  test('a one-paragraph story is not empty', () => assert.deepEqual(findings('Headline\nOne sentence of copy.', rule), []));
});

describe('structure/unbalanced-quotes', () => {
  const rule = 'structure/unbalanced-quotes';
  test('an unclosed quotation', () => {
    const text = GOOD.replace('we had to do,”', 'we had to do,');
    const [f] = findings(text, rule);
    assert.equal(text.slice(f!.start, f!.end), '“');
    assert.match(f!.message, /never closed/);
  });
  test('an opening mark where the closing one belongs gets an unsafe fix', () => {
    const text = 'Headline\n“You’re all gone.’ “\nThe venue was full.';
    const [f] = findings(text, rule);
    assert.equal(f!.fixes[0]!.safe, false);
    assert.equal(applyFixes(text, f!.fixes[0]!), 'Headline\n“You’re all gone.’”\nThe venue was full.');
  });
  test('a quotation continued over paragraphs is balanced', () => {
    const text = 'Headline\n“We will rebuild.\n“It will take two years,” the mayor said.';
    assert.deepEqual(findings(text, rule), []);
  });
  test('quote marks inside pasted HTML are not checked', () => {
    assert.deepEqual(findings('Headline\nCopy here.\nPost <a href=”https://t.co/x″>pic.twitter.com/x</a>', rule), []);
  });
  test('many stray marks in one paragraph are one finding; another paragraph keeps its own', () => {
    const text = `Headline\nStray ${'“word '.repeat(6)}here.\nThe vote was 5-2.\nThe clerk said “it is done.`;
    const found = findings(text, rule);
    assert.equal(found.length, 2);
    assert.match(found[0]!.message, /^6 quotation marks in this paragraph do not pair up/);
    assert.equal(found[0]!.start, text.indexOf('“'));
    assert.match(found[1]!.message, /never closed/);
    const five = findings(`Headline\nStray ${'“word '.repeat(5)}here.`, rule);
    assert.equal(five.length, 5, 'five are still listed one by one');
  });
  test('apostrophes and inch marks are not quote marks', () => {
    assert.deepEqual(findings('Headline\nThe ’90s TV had a 12" screen, Trump’s aides said.', rule), []);
  });
});

describe('structure/unclosed-note', () => {
  const rule = 'structure/unclosed-note';
  test('a note with no closing marker, fixed safely at the end of its line', () => {
    const text = 'Headline\n<!-- TK: check the figure\nCopy here.';
    const [f] = findings(text, rule);
    assert.equal(text.slice(f!.start, f!.end), '<!--');
    assert.equal(applyFixes(text, f!.fixes[0]!), 'Headline\n<!-- TK: check the figure -->\nCopy here.');
  });
  test('closed notes, including ones over several lines, are fine', () => {
    assert.deepEqual(findings('Headline\n<!-- a\nb -->\nCopy. <!-- c -->', rule), []);
  });
});

describe('rule settings', () => {
  test('a rule set to off reports nothing; another severity replaces the default', () => {
    const text = GOOD.replace('we had to do,”', 'we had to do,');
    const quoteFindings = (rules: Record<string, 'off' | 'error'>) => analyze(text, { rules }).findings.filter((f) => f.rule === 'structure/unbalanced-quotes');
    assert.deepEqual(quoteFindings({ 'structure/unbalanced-quotes': 'off' }), []);
    const [f] = quoteFindings({ 'structure/unbalanced-quotes': 'error' });
    assert.equal(f!.severity, 'error');
  });
});
