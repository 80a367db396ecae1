import type { Span } from '../article/model';
import type { Fix } from './types';
import { lastAtOrBefore } from '../spans';

/** The placeholder a writer replaces with the real source. */
export const SOURCE_PLACEHOLDER = '${1:[SOURCE]}';

/**
 * "Mark as sourced elsewhere" / "Disable RULE for this line": an editor note with the
 * inline directive on its own line above the line that holds `span`, indented alike. Editor
 * notes are not copy, so the decision stays visible in the file and never reaches the wire.
 */
export function disableForLine(text: string, span: Span, rule: string, title: string, reason?: string): Fix {
  const lineStart = lineStartOf(text, span.start);
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];
  const eol = lineEnding(text, lineStart);
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
 * The line ending the document uses: the one that ends the line starting at `lineStart` (or,
 * on the last line, the one before it).
 */
function lineEnding(text: string, lineStart: number): string {
  const starts = lineStartsOf(text);
  const index = lastAtOrBefore(starts, lineStart);
  const next = starts[index + 1];
  const ending = next === undefined ? lineStart : next;
  if (text[ending - 1] === '\n') return text[ending - 2] === '\r' ? '\r\n' : '\n';
  return text[ending - 1] === '\r' ? '\r' : '\n';
}

/** The last text whose line starts were worked out: the fixes of one story's findings share them. */
let indexed: { text: string; starts: number[] } | null = null;

/** Where each line of `text` starts (after `\n`, `\r\n` or `\r`), in order. */
function lineStartsOf(text: string): number[] {
  if (indexed?.text === text) return indexed.starts;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  indexed = { text, starts };
  return starts;
}

/** The start of the line holding offset `at`: found by halving, not by reading back along a long line. */
function lineStartOf(text: string, at: number): number {
  const starts = lineStartsOf(text);
  return starts[lastAtOrBefore(starts, at)]!;
}

