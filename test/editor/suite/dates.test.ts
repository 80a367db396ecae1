import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, hoverText, openFixture, positionOf, waitFor } from './helpers';

describe('Dates', () => {
  it('resolves the seed’s “On Friday” to Aug. 9, 2024 on hover', async () => {
    const doc = await openFixture('seed-copy.article');
    const text = await waitFor('a hover on “Friday”', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'On Friday', 4));
      const value = hoverText(hovers ?? []);
      return value.includes('Aug. 9, 2024') ? value : undefined;
    });
    assert.match(text, /Friday, Aug\. 9, 2024/);
    assert.match(text, /3 days before publication/);
  });

  it('flags a published weekday that does not match its date, and its quick fix corrects it', async () => {
    const doc = await openFixture('wrong-weekday.article');
    const original = doc.getText();
    try {
      const weekday = positionOf(doc, 'Tue, 19 Aug 2024');
      const diagnostic = await waitFor('the published-weekday error', () =>
        vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'date/published-weekday'),
      );
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
      assert.ok(diagnostic.range.start.isEqual(weekday));
      const fix = await waitFor('the “Write Mon” quick fix', async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range);
        return (actions ?? []).find((a) => a.title === 'Write “Mon”');
      });
      assert.ok(fix.edit, 'the quick fix carries an edit');
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(doc.getText().includes('Published at Mon, 19 Aug 2024 14:05:00 +0000'));
      await waitFor('the error to go away', () => !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'date/published-weekday'));
    } finally {
      const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      const undo = new vscode.WorkspaceEdit();
      undo.replace(doc.uri, all, original);
      await vscode.workspace.applyEdit(undo);
      await doc.save();
    }
  });

  it('fixes every safe style issue in a story with one command, and a second run finds nothing', async () => {
    const doc = await openFixture('wrong-weekday.article');
    const original = doc.getText();
    try {
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(1, 0, 1, 0);
      await waitFor('the server to know the document', () => vscode.languages.getDiagnostics(doc.uri).length > 0);
      await vscode.commands.executeCommand('copydesk.fixStory');
      await waitFor('the fixed weekday', () => doc.getText().includes('Published at Mon, 19 Aug 2024'));
      const once = doc.getText();
      await vscode.commands.executeCommand('copydesk.fixStory');
      assert.equal(doc.getText(), once, 'the second run changes nothing');
    } finally {
      const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      const undo = new vscode.WorkspaceEdit();
      undo.replace(doc.uri, all, original);
      await vscode.workspace.applyEdit(undo);
      await doc.save();
    }
  });
});
