import type { Span } from '../article/model';
import type { Fix } from './types';
import { lineAround } from '../article/lines';

/** The placeholder a writer replaces with the real source. */
export const SOURCE_PLACEHOLDER = '${1:[SOURCE]}';

/**
 * "Mark as sourced elsewhere" / "Disable RULE for this line": an editor note with the
 * inline directive on its own line above the line that holds `span`, indented alike. Editor
 * notes are not copy, so the decision stays visible in the file and never reaches the wire.
 */
export function disableForLine(text: string, span: Span, rule: string, title: string, reason?: string): Fix {
  const { start: lineStart, eol } = lineOf(text, span.start);
  const indent = text.slice(lineStart, indentEnd(text, lineStart));
  const note = `${indent}<!-- copydesk-disable-next-line ${rule}${reason ? ` -- ${reason}` : ''} -->${eol}`;
  return { title, safe: false, edits: [{ start: lineStart, end: lineStart, newText: note }] };
}

/** Where the spaces and tabs that begin a line end (at most 200 of them): read a character at a
 *  time, not cut out and matched, for a long story's findings each ask on every edit. */
function indentEnd(text: string, lineStart: number): number {
  const limit = Math.min(text.length, lineStart + 200);
  let at = lineStart;
  while (at < limit && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
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
 * The last line found, kept while the text is the same: the fixes of one rule's findings come
 * in text order, so many findings on one long line read it once, not once each. It holds that
 * text (one story's) until a fix in another replaces it.
 */
let lastLine: { text: string; start: number; end: number; eol: string } | null = null;

function lineOf(text: string, offset: number): { start: number; eol: string } {
  const kept = lastLine;
  if (kept && kept.text === text && kept.start <= offset && offset <= kept.end) return kept;
  lastLine = { text, ...lineAround(text, offset) };
  return lastLine;
}
