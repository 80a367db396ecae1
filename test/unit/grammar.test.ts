import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');
let grammar: IGrammar;

/** Tokenizes the grammar in syntaxes/ with the same TextMate engine and regex library VS Code uses. */
before(async () => {
  const wasm = readFileSync(join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async () => parseRawGrammar(readFileSync(join(ROOT, 'syntaxes/article.tmLanguage.json'), 'utf8'), 'article.tmLanguage.json'),
  });
  grammar = (await registry.loadGrammar('text.article'))!;
});

/** The scopes of every token, line by line, as `text → innermost scope`. */
function scopesOf(text: string): { text: string; scopes: string[] }[][] {
  let stack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

function scopeOf(text: string, part: string): string[] {
  const token = scopesOf(text).flat().find((t) => t.text.includes(part));
  assert.ok(token, `no token holds "${part}"`);
  return token.scopes;
}

const has = (scopes: string[], name: string) => scopes.some((s) => s.startsWith(name));

describe('TextMate grammar', () => {
  test('a curly quotation is a string, the attribution verb after it is not', () => {
    const line = '“We are ready,” Ruiz said.';
    assert.ok(has(scopeOf(line, 'We are ready'), 'string.quoted.double'));
    assert.ok(has(scopeOf(line, 'said'), 'keyword.other.attribution'));
    assert.ok(!has(scopeOf(line, 'Ruiz'), 'string'));
  });
  test('an unclosed quotation colours only the rest of its own line', () => {
    const lines = scopesOf('He said “this never closes\nThe next paragraph is plain.');
    assert.ok(lines[0]!.some((t) => t.text.includes('never closes') && has(t.scopes, 'string')));
    assert.ok(lines[1]!.every((t) => !has(t.scopes, 'string')));
  });
  test('nested single quotes inside double quotes', () => {
    assert.ok(has(scopeOf('“You say: ‘You want to quit?’ They strike.”', 'You want to quit?'), 'string.quoted.single.nested'));
  });
  test('apostrophes do not open quotations', () => {
    const line = 'Trump’s aides said the voters’ mood was sour.';
    assert.ok(scopesOf(line).flat().every((t) => !has(t.scopes, 'string')));
  });
  test('the published line', () => {
    const line = 'Published at Mon, 12 Aug 2024 22:47:30 +0000';
    assert.ok(has(scopeOf(line, 'Published at'), 'keyword.other.published'));
    assert.ok(has(scopeOf(line, '12 Aug 2024'), 'constant.other.date.published'));
  });
  test('editor notes and directives inside them', () => {
    const line = 'Copy. <!-- copydesk-disable-next-line structure/unbalanced-quotes -->';
    assert.ok(has(scopeOf(line, 'copydesk-disable-next-line'), 'keyword.control.directive'));
    assert.ok(has(scopeOf(line, 'structure/unbalanced-quotes'), 'constant.other.rule-id'));
    assert.ok(has(scopeOf(line, '-->'), 'comment.block.editor-note'));
  });
  test('an unclosed editor note ends at the end of its line', () => {
    const lines = scopesOf('<!-- TK check\nPlain copy.');
    assert.ok(lines[1]!.every((t) => !has(t.scopes, 'comment')));
  });
  test('embeds, links and handles', () => {
    const line = 'Great start <a href=”https://t.co/JoY2″>pic.twitter.com/JoY2</a>';
    assert.ok(has(scopeOf(line, 'href'), 'meta.embed.tag'));
    assert.ok(has(scopeOf('—@esjesjesj', '@esjesjesj'), 'meta.embed.signature'));
    assert.ok(has(scopeOf('See https://example.com/a now', 'https://example.com/a'), 'markup.underline.link'));
    assert.ok(has(scopeOf('He wrote to @copydesk on X.', '@copydesk'), 'entity.name.tag.handle'));
    assert.ok(!has(scopeOf('Mail ruiz@example.com today', 'example.com'), 'entity.name.tag.handle'));
  });
});
