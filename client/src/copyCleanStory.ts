import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLEAN_STORY_REQUEST, type FixStoryParams } from '../../server/src/protocol';

/** "Copydesk: Copy clean story": the story under the cursor, without editor notes, to the clipboard. */
export function registerCopyCleanStory(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('copydesk.copyCleanStory', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'article') {
      void vscode.window.showInformationMessage('Copydesk: open an article to copy a story from it.');
      return;
    }
    const params: FixStoryParams = { uri: editor.document.uri.toString(), position: { line: editor.selection.active.line, character: editor.selection.active.character } };
    const clean = await client.sendRequest<string | null>(CLEAN_STORY_REQUEST, params);
    if (clean === null) {
      void vscode.window.showInformationMessage('Copydesk: the cursor is not in a story.');
      return;
    }
    await vscode.env.clipboard.writeText(clean);
    void vscode.window.setStatusBarMessage('Copydesk: clean story copied (editor notes removed)', 4000);
  });
}
