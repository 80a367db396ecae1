import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, hoverText, openFixture, positionOf, waitFor } from './helpers';

async function hoverAt(uri: vscode.Uri, position: vscode.Position, expected: RegExp): Promise<string> {
  return waitFor(`a hover matching ${expected}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = hoverText(hovers ?? []);
    return expected.test(text) ? text : undefined;
  });
}

describe('Attribution', () => {
  it('attributes “Yours does not.” to Trump, through the post before it', async () => {
    const doc = await openFixture('seed-copy.article');
    await hoverAt(doc.uri, positionOf(doc, 'Yours does not', 2), /Quoted — Donald Trump\*\*, through “posted”/);
  });

  it('attributes “She hasn’t done an interview…” to Trump', async () => {
    const doc = await openFixture('seed-copy.article');
    await hoverAt(doc.uri, positionOf(doc, 'She hasn’t done an interview', 4), /Quoted — Donald Trump\*\*, through “said”/);
  });

  it('warns that "Harris has erased Trump’s lead in opinion polls…" has no source', async () => {
    const doc = await openFixture('seed-copy.article');
    const start = positionOf(doc, 'Harris has erased');
    const claim = await waitFor('an unsourced-claim diagnostic', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'attribution/unsourced-claim' && d.range.start.isEqual(start)),
    );
    assert.equal(claim.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(claim.message, /poll or study finding without a source/);
  });

  it('offers a placeholder attribution and "mark as sourced elsewhere" as quick fixes', async () => {
    const doc = await openFixture('seed-copy.article');
    const start = positionOf(doc, 'Harris has erased');
    const titles = await waitFor('quick fixes for the claim', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(start, start));
      const found = (actions ?? []).map((a) => a.title);
      return found.some((t) => t.includes('[SOURCE]')) ? found : undefined;
    });
    assert.ok(titles.includes('Mark as sourced elsewhere (adds an editor note)'), titles.join(' | '));
  });

  it('lists the story’s sources in the outline', async () => {
    const doc = await openFixture('seed-copy.article');
    const symbols = await waitFor('the outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return found && found.length === 2 ? found : undefined;
    });
    const sources = symbols[1].children.find((c) => c.name === 'Sources')?.children.map((c) => c.name) ?? [];
    assert.ok(sources.includes('John Kirby') && sources.includes('Justin Trudeau'), sources.join(', '));
  });
});
