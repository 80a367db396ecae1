import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lineAround, splitLines, trimSpan } from '../../server/src/analysis/article/lines';
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

  test('splits as reading character by character does, on 3,000 random texts of line ends', () => {
    /** The plain reading: each \n, \r\n or lone \r ends a line. */
    function byCharacter(text: string): { start: number; end: number }[] {
      const lines = [];
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        if (text[i] !== '\n' && text[i] !== '\r') continue;
        lines.push({ start, end: i });
        if (text[i] === '\r' && text[i + 1] === '\n') i++;
        start = i + 1;
      }
      lines.push({ start, end: text.length });
      return lines;
    }
    let seed = 41;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pieces = ['\n', '\r', '\r\n', '\n\r', 'a', 'bc', ' '];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: random(12) }, () => pieces[random(pieces.length)]).join('');
      assert.deepEqual(splitLines(text), byCharacter(text), JSON.stringify(text));
    }
  });

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

describe('lineAround', () => {
  /** The same question answered from the whole text split into lines. */
  function fromSplit(text: string, offset: number): { start: number; end: number; eol: string } {
    const lines = splitLines(text);
    let i = lines.length - 1;
    while (lines[i]!.start > offset) i--;
    const line = lines[i]!;
    const next = lines[i + 1];
    const before = lines[i - 1];
    const eol = next ? text.slice(line.end, next.start) : before ? text.slice(before.end, line.start) : '\n';
    return { start: line.start, end: line.end, eol };
  }

  test('examples: the line ending that ends the line, else the one before it, else \\n', () => {
    assert.deepEqual(lineAround('ab\r\ncd', 4), { start: 4, end: 6, eol: '\r\n' });
    assert.deepEqual(lineAround('ab\r\ncd\rx', 4), { start: 4, end: 6, eol: '\r' });
    assert.deepEqual(lineAround('ab\r\ncd', 3), { start: 0, end: 2, eol: '\r\n' }, 'the \\n of \\r\\n belongs to the line before');
    assert.deepEqual(lineAround('only', 2), { start: 0, end: 4, eol: '\n' });
  });

  test('answers as splitting the whole text does, at every offset of 3,000 random texts', () => {
    let seed = 23;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const pieces = ['a', 'bc', ' ', '\n', '\r', '\r\n', '\n\n', '\t'];
    for (let round = 0; round < 3_000; round++) {
      const text = Array.from({ length: random(12) }, () => pieces[random(pieces.length)]).join('');
      for (let offset = 0; offset <= text.length; offset++) {
        assert.deepEqual(lineAround(text, offset), fromSplit(text, offset), `${JSON.stringify(text)} at ${offset}`);
      }
    }
  });
});
