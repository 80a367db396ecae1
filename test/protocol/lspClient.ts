/**
 * A minimal LSP client for protocol tests: spawns the bundled server (`dist/server.js --stdio`)
 * and talks to it over real JSON-RPC, as an editor does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

export class TestClient {
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  /** What the server asked for through workspace/configuration, by section. */
  settings: Record<string, unknown> = {};

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters.splice(0).forEach((w) => w());
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => this.settings[item.section ?? ''] ?? null),
    );
  }

  /** Starts the server (with extra Node arguments and environment, if given) and completes the initialize handshake. */
  static async start(
    capabilities: object = { workspace: { configuration: true, workspaceEdit: { snippetEditSupport: true } } },
    launch: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {},
  ): Promise<TestClient> {
    const child = spawn(process.execPath, [...(launch.nodeArgs ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: launch.env ?? process.env });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    const client = new TestClient(connection, child);
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities });
    await connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version, text } });
  }

  /** Resolves with the first diagnostics published for `uri` that satisfy `accept`. */
  async diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.find((p) => p.uri === uri && accept(p));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Every diagnostics notification for `uri` so far, in the order they arrived. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  /**
   * Lets go of what was published for `uri` so far, as an editor replaces a document's
   * diagnostics: a long run (the bench) would otherwise hold every set the server ever sent.
   */
  forget(uri: string): void {
    const kept = this.published.filter((p) => p.uri !== uri);
    this.published.splice(0, this.published.length, ...kept);
  }

  /** The server's process id (for memory readings). */
  get pid(): number {
    return this.child.pid!;
  }

  request<T>(method: string, params: object): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    this.connection.dispose();
  }
}
