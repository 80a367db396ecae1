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
    return { ...f, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  });
}
