import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf } from './helpers';

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
