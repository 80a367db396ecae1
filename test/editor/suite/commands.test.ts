import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openFixture, waitFor } from './helpers';

describe('Commands', () => {
  it('registers copydesk.goToStory', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('copydesk.goToStory'), 'copydesk.goToStory is not registered');
  });
});

describe('Check all articles in workspace', () => {
  it('fills the Problems panel for articles that are not open', async () => {
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const files = await vscode.workspace.findFiles('**/*.{article,story}');
    const closed = files.filter((uri) => !open.has(uri.toString()));
    assert.ok(closed.length > 0, 'every fixture is open already: nothing to check');
    await vscode.commands.executeCommand('copydesk.checkWorkspace');
    const withFindings = closed.filter((uri) => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'copydesk'));
    assert.ok(withFindings.length > 0, `no findings for ${closed.map((u) => vscode.workspace.asRelativePath(u)).join(', ')}`);
    const weekday = closed.find((uri) => uri.path.endsWith('/wrong-weekday.article'));
    if (weekday) {
      assert.ok(vscode.languages.getDiagnostics(weekday).some((d) => codeOf(d) === 'date/published-weekday'), 'wrong-weekday.article has its weekday error');
    }
  });
});

describe('Go to story', () => {
  it('lists the stories and moves the cursor to the one picked', async () => {
    const doc = await openFixture('seed-copy.article');
    const editor = await waitFor('the fixture in the active editor', () => (vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor : undefined));
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await waitFor('the outline', async () => ((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? []).length > 0);
    let settled = false;
    const going = Promise.resolve(vscode.commands.executeCommand('copydesk.goToStory')).finally(() => (settled = true));
    // The quick pick opens a moment later: accept its first entry (the first story) once it is there.
    await waitFor('the quick pick to take the first story', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return settled;
    });
    await going;
    assert.equal(editor.selection.active.line, 0, 'the cursor is on the first story’s headline');
  });
});

describe('Copy clean story', () => {
  it('puts the story under the cursor on the clipboard without editor notes or directives', async () => {
    const doc = await openFixture('noted.article');
    const editor = await waitFor('the fixture in the active editor', () => (vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor : undefined));
    editor.selection = new vscode.Selection(new vscode.Position(1, 5), new vscode.Position(1, 5));
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('copydesk.copyCleanStory');
    const copied = await waitFor('the clean story on the clipboard', async () => (await vscode.env.clipboard.readText()) || undefined);
    assert.ok(copied.startsWith('Council delays vote on budget\nBUTLER, Pa. (AP) — The Butler City Council delayed'), copied);
    assert.ok(!copied.includes('<!--') && !copied.includes('copydesk-disable'), copied);
    assert.ok(copied.includes('The budget is the largest in the city'), copied);
  });
});
