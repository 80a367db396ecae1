import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, type Analysis, type AnalysisOptions } from './analysis';

interface Entry {
  version: number;
  optionsKey: string;
  analysis: Analysis;
  /** Keeps each story's results between versions, so an edit re-analyses one story. */
  analyzer: Analyzer;
}

/** The latest analysis of each open document, so diagnostics, hovers and the outline of one
 *  version share one run of the checks; between versions, unchanged stories are reused. */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  get(doc: TextDocument, options: AnalysisOptions): Analysis {
    const optionsKey = JSON.stringify(options);
    const entry = this.entries.get(doc.uri);
    if (entry && entry.version === doc.version && entry.optionsKey === optionsKey) return entry.analysis;
    const analyzer = entry?.analyzer ?? new Analyzer();
    const analysis = analyzer.analyze(doc.getText(), options);
    this.entries.set(doc.uri, { version: doc.version, optionsKey, analysis, analyzer });
    return analysis;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
