import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/protocol';

type ServerState = 'starting' | 'ready' | 'checking' | 'stopped';

const ICONS: Record<ServerState, string> = {
  starting: '$(loading~spin)',
  ready: '$(pass)',
  checking: '$(sync~spin)',
  stopped: '$(debug-stop)',
};

/**
 * The status bar item: the server's state, and how many Copydesk findings the active article
 * has. Shown while an article is the active editor.
 */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private state: ServerState = 'starting';
  private readonly checking = new Set<string>();

  constructor(client: LanguageClient) {
    this.item.name = 'Copydesk';
    this.item.command = 'copydesk.goToStory';
    this.disposables.push(
      client.onDidChangeState(({ newState }) => {
        this.state = newState === State.Running ? 'ready' : newState === State.Starting ? 'starting' : 'stopped';
        this.checking.clear();
        this.render();
      }),
      client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => this.onStatus(p)),
      vscode.languages.onDidChangeDiagnostics(() => this.render()),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
    );
    this.render();
  }

  private onStatus({ state, uri }: StatusParams): void {
    if (state === 'checking') this.checking.add(uri);
    else this.checking.delete(uri);
    this.render();
  }

  private render(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'article') {
      this.item.hide();
      return;
    }
    const uri = editor.document.uri;
    const state: ServerState = this.state === 'ready' && this.checking.has(uri.toString()) ? 'checking' : this.state;
    const findings = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk').length;
    const count = state === 'ready' ? ` · ${findings} ${findings === 1 ? 'finding' : 'findings'}` : '';
    this.item.text = `${ICONS[state]} Copydesk${count}`;
    this.item.tooltip = `Copydesk: ${state}${count}. Click to go to a story.`;
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
