import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LastNearSpellings, misspells, NearSpellings } from '../../server/src/analysis/entities/spelling';

/** The words of `words` that `word` misspells, by comparing it with each. */
function naive(words: ReadonlySet<string>, word: string): string[] {
  return [...words].filter((w) => misspells(w, word)).sort();
}

let seed = 3;
const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
/** Words over a small alphabet, so that many are one edit apart. */
const randomWord = () => Array.from({ length: 3 + random(5) }, () => 'abor'[random(4)]).join('');

describe('near spellings', () => {
  test('finds what `word` misspells: a letter changed, added, dropped or two swapped; not the plural', () => {
    const near = new NearSpellings(new Set(['okafor', 'smith', 'johnson', 'okafors']));
    assert.deepEqual(near.of('okafur'), ['okafor']);
    assert.deepEqual(near.of('johnsen'), ['johnson']);
    assert.deepEqual(near.of('jonhson'), ['johnson']);
    assert.deepEqual(near.of('johnsson'), ['johnson']);
    assert.deepEqual(near.of('okafor'), ['okafors'].filter((w) => misspells(w, 'okafor')));
    assert.deepEqual(near.of('smith'), []);
    assert.deepEqual(near.of('brown'), []);
  });

  test('agrees with comparing every word, on 2,000 random words against random sets', () => {
    for (let round = 0; round < 40; round++) {
      const words = new Set(Array.from({ length: random(30) }, randomWord));
      const near = new NearSpellings(words);
      for (let i = 0; i < 50; i++) {
        const word = randomWord();
        assert.deepEqual([...near.of(word)].sort(), naive(words, word), `${word} against ${[...words].join(' ')}`);
      }
    }
  });

  test('the kept index answers for the set given now, never for the one before', () => {
    const kept = new LastNearSpellings();
    const sets = Array.from({ length: 6 }, () => new Set(Array.from({ length: 1 + random(12) }, randomWord)));
    for (let i = 0; i < 300; i++) {
      // Often the same set again (an edit that leaves the people as they were), as a new object.
      const words = new Set(sets[random(3) === 0 ? random(6) : i % 2]);
      const word = randomWord();
      assert.deepEqual([...kept.for(words).of(word)].sort(), naive(words, word));
    }
    const a = new Set(['okafor']);
    assert.equal(kept.for(a), kept.for(new Set(['okafor'])), 'the same words keep their index');
    assert.notEqual(kept.for(a), kept.for(new Set(['okafor', 'smith'])));
    assert.deepEqual(kept.for(new Set(['smith'])).of('okafur'), []);
  });
});
