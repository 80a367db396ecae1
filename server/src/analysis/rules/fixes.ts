import type { Span } from '../article/model';
import type { Fix } from './types';

/** The placeholder a writer replaces with the real source. */
export const SOURCE_PLACEHOLDER = '${1:[SOURCE]}';

/**
 * "Mark as sourced elsewhere" / "Disable RULE for this line": an editor note with the
 * inline directive on its own line above the line that holds `span`, indented alike. Editor
 * notes are not copy, so the decision stays visible in the file and never reaches the wire.
 */
export function disableForLine(text: string, span: Span, rule: string, title: string, reason?: string): Fix {
  let lineStart = span.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
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

/** The line ending the document uses: the one that ends the line at `from` (or the line before). */
function lineEnding(text: string, from: number): string {
  const next = text.indexOf('\n', from);
  if (next > 0) return text[next - 1] === '\r' ? '\r\n' : '\n';
  return from > 1 && text[from - 2] === '\r' ? '\r\n' : text[from - 1] === '\r' ? '\r' : '\n';
}
