import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The language configuration VS Code reads for articles (package.json points at it). */
const CONFIG = JSON.parse(readFileSync(join(__dirname, '..', '..', 'syntaxes', 'language-configuration.json'), 'utf8')) as {
  comments: { blockComment: [string, string] };
  autoClosingPairs: { open: string; close: string }[];
  wordPattern: { pattern: string; flags: string };
};

/** The words VS Code would find in `text` (double-click, word navigation, word highlight). */
function words(text: string): string[] {
  return [...text.matchAll(new RegExp(CONFIG.wordPattern.pattern, `${CONFIG.wordPattern.flags}g`))].map((m) => m[0]);
}

describe('language configuration', () => {
  test('the word pattern keeps hyphenated and apostrophe names, figures and percentages whole', () => {
    assert.deepEqual(words('Kim Jong-un met O’Brien; prices rose 3.5% to 1,200.'), ['Kim', 'Jong-un', 'met', 'O’Brien', 'prices', 'rose', '3.5%', 'to', '1,200']);
  });
  test('the word pattern stops at quotation marks and dashes', () => {
    assert.deepEqual(words('“Yes,” she said — twice.'), ['Yes', 'she', 'said', 'twice']);
  });
  test('curly and straight quotation marks close themselves; editor notes are the block comment', () => {
    const pairs = CONFIG.autoClosingPairs.map((p) => `${p.open}${p.close}`);
    for (const pair of ['“”', '‘’', '""', '()']) assert.ok(pairs.includes(pair), `${pair} does not auto-close`);
    assert.deepEqual(CONFIG.comments.blockComment, ['<!--', '-->']);
  });
});
