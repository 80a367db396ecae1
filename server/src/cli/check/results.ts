import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../analysis';

/** What checking one file produced. */
export interface FileResult {
  path: string;
  findings: LocatedFinding[];
  /** Why the file could not be checked (or written back), if it could not. */
  error?: string;
  /** Safe fixes applied by --fix. */
  fixed?: number;
}

/** A finding with 1-based line and column, for people and for SARIF. */
export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function locate(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const doc = TextDocument.create('file:///', 'article', 0, text);
  return findings.map((f) => {
    const start = doc.positionAt(f.start);
    const end = doc.positionAt(f.end);
    // Fields written out, not spread: a spread cost 6 µs a finding, 0.1 s for a file of 20,000.
    const { rule, severity, message, fixes } = f;
    const [line, column, endLine, endColumn] = [start.line + 1, start.character + 1, end.line + 1, end.character + 1];
    if (f.unnecessary) return { rule, severity, start: f.start, end: f.end, message, fixes, unnecessary: true, line, column, endLine, endColumn };
    return { rule, severity, start: f.start, end: f.end, message, fixes, line, column, endLine, endColumn };
  });
}
