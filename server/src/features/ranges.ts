import type { Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Offsets (UTF-16 indices into the text) to an LSP range. The only place that converts. */
export function toRange(doc: TextDocument, span: { start: number; end: number }): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/** True when `offset` lies inside the span (its end included, as the cursor may sit there). */
export function spanHas(span: { start: number; end: number }, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
