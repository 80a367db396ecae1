import * as vscode from 'vscode';

interface StoryPick extends vscode.QuickPickItem {
  range: vscode.Range;
}

/**
 * "Copydesk: Go to story…": a quick pick of the active file's stories and subheads (from the
 * server's outline) that reveals the one chosen.
 */
export function registerGoToStory(): vscode.Disposable {
  return vscode.commands.registerCommand('copydesk.goToStory', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'article') {
      void vscode.window.showInformationMessage('Copydesk: open an article file to go to one of its stories.');
      return;
    }
    const symbols =
      (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri)) ?? [];
    const picks = symbols.flatMap((story, i) => toPicks(story, i + 1));
    if (picks.length === 0) {
      void vscode.window.showInformationMessage('Copydesk: this file has no stories yet.');
      return;
    }
    const chosen = await vscode.window.showQuickPick(picks, { placeHolder: 'Go to story or subhead', matchOnDetail: true });
    if (!chosen) return;
    editor.selection = new vscode.Selection(chosen.range.start, chosen.range.start);
    editor.revealRange(chosen.range, vscode.TextEditorRevealType.AtTop);
  });
}

function toPicks(story: vscode.DocumentSymbol, n: number): StoryPick[] {
  const picks: StoryPick[] = [
    { label: `$(book) ${story.name}`, description: `story ${n}`, detail: story.detail, range: story.selectionRange },
  ];
  for (const child of story.children) {
    if (child.kind === vscode.SymbolKind.Field) {
      picks.push({ label: `$(list-tree) ${child.name}`, description: `subhead in story ${n}`, range: child.selectionRange });
    }
  }
  return picks;
}
