import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openFixture, waitFor } from './helpers';

/** Waits until the file carries a Copydesk diagnostic with this code, and returns it. */
async function diagnosticWithCode(uri: vscode.Uri, code: string): Promise<vscode.Diagnostic> {
  return waitFor(`a ${code} diagnostic on ${uri.fsPath}`, () =>
    vscode.languages.getDiagnostics(uri).find((d) => d.source === 'copydesk' && codeOf(d) === code),
  );
}

describe('Diagnostics', () => {
  it('flags a published line without an RFC 2822 timestamp as structure/published-format', async () => {
    const doc = await openFixture('broken-published.article');
    const diagnostic = await diagnosticWithCode(doc.uri, 'structure/published-format');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.lineAt(diagnostic.range.start.line).text, 'Published at Mon 12 Aug 2024');
  });

  it('flags an unclosed quotation as structure/unbalanced-quotes', async () => {
    const doc = await openFixture('unbalanced-quote.article');
    const diagnostic = await diagnosticWithCode(doc.uri, 'structure/unbalanced-quotes');
    assert.match(doc.lineAt(diagnostic.range.start.line).text, /^“We heard people/);
  });

  it('flags a story with no body copy as structure/empty-story', async () => {
    const doc = await openFixture('no-body.article');
    const diagnostic = await diagnosticWithCode(doc.uri, 'structure/empty-story');
    assert.equal(diagnostic.range.start.line, 0);
  });

  it('does not flag the well-formed published lines of the sample article', async () => {
    const doc = await openFixture('seed-copy.article');
    // The sample has one known finding (a mistyped quote in a pasted embed): wait for it, so
    // the absence checked next is the server's answer and not "not analysed yet".
    await diagnosticWithCode(doc.uri, 'structure/unbalanced-quotes');
    const published = vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'structure/published-format');
    assert.deepEqual(published, []);
  });
});
