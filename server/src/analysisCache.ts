import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, Analyzer, type Analysis, type AnalysisOptions } from './analysis';
import { whyNotText } from './files/notText';

interface Entry {
  version: number;
  optionsKey: string;
  analysis: Analysis;
  /** Why this version is not text at all (binary data opened as text), or null. */
  notText: string | null;
}

/** How long an analysis runs before it lets waiting messages (newer edits, hovers) in. */
const SLICE_MS = 15;

/**
 * Waits until messages that have arrived are handled. The connection reads a message and
 * handles it in a later turn of the event loop, so one turn is not enough: two are.
 */
export async function letMessagesIn(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

/** The latest analysis of each open document, so diagnostics, hovers and the outline of one
 *  version share one run of the checks; between versions, unchanged stories are reused. */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  /** Keeps each story's results between versions, so an edit re-analyses one story. */
  private readonly analyzers = new Map<string, Analyzer>();

  /** The analysis of this version, made now if it is not at hand. */
  get(doc: TextDocument, options: AnalysisOptions): Analysis {
    const ready = this.at(doc, options);
    if (ready) return ready;
    const notText = whyNotText(doc.getText());
    return this.store(doc, options, notText ? analyze('', options) : this.analyzer(doc.uri).analyze(doc.getText(), options), notText);
  }

  /**
   * The analysis of this version, made in slices: between slices waiting messages are
   * handled, and once `wanted` says the version is stale the work stops and null comes back.
   */
  async getUnlessStale(doc: TextDocument, options: AnalysisOptions, wanted: () => boolean): Promise<Analysis | null> {
    const ready = this.at(doc, options);
    if (ready) return ready;
    const notText = whyNotText(doc.getText());
    if (notText) return this.store(doc, options, analyze('', options), notText); // nothing in it is copy
    const steps = this.analyzer(doc.uri).steps(doc.getText(), options);
    let sliceStart = performance.now();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return this.store(doc, options, step.value, null);
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await letMessagesIn();
      if (!wanted()) {
        steps.return(undefined as never);
        return null;
      }
      // A request in between may have analysed this version already.
      const done = this.at(doc, options);
      if (done) {
        steps.return(undefined as never);
        return done;
      }
      sliceStart = performance.now();
    }
  }

  /** Why this version of the document is not text (binary data opened as text), or null. */
  notTextReason(doc: TextDocument): string | null {
    const entry = this.entries.get(doc.uri);
    return entry && entry.version === doc.version ? entry.notText : whyNotText(doc.getText());
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.analyzers.delete(uri);
  }

  private at(doc: TextDocument, options: AnalysisOptions): Analysis | null {
    const entry = this.entries.get(doc.uri);
    return entry && entry.version === doc.version && entry.optionsKey === JSON.stringify(options) ? entry.analysis : null;
  }

  private store(doc: TextDocument, options: AnalysisOptions, analysis: Analysis, notText: string | null): Analysis {
    this.entries.set(doc.uri, { version: doc.version, optionsKey: JSON.stringify(options), analysis, notText });
    return analysis;
  }

  private analyzer(uri: string): Analyzer {
    let analyzer = this.analyzers.get(uri);
    if (!analyzer) this.analyzers.set(uri, (analyzer = new Analyzer()));
    return analyzer;
  }
}
