import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { letMessagesIn, type AnalysisCache } from './analysisCache';
import { notTextDiagnostic, toDiagnostics } from './features/diagnostics';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol';
import type { AnalysisOptions } from './analysis';

/**
 * Publishes diagnostics for documents as they change. Changes arriving together are checked
 * once; a long analysis lets newer edits in as it goes and stops when its version goes stale;
 * a result for a version that is no longer current is dropped, never published.
 */
export class Validator {
  private readonly pending = new Map<string, TextDocument>();
  private timer: NodeJS.Immediate | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: AnalysisCache,
    /** The analysis options for a document: editor settings and `.copydesk.json` merged. */
    private readonly optionsFor: (uri: string) => Promise<AnalysisOptions>,
  ) {}

  schedule(doc: TextDocument): void {
    this.pending.set(doc.uri, doc);
    this.timer ??= setImmediate(() => void this.flush());
  }

  cancel(uri: string): void {
    this.pending.delete(uri);
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const docs = [...this.pending.values()];
    this.pending.clear();
    for (const doc of docs) await this.validate(doc);
  }

  private async validate(doc: TextDocument): Promise<void> {
    const version = doc.version;
    this.status({ state: 'checking', uri: doc.uri });
    try {
      const options = await this.optionsFor(doc.uri);
      // A newer version is on its way, or the document was closed: its result would be stale.
      const current = () => !this.pending.has(doc.uri) && doc.version === version && this.documents.get(doc.uri) === doc;
      if (!current()) return;
      // Null when the run gave way: to a newer version (then `current` fails), or to a request
      // that read newer options for this one (then this version still needs its diagnostics).
      let analysis = await this.analyses.analysisOf(doc, options);
      while (!analysis && current()) {
        const newer = await this.optionsFor(doc.uri);
        if (!current()) return;
        analysis = await this.analyses.analysisOf(doc, newer);
      }
      if (!analysis || !current()) return;
      const notText = this.analyses.notTextReason(doc);
      const diagnostics = notText ? [notTextDiagnostic(notText)] : toDiagnostics(doc, analysis);
      // Edits that arrived while the analysis ran are read before anything is published.
      await letMessagesIn();
      if (!current()) return;
      await this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    } catch (error) {
      this.connection.console.error(`Copydesk could not check ${doc.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      this.status({ state: 'ready', uri: doc.uri });
    }
  }

  private status(params: StatusParams): void {
    void this.connection.sendNotification(STATUS_NOTIFICATION, params);
  }
}
