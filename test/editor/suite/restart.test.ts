import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, fixtureUri, waitFor } from './helpers';

/** Process ids of this extension host's children that run the Copydesk server. */
function serverProcesses(): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // `pid (name) state ppid …`: the name may hold spaces, so read after its closing parenthesis.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && command.includes('server.js')) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

describe('Server crash', () => {
  it('a killed server is restarted and diagnostics come back for new edits', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the server through /proc
    // A copy outside the fixtures: the edit below must never reach a file the suite reads.
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-restart-')), 'brief.story');
    fs.copyFileSync(fixtureUri('brief.story').fsPath, copy);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(copy));
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor('the brief to be checked', () => serverProcesses().length === 1);
    const [before] = serverProcesses();
    process.kill(before!, 'SIGKILL');
    await waitFor('a new server process', () => {
      const now = serverProcesses();
      return now.length === 1 && now[0] !== before;
    });
    // A doubled word typed after the crash: only a running server can find it.
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.lineAt(1).range.start;
    await editor.edit((e) => e.insert(at, 'The the '));
    const found = await waitFor('style/doubled-word from the restarted server', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'style/doubled-word'),
    );
    assert.equal(found.range.start.line, 1);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  });
});
