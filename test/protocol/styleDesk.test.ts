/**
 * The style-desk sample through the server: the dateline's hover and semantic token, the
 * "Disable RULE for this line" quick fix, and the editor's fix-all on save
 * (`source.fixAll.copydesk`), applied twice.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, MarkupContent, SemanticTokens, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'seeds', 'style-desk.article'), 'utf8');
const URI = 'file:///newsroom/style-desk.article';

function positionOf(text: string, part: string) {
  const offset = text.indexOf(part);
  assert.ok(offset >= 0, `"${part}" not in the sample`);
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'article', 0, text), edits);
}

describe('language server: the style-desk sample', () => {
  let client: TestClient;
  let version = 1;
  before(async () => {
    client = await TestClient.start();
    await client.open(URI, SAMPLE);
  });
  after(() => client.stop());

  /** Replaces the document's text and waits for that version's diagnostics. */
  async function replaceText(text: string): Promise<Diagnostic[]> {
    version++;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ text }] });
    const v = version;
    return (await client.diagnostics(URI, (p) => p.version === v)).diagnostics;
  }

  test('hover on a dateline: city, state spelled out, agency, publication day', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(SAMPLE, 'RALEIGH') });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Dateline\*\* `RALEIGH, NC \(AP\) —`/);
    assert.match(value, /- City: RALEIGH/);
    assert.match(value, /- State: NC \(North Carolina\)/);
    assert.match(value, /- Agency: The Associated Press/);
    assert.match(value, /- Story published: Wednesday, Aug\. 14, 2024/);
  });

  test('semantic tokens: a dateline token over each story’s dateline', async () => {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    const datelines: { line: number; start: number; length: number }[] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4) as [number, number, number, number];
      line += deltaLine;
      start = deltaLine === 0 ? start + deltaStart : deltaStart;
      if (type === 1) datelines.push({ line, start, length }); // 1 = 'dateline' in the legend
    }
    const lines = SAMPLE.split('\n');
    assert.deepEqual(
      datelines.map((d) => lines[d.line]!.slice(d.start, d.start + d.length)),
      ['Portland, ME (Ap) —', 'RALEIGH, NC (AP) —', 'CHICAGO, Ill. (AP)–'],
    );
  });

  test('“Disable RULE for this line” silences that rule on that line only', async () => {
    const { diagnostics } = await client.diagnostics(URI, (p) => p.version === 1);
    const thurs = diagnostics.find((d) => d.code === 'date/weekday-abbreviation')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: thurs.range, context: { diagnostics: [thurs] } });
    const disable = actions.find((a) => a.title === 'Disable date/weekday-abbreviation for this line')!;
    assert.equal(disable.isPreferred, false);
    const [change] = disable.edit!.documentChanges as { textDocument: { uri: string; version: number }; edits: TextEdit[] }[];
    assert.deepEqual(change!.textDocument, { uri: URI, version: 1 }, 'the edit is for the version it was made from');
    const text = applied(SAMPLE, change!.edits);
    const after = await replaceText(text);
    assert.deepEqual(after.filter((d) => d.code === 'date/weekday-abbreviation'), []);
    assert.equal(after.length, diagnostics.length - 1, 'every other finding stays');
    assert.equal(text.replace(/<!-- copydesk-disable-next-line date\/weekday-abbreviation -->\n/, ''), SAMPLE, 'the directive is the only change');
  });

  test('fix-all on save (source.fixAll.copydesk): every safe fix, and nothing left the second time', async () => {
    await replaceText(SAMPLE);
    const ask = () => client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    const [action, ...more] = await ask();
    assert.deepEqual(more, []);
    assert.equal(action!.kind, 'source.fixAll.copydesk');
    const fixed = applied(SAMPLE, action!.edit!.changes![URI]!);
    for (const expected of ['PORTLAND, Maine (Ap) — ', 'Thursday evening', 'at 9 a.m. on Saturday', 'about 40% more', 'Twelve rides', 'checked the wiring', 'RALEIGH, N.C. (AP) — ', 'until September, board', 'at noon to take', 'the third delay', 'since the 1990s', 'by email', 'website', 'CHICAGO (AP) — The Chicago', 'Published at Fri, 16 Aug 2024 21:10:00 +0000']) {
      assert.ok(fixed.includes(expected), `fix-all should write “${expected}”`);
    }
    // Not mechanical, so not applied: the wrong weekday in the body, the ambiguous "next Tuesday".
    assert.ok(fixed.includes('said on Monday, Aug. 13, 2024') && fixed.includes('next Tuesday'));
    const left = await replaceText(fixed);
    assert.deepEqual(await ask(), [], 'a second fix-all has nothing to do');
    assert.deepEqual([...new Set(left.map((d) => d.code))].sort(), ['date/relative-weekday', 'date/weekday-mismatch', 'structure/unused-directive']);
  });
});
