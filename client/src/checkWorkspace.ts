import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CHECK_TEXT_REQUEST, type CheckTextParams } from '../../server/src/protocol';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';

/**
 * "Copydesk: Check all articles in workspace": fills the Problems panel for article files that
 * are not open, with progress (cancellable). Open files keep the live diagnostics of the
 * language server; a file's workspace-check entry is cleared when it is opened.
 */
export function registerCheckWorkspace(client: LanguageClient): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('copydesk-workspace');
  const command = vscode.commands.registerCommand('copydesk.checkWorkspace', () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking articles', cancellable: true },
      async (progress, token) => {
        const files = await vscode.workspace.findFiles('**/*.{article,story}', '**/node_modules/**', undefined, token);
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        let done = 0;
        let findings = 0;
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          progress.report({ message: `${done}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / Math.max(files.length, 1) });
          done++;
          if (open.has(uri.toString())) continue;
          const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
          const params: CheckTextParams = { uri: uri.toString(), text };
          const diagnostics = await client.sendRequest<LspDiagnostic[]>(CHECK_TEXT_REQUEST, params, token);
          const converted = await client.protocol2CodeConverter.asDiagnostics(diagnostics);
          collection.set(uri, converted);
          findings += converted.length;
        }
        const stopped = token.isCancellationRequested ? ' (cancelled)' : '';
        void vscode.window.setStatusBarMessage(`Copydesk: ${done} articles checked, ${findings} findings${stopped}`, 8000);
      },
    ),
  );
  const opened = vscode.workspace.onDidOpenTextDocument((doc) => collection.delete(doc.uri));
  return vscode.Disposable.from(collection, command, opened);
}
