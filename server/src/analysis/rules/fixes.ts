import type { Span } from '../article/model';
import type { Fix } from './types';
import { splitLines, type Line } from '../article/lines';
import { firstStartingAt } from '../spans';

/** The placeholder a writer replaces with the real source. */
export const SOURCE_PLACEHOLDER = '${1:[SOURCE]}';

/**
 * "Mark as sourced elsewhere" / "Disable RULE for this line": an editor note with the
 * inline directive on its own line above the line that holds `span`, indented alike. Editor
 * notes are not copy, so the decision stays visible in the file and never reaches the wire.
 */
export function disableForLine(text: string, span: Span, rule: string, title: string, reason?: string): Fix {
  const { start: lineStart, eol } = lineAt(text, span.start);
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
  const note = `${indent}<!-- copydesk-disable-next-line ${rule}${reason ? ` -- ${reason}` : ''} -->${eol}`;
  return { title, safe: false, edits: [{ start: lineStart, end: lineStart, newText: note }] };
}

/** `Sales fell 30%.` → `Sales fell 30%, according to [SOURCE].`: before the sentence's final punctuation. */
export function accordingToPlaceholder(text: string, sentence: Span): Fix {
  let at = sentence.end;
  while (at > sentence.start && /[.!?”"’')\]…]/.test(text[at - 1]!)) at--;
  return {
    title: 'Add an attribution: “, according to [SOURCE]”',
    safe: false,
    snippet: true,
    edits: [{ start: at, end: at, newText: `, according to ${SOURCE_PLACEHOLDER}` }],
  };
}

/**
 * Where the line holding `offset` starts, and the line ending the document uses there: the
 * one that ends this line (on the last line, the one before it).
 */
function lineAt(text: string, offset: number): { start: number; eol: string } {
  const lines = linesOf(text);
  const i = firstStartingAt(lines, offset + 1) - 1;
  const line = lines[i]!;
  const next = lines[i + 1];
  const before = lines[i - 1];
  const eol = next ? text.slice(line.end, next.start) : before ? text.slice(before.end, line.start) : '\n';
  return { start: line.start, eol };
}

/** The last text split into lines: the fixes of one story's findings share its lines, found
 *  by halving rather than by reading back along a long line for each finding. */
let split: { text: string; lines: Line[] } | null = null;

function linesOf(text: string): Line[] {
  if (split?.text !== text) split = { text, lines: splitLines(text) };
  return split.lines;
}
