import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines, trimSpan } from '../../server/src/analysis/article/lines';
import { textsOf } from './helpers';

describe('splitLines', () => {
  const cases: [string, string, string[]][] = [
    ['LF', 'a\nbb\n', ['a', 'bb', '']],
    ['CRLF', 'a\r\nbb\r\n', ['a', 'bb', '']],
    ['CR alone', 'a\rbb', ['a', 'bb']],
    ['mixed endings', 'a\r\nb\nc\rd', ['a', 'b', 'c', 'd']],
    ['no final newline', 'only', ['only']],
    ['empty text', '', ['']],
    ['blank lines', '\n\n', ['', '', '']],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => assert.deepEqual(textsOf(text, splitLines(text)), expected));
  }

  test('line spans never include the line ending', () => {
    const text = 'x\r\ny\r\n';
    for (const line of splitLines(text)) assert.doesNotMatch(text.slice(line.start, line.end), /[\r\n]/);
  });
});

describe('trimSpan', () => {
  test('drops whitespace (including no-break space) on both sides', () => {
    const text = ' \u00a0 word  \t';
    const s = trimSpan(text, 0, text.length);
    assert.equal(text.slice(s.start, s.end), 'word');
  });
  test('an all-space span trims to an empty span', () => {
    const s = trimSpan('    ', 0, 4);
    assert.equal(s.end - s.start, 0);
  });
});
