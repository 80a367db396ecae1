import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('Commands', () => {
  it('registers copydesk.goToStory', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('copydesk.goToStory'), 'copydesk.goToStory is not registered');
  });
});
