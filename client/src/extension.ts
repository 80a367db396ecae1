/**
 * The VS Code side of Copydesk: starts the language server, shows its state in the status
 * bar and registers the commands. No analysis happens here.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCheckWorkspace } from './checkWorkspace';
import { registerCopyCleanStory } from './copyCleanStory';
import { registerFixStory } from './fixStory';
import { registerGoToStory } from './goToStory';
import { StatusItem } from './statusItem';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  // The same process in run and debug mode: no inspector port, since Copydesk opens no sockets.
  const serverOptions: ServerOptions = { module, transport: TransportKind.ipc };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'article' }],
    // `.copydesk.json` files hold house style; the server re-checks open articles when one changes.
    synchronize: { configurationSection: 'copydesk', fileEvents: vscode.workspace.createFileSystemWatcher('**/.copydesk.json') },
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  const status = new StatusItem(client);
  context.subscriptions.push(status, registerGoToStory(), registerFixStory(client), registerCopyCleanStory(client), registerCheckWorkspace(client));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
