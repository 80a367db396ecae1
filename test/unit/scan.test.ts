import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allMatches, matchesStartingIn } from '../../server/src/analysis/article/scan';
import { splitSentences } from '../../server/src/analysis/article/sentences';
import { findDateline } from '../../server/src/analysis/article/dateline';
import { textsOf } from './helpers';
import { analyze, applyEdits } from '../../server/src/analysis';
import { findEditorNotes } from '../../server/src/analysis/article/notes';

const starts = (pattern: RegExp, text: string, start: number, end: number, context = 0) => [...matchesStartingIn(pattern, text, start, end, context)].map((m) => [m.index, m[0]]);

describe('matchesStartingIn', () => {
  test('finds the matches that start in the span, at their places in the text', () => {
    const text = '"a" "b" "c" "d"';
    assert.deepEqual(starts(/"/g, text, 4, 9), [[4, '"'], [6, '"'], [8, '"']]);
  });

  test('does not report a match before the span, at its end or after it', () => {
    const text = 'x. y. z. w.';
    assert.deepEqual(starts(/\./g, text, 3, 7), [[4, '.']]);
    assert.deepEqual(starts(/\./g, text, 2, 4), []);
    assert.deepEqual(starts(/\./g, 'no marks here at all', 0, 20), []);
  });

  test('its look-behinds see `context` characters before the span', () => {
    const text = '!! Next';
    // The second mark follows a mark: with one character of context the pattern sees it.
    assert.deepEqual(starts(/(?<!!)!/g, text, 1, 7, 1), []);
    assert.deepEqual(starts(/(?<!!)!/g, text, 1, 7, 0), [[1, '!']]);
  });

  test('its look-aheads see `context` characters after the span', () => {
    assert.deepEqual(starts(/-(?=\s)/g, 'A -\nB', 0, 3, 1), [[2, '-']]);
    assert.deepEqual(starts(/-(?=\s)/g, 'A -\nB', 0, 3, 0), []);
  });

  test('with look-arounds of one character, one character of context finds what a search of the whole text finds', () => {
    const pattern = /(?<![.!])[.!](?=\s)/g;
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 1 + random(30) }, () => 'a.! \n'[random(5)]).join('');
      const start = random(text.length + 1);
      const end = start + random(text.length - start + 1);
      const whole = [...text.matchAll(pattern)].filter((m) => m.index >= start && m.index < end).map((m) => [m.index, m[0]]);
      assert.deepEqual(starts(pattern, text, start, end, 1), whole, JSON.stringify({ text, start, end }));
    }
  });
});

describe('searches bounded to their paragraph keep their results', () => {
  test('sentence splitting sees the mark before a span that starts inside a run of marks', () => {
    const text = 'Wow!! Next one here. Last.';
    const start = text.indexOf('! Next');
    assert.deepEqual(textsOf(text, splitSentences(text, start, text.length)), ['! Next one here.', 'Last.']);
  });

  test('a dateline dash at the very end of its paragraph is found by the line break after it', () => {
    const text = 'WASHINGTON (AP)-\nThe Senate voted.';
    assert.equal(findDateline(text, { start: 0, end: text.indexOf('\n') })?.text, 'WASHINGTON (AP)-');
  });
});

describe('worked out by reading back or once, not by searching the rest of the text', () => {
  const unattributed = (text: string) => analyze(text).findings.find((f) => f.rule === 'attribution/unattributed-quote')!;

  test('“mark as sourced” puts its note at the start of the quotation’s line, with the line’s own ending', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['Headline for the story', 'The council met late.', '  “We will rebuild the bridge by spring.”', 'The vote was 5-2.'].join(eol);
      const edit = unattributed(text).fixes[1]!.edits[0]!;
      assert.equal(edit.start, text.indexOf('  “We'), JSON.stringify(eol));
      assert.equal(edit.newText, `  <!-- copydesk-disable-next-line attribution/unattributed-quote -- sourced elsewhere -->${eol}`);
    }
  });

  test('on the last line, the note takes the ending of the line before', () => {
    const text = 'Headline for the story\r\nThe council met late.\r\n“We will rebuild the bridge by spring.”';
    assert.match(unattributed(text).fixes[1]!.edits[0]!.newText, /-->\r\n$/);
  });

  test('a spelled-out ordinal is capitalized where it opens the sentence, not elsewhere', () => {
    const fixed = (body: string) => analyze(`Headline\n\n${body}`).findings.find((f) => f.rule === 'style/ordinal')!.fixes[0]!.edits[0]!.newText;
    assert.equal(fixed('3rd place went to Ruiz, officials said.'), 'Third');
    assert.equal(fixed('Ruiz came 3rd, officials said.'), 'third');
  });

  test('two insertions at one place go in the reverse of their order', () => {
    assert.equal(applyEdits('ab', [{ start: 1, end: 1, newText: 'X' }, { start: 1, end: 1, newText: 'Y' }]), 'aYXb');
    assert.equal(applyEdits('abcd', [{ start: 3, end: 4, newText: '' }, { start: 0, end: 1, newText: 'A' }, { start: 2, end: 2, newText: '-' }]), 'Ab-c');
  });

  test('unclosed editor notes each end at their line; a later `-->` still closes the one before it', () => {
    const text = 'a <!-- one\nb <!-- two\nc <!-- three -->\nd <!-- four\ne';
    const notes = findEditorNotes(text).map((n) => [text.slice(n.start, n.end), n.closed]);
    assert.deepEqual(notes, [['<!-- one\nb <!-- two\nc <!-- three -->', true], ['<!-- four', false]]);
    const open = 'a <!-- one\nb <!-- two\nc';
    assert.deepEqual(findEditorNotes(open).map((n) => open.slice(n.start, n.end)), ['<!-- one', '<!-- two']);
  });
});

describe('the line ending of a “mark as sourced” note', () => {
  test('in a file of mixed line ends, the note takes the ending of its own line', () => {
    const text = 'Headline for the story\r\rThe council met late.\r  “We will rebuild the bridge by spring.”\rThe vote was 5-2.\nThe mayor left early.\n';
    const note = analyze(text).findings.find((f) => f.rule === 'attribution/unattributed-quote')!.fixes[1]!.edits[0]!.newText;
    assert.match(note, /-->\r$/);
  });

  test('an ordinal after a full stop inside a sentence (an abbreviation) is capitalized', () => {
    const fix = analyze('Headline\n\nThe vote was at 5 p.m. 3rd time, officials said.').findings.find((f) => f.rule === 'style/ordinal');
    assert.equal(fix?.fixes[0]!.edits[0]!.newText, 'Third');
  });
});

describe('allMatches', () => {
  test('every match with its index, wherever the pattern was left, and the pattern left at the start', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 5;
    assert.deepEqual(allMatches(pattern, 'a1 b22 c333').map((m) => [m[0], m.index]), [['1', 1], ['22', 4], ['333', 8]]);
    assert.equal(pattern.lastIndex, 0);
  });

  test('an empty match does not hold the search in place', () => {
    assert.deepEqual(allMatches(/x*/g, 'ab').map((m) => m.index), [0, 1, 2]);
  });
});
