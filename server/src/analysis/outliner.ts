import type { Span } from './article/model';
import { lineEnd, lineStart, maskedCopy, outlineByLines, publishedLines, type FileOutline } from './article/parse';
import { sharedEnds, type SharedEnds } from './unchanged';

/**
 * Outlines the versions of one document as they come: published lines are searched for only
 * where the text changed since the last version, the rest are the last version's, moved.
 */
export class Outliner {
  private text = '';
  private copy = '';
  private lines: Span[] = [];

  /** The outline of `text`, and what it shares with the version before. */
  outline(text: string): { outline: FileOutline; shared: SharedEnds } {
    const masked = maskedCopy(text);
    const { copy } = masked;
    const shared = sharedEnds(this.text, text, this.copy, copy);
    const changedTo = copy.length - shared.end;
    const shift = copy.length - this.copy.length;
    const lines: Span[] = [];
    // A line wholly inside the shared start, its line ending included, is the same line.
    for (const line of this.lines) if (line.end < shared.start) lines.push(line);
    const from = lineStart(copy, shared.start);
    for (const line of publishedLines(copy, from, Math.max(lineEnd(copy, changedTo), from) + 1)) lines.push(line);
    // So is one inside the shared end, with the line ending before it.
    for (const line of this.lines) if (line.start + shift > changedTo) lines.push({ start: line.start + shift, end: line.end + shift });
    this.text = text;
    this.copy = copy;
    this.lines = lines;
    return { outline: outlineByLines(masked, lines), shared };
  }
}
