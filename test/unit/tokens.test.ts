import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticleFile } from '../../server/src/analysis/article/parse';
import { tokenizeStory } from '../../server/src/analysis/storyText';
import { firstTokenAt, hasLetter, offsetIn, offsetsOf, tokenEnd, tokenize, tokenizeSlice, tokenStart, wordForms, type PlacedTokens } from '../../server/src/analysis/entities/tokens';

/** Each token of [start, end) of `text` with where it stands. */
function placed(text: string, start = 0, end = text.length) {
  const p = tokenize(text, start, end);
  return p.tokens.map((t, i) => ({ text: t.text, case: t.case, word: t.word, start: tokenStart(p, i), end: tokenEnd(p, i) }));
}

const cases = (text: string) => placed(text).map((t) => `${t.text}:${t.case}`);

describe('tokenize: the case of words that begin with no cased letter', () => {
  test('figures before capitals are upper case, before small letters none, emoji none', () => {
    const text = '1ST 1st 😀 3D 東京';
    const expected = ['1ST:upper', '1st:none', '😀:none', '3D:upper', '東京:none'];
    assert.deepEqual(cases(text), expected);
  });
});

describe('tokenize: characters outside the basic plane', () => {
  const spans = (text: string) => placed(text).map((t) => `${t.text}@${t.start}-${t.end}:${t.word ? 'word' : 'mark'}`);

  test('an emoji is one token of two code units, where it stands; a skin tone is one more', () => {
    assert.deepEqual(spans('Hi 🔥! 👍🏽'), ['Hi@0-2:word', '🔥@3-5:word', '!@5-6:mark', '👍@7-9:word', '🏽@9-11:word']);
  });

  test('letters outside the basic plane stay in their word; a lone surrogate is a mark of its own', () => {
    assert.deepEqual(spans('𝐀𝐁c 𠀀'), ['𝐀𝐁c@0-5:word', '𠀀@6-8:word']);
    assert.deepEqual(spans('a\ud83db'), ['a@0-1:word', '\ud83d@1-2:mark', 'b@2-3:word']);
  });

  test('an emoji token has the same spelling as the text it stands for, however often it recurs', () => {
    const text = '🔥 🔥 🇺🇸';
    for (const t of placed(text)) assert.equal(t.text, text.slice(t.start, t.end));
  });
});

describe('tokenize: where tokens stand', () => {
  const text = '“Gov. Ana Ruiz’s Iran-backed plan,” said J. K. Smith — in 2024.';

  test('every token reads back from its start and end, also in a part of the text', () => {
    for (const t of placed(text)) assert.equal(text.slice(t.start, t.end), t.text);
    const from = text.indexOf('said');
    const part = placed(text, from, text.length);
    assert.equal(part[0]!.start, from);
    for (const t of part) assert.equal(text.slice(t.start, t.end), t.text);
  });

  test('kept tokens share one token per spelling and stand where tokens made afresh do', () => {
    const forms = wordForms();
    const twice = `${text} ${text}`;
    const kept = tokenizeSlice(twice, forms);
    const fresh = tokenizeSlice(twice);
    assert.deepEqual(kept.offsets, fresh.offsets);
    assert.deepEqual(kept.tokens.map((t) => `${t.text}:${t.case}:${t.word}`), fresh.tokens.map((t) => `${t.text}:${t.case}:${t.word}`));
    const half = kept.tokens.length / 2;
    for (let i = 0; i < half; i++) assert.equal(kept.tokens[i], kept.tokens[half + i], kept.tokens[i]!.text);
    assert.notEqual(fresh.tokens[1], fresh.tokens[half + 1], 'a passing analysis makes its own');
  });

  test('a story read afresh with spellings shares one token per spelling, its sentences as without', () => {
    const story = `Budget talks resume\n\nMinister Ana Ruiz said the budget talks would resume. Ruiz said the budget was sound.\n\nThe budget talks resume on Monday, Ruiz said.`;
    const { file, copy } = parseArticleFile(story);
    const shared = tokenizeStory(copy, file.stories[0]!, undefined, wordForms());
    const own = tokenizeStory(copy, file.stories[0]!);
    const read = (list: typeof own) => list.map((s) => ({ start: s.start, end: s.end, kind: s.kind, offsets: s.offsets, tokens: s.tokens.map((t) => `${t.text}:${t.case}:${t.word}`) }));
    assert.deepEqual(read(shared), read(own));
    const budgets = shared.flatMap((s) => s.tokens.filter((t) => t.text === 'budget'));
    assert.equal(budgets.length, 3);
    assert.equal(new Set(budgets).size, 1, 'one token for the three');
    const ownBudgets = own.flatMap((s) => s.tokens.filter((t) => t.text === 'budget'));
    assert.equal(new Set(ownBudgets).size, 3, 'without spellings, each its own');
  });

  test('a sentence placed elsewhere keeps its offsets and moves by its start', () => {
    const p = tokenize(text, 0, text.length);
    const moved: PlacedTokens = { ...p, start: 100 };
    for (let i = 0; i < p.tokens.length; i++) assert.equal(tokenStart(moved, i), tokenStart(p, i) + 100);
  });
});

describe('hasLetter', () => {
  test('letters of any script count; figures, emoji and marks do not', () => {
    for (const word of ['東京', '1st', 'Ölçü', 'ΑΘΗΝΑ']) assert.equal(hasLetter(word), true, word);
    for (const word of ['😀', '1996', '🇺🇸', '—']) assert.equal(hasLetter(word), false, word);
  });
});

describe('tokenize: offsets kept as characters', () => {
  /** Each token's start, by `tokenStart` and by searching the text from the last one's end. */
  function startsBothWays(text: string): { read: number[]; searched: number[] } {
    const p = tokenize(text, 0, text.length);
    const read = p.tokens.map((_, i) => tokenStart(p, i));
    let from = 0;
    const searched = p.tokens.map((t) => {
      const at = text.indexOf(t.text, from);
      from = at + t.text.length;
      return at;
    });
    return { read, searched };
  }

  test('a sentence under 256 characters keeps one byte per token, and its starts read back', () => {
    const text = 'Officials said on Tuesday that the bridge, closed since March, would reopen.';
    const p = tokenize(text, 0, text.length);
    assert.equal(p.offsets.length, p.tokens.length);
    const { read, searched } = startsBothWays(text);
    assert.deepEqual(read, searched);
  });

  test('a run longer than 65,536 characters keeps two units a token, and its starts read back', () => {
    const text = `${'Rovers 2 United 1, '.repeat(4000)}final.`;
    assert.ok(text.length > 0x10000);
    const p = tokenize(text, 0, text.length);
    assert.equal(p.offsets.length, 2 * p.tokens.length, 'the wide form');
    const { read, searched } = startsBothWays(text);
    assert.deepEqual(read, searched);
    const last = p.tokens.length - 1;
    assert.equal(tokenStart(p, last), text.length - 1, 'the final full stop, past 65,536');
    assert.equal(firstTokenAt(p, 70_000), read.findIndex((start) => start >= 70_000));
  });

  test('offsets past the size of one call are made in chunks, in order', () => {
    const list = Array.from({ length: 10_000 }, (_, i) => i * 3);
    const offsets = offsetsOf(list);
    assert.deepEqual(Array.from({ length: list.length }, (_, i) => offsetIn(offsets, list.length, i)), list);
    assert.equal(offsetsOf([]), '');
  });
});
