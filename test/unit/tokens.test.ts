import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hasLetter, tokenize } from '../../server/src/analysis/entities/tokens';

const cases = (text: string) => tokenize(text, 0, text.length).map((t) => `${t.text}:${t.case}`);

describe('tokenize: the case of words that begin with no cased letter', () => {
  test('figures before capitals are upper case, before small letters none, emoji none', () => {
    const text = '1ST 1st 😀 3D 東京';
    const expected = ['1ST:upper', '1st:none', '😀:none', '3D:upper', '東京:none'];
    assert.deepEqual(cases(text), expected);
  });
});

describe('hasLetter', () => {
  test('letters of any script count; figures, emoji and marks do not', () => {
    for (const word of ['東京', '1st', 'Ölçü', 'ΑΘΗΝΑ']) assert.equal(hasLetter(word), true, word);
    for (const word of ['😀', '1996', '🇺🇸', '—']) assert.equal(hasLetter(word), false, word);
  });
});
