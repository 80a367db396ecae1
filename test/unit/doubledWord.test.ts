import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mayHoldDoubledWord } from '../../server/src/analysis/rules/style/mayHoldDoubledWord';
import { analyze } from '../../server/src/analysis';

/** The rule's own pattern, written out again: the quick test must be false only where this cannot match. */
const DOUBLED = /(?<!\p{L})(\p{L}+)\s+(\1)(?!\p{L})/iu;

describe('mayHoldDoubledWord: the quick test before the doubled-word pattern', () => {
  test('false where no two neighbouring words can be the same', () => {
    for (const text of ['Trump said 🔥.', 'The vote failed, officials said.', 'the, the', 'them the', 'bathe the', 'the-the', 'a 1 a', '👍🏽 👍🏽', '']) {
      assert.equal(mayHoldDoubledWord(text), false, text);
    }
  });

  test('true for a word twice in any case, across any spaces, and whenever a letter beyond ASCII is involved', () => {
    for (const text of ['the the', 'It was The THE end', 'the\u00a0the', 'the \n\t the', 'ſ s', 'Σ σ', 'élan élan', '𝐚 𝐚', 'x 🔥 so so']) {
      assert.equal(mayHoldDoubledWord(text), true, text);
    }
  });

  test('never false where the pattern matches: 20,000 random texts of cased, folded, wide and spaced letters', () => {
    // Words and what parts them, alternating, so that neighbouring words are often alike.
    const words = ['the', 'The', 'THE', 'a', 'A', 'ſ', 's', 'S', '\u212a', 'k', 'K', 'Σ', 'σ', 'ς', 'é', 'É', '😀', '𝐀', '𝐚', '1', 'e\u0301'];
    const parts = [' ', ' ', '  ', '\u00a0', '\n', ', ', '.', '-', '', '😀 '];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    let matched = 0;
    let ruledOut = 0;
    for (let i = 0; i < 20000; i++) {
      let text = words[next(words.length)]!;
      for (let w = next(4); w >= 0; w--) text += parts[next(parts.length)]! + words[next(words.length)]!;
      const may = mayHoldDoubledWord(text);
      if (DOUBLED.test(text)) {
        matched++;
        assert.equal(may, true, JSON.stringify(text));
      } else if (!may) ruledOut++;
    }
    // Both sides are exercised: texts that match, and texts the quick test rules out.
    assert.ok(matched > 1000 && ruledOut > 2000, `matched ${matched}, ruled out ${ruledOut}`);
  });

  test('the rule still finds a doubled word among emoji and after names', () => {
    const text = 'Headline\n\n👍🏽 Trump said the the vote was 🔥.\n';
    const found = analyze(text).findings.filter((f) => f.rule === 'style/doubled-word');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['the']);
  });
});
