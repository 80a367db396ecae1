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

describe('tokenize: characters outside the basic plane', () => {
  const spans = (text: string) => tokenize(text, 0, text.length).map((t) => `${t.text}@${t.start}-${t.end}:${t.word ? 'word' : 'mark'}`);

  test('an emoji is one token of two code units, where it stands; a skin tone is one more', () => {
    assert.deepEqual(spans('Hi 🔥! 👍🏽'), ['Hi@0-2:word', '🔥@3-5:word', '!@5-6:mark', '👍@7-9:word', '🏽@9-11:word']);
  });

  test('letters outside the basic plane stay in their word; a lone surrogate is a mark of its own', () => {
    assert.deepEqual(spans('𝐀𝐁c 𠀀'), ['𝐀𝐁c@0-5:word', '𠀀@6-8:word']);
    assert.deepEqual(spans('a\ud83db'), ['a@0-1:word', '\ud83d@1-2:mark', 'b@2-3:word']);
  });

  test('an emoji token has the same spelling as the text it stands for, however often it recurs', () => {
    const text = '🔥 🔥 🇺🇸';
    for (const t of tokenize(text, 0, text.length)) assert.equal(t.text, text.slice(t.start, t.end));
  });
});

describe('hasLetter', () => {
  test('letters of any script count; figures, emoji and marks do not', () => {
    for (const word of ['東京', '1st', 'Ölçü', 'ΑΘΗΝΑ']) assert.equal(hasLetter(word), true, word);
    for (const word of ['😀', '1996', '🇺🇸', '—']) assert.equal(hasLetter(word), false, word);
  });
});
