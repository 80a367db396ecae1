import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, waitFor } from './helpers';
import { PREFIX } from './reporter';

describe('Activation', () => {
  it('activates when the first article is opened, and reports how long it took', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this editor`);
    const wasActive = extension.isActive;
    const started = Date.now();
    const doc = await vscode.workspace.openTextDocument(fixtureUri('seed-copy.article'));
    await vscode.window.showTextDocument(doc);
    await waitFor('the extension to be active', () => extension.isActive);
    const activeAfter = Date.now() - started;
    await waitFor('the first outline', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return symbols && symbols.length > 0;
    });
    const outlineAfter = Date.now() - started;
    console.log(
      `${PREFIX}    activation: ${wasActive ? 'already active before the first article (no measurement)' : `${activeAfter} ms`}` +
        ` from opening the first article; first outline after ${outlineAfter} ms`,
    );
  });

  it('is active and exports no API', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.equal(extension?.isActive, true);
    assert.equal(extension?.exports, undefined);
  });
});
