import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../server/src/analysis/article/sentences';
import { textsOf } from './helpers';

function split(text: string): string[] {
  return textsOf(text, splitSentences(text, 0, text.length));
}

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['plain sentences', 'The vote passed. Ruiz left early! Why?', ['The vote passed.', 'Ruiz left early!', 'Why?']],
    ['titles before names', 'Gov. Ron DeSantis spoke. Sen. Ted Cruz did not.', ['Gov. Ron DeSantis spoke.', 'Sen. Ted Cruz did not.']],
    ['months before days', 'The vote is on Nov. 5. Polls open at 6.', ['The vote is on Nov. 5.', 'Polls open at 6.']],
    ['initials', 'J. K. Rowling wrote it. She was paid.', ['J. K. Rowling wrote it.', 'She was paid.']],
    ['U.S. before a proper noun', 'They stormed the U.S. Capitol on Jan. 6, 2021.', ['They stormed the U.S. Capitol on Jan. 6, 2021.']],
    ['U.S. at the end of a sentence', 'He returned to the U.S. The trip was short.', ['He returned to the U.S.', 'The trip was short.']],
    ['state abbreviation mid-sentence', 'He plans to return to Butler, Pa., for a rally.', ['He plans to return to Butler, Pa., for a rally.']],
    ['decimals', 'More than 1.3 million listened. It was late.', ['More than 1.3 million listened.', 'It was late.']],
    ['time of day', 'It began at 8 p.m. Monday and ended late.', ['It began at 8 p.m. Monday and ended late.']],
    ['closing quote after the period', '“Yours does not.” Trump then left the stage.', ['“Yours does not.”', 'Trump then left the stage.']],
    ['a quotation and its speaker after it stay together', '“Yours does not.” Trump posted. It was late.', ['“Yours does not.” Trump posted.', 'It was late.']],
    ['question in a quotation before its speaker', '“Is it real?” Trump asked. Nobody knew.', ['“Is it real?” Trump asked.', 'Nobody knew.']],
    ['lowercase after a quotation stays one sentence', '“Go home,” he said. “Now!” she added.', ['“Go home,” he said.', '“Now!” she added.']],
    ['ellipsis before lowercase', 'He paused... and went on. Then he left.', ['He paused... and went on.', 'Then he left.']],
    ['no final punctuation', 'Light on policy detail', ['Light on policy detail']],
    ['whitespace only', '   ', []],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(split(text), expected));

  test('respects the span it is given', () => {
    const text = 'IGNORED. The part. Also this. IGNORED TOO.';
    const start = text.indexOf('The');
    const end = text.indexOf(' IGNORED TOO');
    assert.deepEqual(textsOf(text, splitSentences(text, start, end)), ['The part.', 'Also this.']);
  });
});
