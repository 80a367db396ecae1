import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../analysis';

/** A folding range per story (headline to its last line) and per multi-line editor note. */
export function toFoldingRanges(doc: TextDocument, analysis: Analysis): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const story of analysis.file.stories) {
    const startLine = doc.positionAt(story.start).line;
    const endLine = doc.positionAt(story.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  for (const note of analysis.file.notes) {
    const startLine = doc.positionAt(note.start).line;
    const endLine = doc.positionAt(note.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Comment });
  }
  return ranges;
}
