import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FIX_STORY_REQUEST, type FixStoryParams, type FixStoryResult } from '../../server/src/protocol';

/**
 * "Copydesk: Fix all style issues in story": every safe fix in the story under the cursor
 * (the server applies, re-checks and repeats), as one undoable edit.
 */
export function registerFixStory(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('copydesk.fixStory', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'article') {
      void vscode.window.showInformationMessage('Copydesk: open an article to fix its style issues.');
      return;
    }
    const { document, selection } = editor;
    const version = document.version;
    const params: FixStoryParams = { uri: document.uri.toString(), position: { line: selection.active.line, character: selection.active.character } };
    const result = await client.sendRequest<FixStoryResult>(FIX_STORY_REQUEST, params);
    if (document.version !== version) {
      void vscode.window.showWarningMessage('Copydesk: the story changed while fixing; run the command again.');
      return;
    }
    if (result.edits.length === 0) {
      void vscode.window.showInformationMessage(result.headline ? `Copydesk: nothing safe to fix in “${result.headline}”.` : 'Copydesk: the cursor is not in a story.');
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) edit.replace(document.uri, client.protocol2CodeConverter.asRange(e.range), e.newText);
    await vscode.workspace.applyEdit(edit);
    void vscode.window.setStatusBarMessage(`Copydesk: ${result.applied} ${result.applied === 1 ? 'fix' : 'fixes'} applied in “${result.headline}”`, 5000);
  });
}
