import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, FIXTURES, openFixture, waitFor } from './helpers';

describe('House config (.copydesk.json)', () => {
  const config = vscode.Uri.file(`${FIXTURES}/.copydesk.json`);

  afterEach(async () => {
    try {
      await vscode.workspace.fs.delete(config);
    } catch {
      // already gone
    }
  });

  it('re-checks open articles when .copydesk.json changes', async () => {
    const doc = await openFixture('unbalanced-quote.article');
    const quoteFindings = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'structure/unbalanced-quotes');
    await waitFor('the unbalanced-quote warning', () => quoteFindings().length > 0);

    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify({ rules: { 'structure/unbalanced-quotes': 'off' } })));
    await waitFor('the warning to go once the rule is off', () => quoteFindings().length === 0);

    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(JSON.stringify({ rules: { 'structure/unbalanced-quotes': 'error' } })));
    const [finding] = await waitFor('the finding back as an error', () => {
      const found = quoteFindings();
      return found.length > 0 && found[0]!.severity === vscode.DiagnosticSeverity.Error ? found : undefined;
    });
    assert.equal(finding!.source, 'copydesk');
  });
});
