import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECK_TEXT_REQUEST, type CheckTextParams } from '../../server/src/protocol';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';

/**
 * "Copydesk: Check all articles in workspace": fills the Problems panel for article files that
 * are not open, with progress in the status bar and a "Stop" item beside it (status-bar
 * progress has no cancel button of its own). Open files keep the live diagnostics of the
 * language server; a file's workspace-check entry is cleared when it is opened.
 */
export function registerCheckWorkspace(client: LanguageClient): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('copydesk-workspace');
  let running: vscode.CancellationTokenSource | null = null;
  const stopItem = vscode.window.createStatusBarItem('copydesk.stopWorkspaceCheck', vscode.StatusBarAlignment.Left, 99);
  stopItem.name = 'Copydesk: stop the workspace check';
  stopItem.text = '$(debug-stop) Stop check';
  stopItem.tooltip = 'Stop checking the articles in this workspace';
  stopItem.command = 'copydesk.stopWorkspaceCheck';
  const stop = vscode.commands.registerCommand('copydesk.stopWorkspaceCheck', () => running?.cancel());
  const command = vscode.commands.registerCommand('copydesk.checkWorkspace', async () => {
    if (running) return;
    const source = (running = new vscode.CancellationTokenSource());
    const token = source.token;
    stopItem.show();
    try {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Copydesk' }, async (progress) => {
        const files = await vscode.workspace.findFiles('**/*.{article,story}', '**/node_modules/**', undefined, token);
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        let done = 0;
        let findings = 0;
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          progress.report({ message: `checking ${done + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}` });
          done++;
          if (open.has(uri.toString())) continue;
          const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
          const params: CheckTextParams = { uri: uri.toString(), text };
          let diagnostics: LspDiagnostic[];
          try {
            diagnostics = await client.sendRequest<LspDiagnostic[]>(CHECK_TEXT_REQUEST, params, token);
          } catch (error) {
            if (token.isCancellationRequested) break; // stopped while this file was being checked
            throw error;
          }
          const converted = await client.protocol2CodeConverter.asDiagnostics(diagnostics);
          collection.set(uri, converted);
          findings += converted.length;
        }
        const stopped = token.isCancellationRequested ? ' (stopped)' : '';
        void vscode.window.setStatusBarMessage(`Copydesk: ${done} articles checked, ${findings} findings${stopped}`, 8000);
      });
    } finally {
      stopItem.hide();
      source.dispose();
      running = null;
    }
  });
  const opened = vscode.workspace.onDidOpenTextDocument((doc) => collection.delete(doc.uri));
  return vscode.Disposable.from(collection, command, stop, stopItem, opened);
}
