import { fileURLToPath } from 'node:url';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import type { AnalysisOptions } from '../analysis';
import { toAnalysisOptions, type Settings } from '../settings';
import { describeProblem, HouseConfigFiles } from './houseConfigFiles';

/**
 * The options a document is checked with: editor settings, then the `.copydesk.json` files
 * above it (nearest last, so it wins). A problem in a file is shown once, with where it is;
 * the rest of the file still applies and the bad field falls back to the layer below.
 */
export class HouseOptions {
  private readonly files = new HouseConfigFiles();
  private readonly reported = new Set<string>();

  constructor(private readonly connection: Connection) {}

  optionsFor(uri: string, settings: Settings): AnalysisOptions {
    const base = toAnalysisOptions(settings);
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : null;
    if (!path) return base;
    const found = this.files.forFile(path);
    for (const file of found) {
      for (const problem of file.problems) {
        const where = describeProblem(file, problem);
        if (this.reported.has(where)) continue;
        this.reported.add(where);
        this.connection.console.warn(`Copydesk house config: ${where}`);
        // A notification, not a request: nothing to answer, so a client without message
        // requests cannot fail it (the library's showWarningMessage sends a request).
        void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Copydesk: ${where} (that setting keeps its default)` });
      }
    }
    return this.files.optionsFor(path, base);
  }

  forget(): void {
    this.files.forget();
    this.reported.clear();
  }
}
