import type { Layout, Span } from './model';
import { isBlank, lastNonSpace, firstNonSpace } from './lines';

/** Wire copy is wrapped near 65–72 columns; a longer line is a paragraph of its own. */
const WRAP_WIDTH = 90;
const ENDS_LIKE_PARAGRAPH = /[.!?:"”’')\]]$/;

/**
 * Decides whether a story body is one paragraph a line or hard-wrapped. Wrapped copy has
 * (almost) no line longer than the wrap width and many lines that stop mid-sentence;
 * one-paragraph-a-line copy has long lines that end with sentence punctuation.
 */
export function detectLayout(text: string, lines: readonly Span[]): Layout {
  let filled = 0;
  let long = 0;
  let midSentence = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(text, line)) continue;
    filled++;
    const end = lastNonSpace(text, line.start, line.end);
    if (end - line.start > WRAP_WIDTH) long++;
    const next = lines[i + 1];
    if (next && !isBlank(text, next) && !ENDS_LIKE_PARAGRAPH.test(text.slice(end - 1, end))) midSentence++;
  }
  if (filled < 3) return 'lines';
  return long <= filled * 0.05 && midSentence >= filled * 0.3 ? 'wrapped' : 'lines';
}

/**
 * Groups body lines into paragraph spans (trimmed). One paragraph a line for `lines`; for
 * `wrapped`, a paragraph ends at a blank line or where the next line is indented.
 */
export function groupParagraphs(text: string, lines: readonly Span[], layout: Layout): Span[] {
  const paragraphs: Span[] = [];
  let open: Span | null = null;
  for (const line of lines) {
    const start = firstNonSpace(text, line.start, line.end);
    if (start === line.end) {
      open = null;
      continue;
    }
    const end = lastNonSpace(text, start, line.end);
    const indented = start > line.start;
    if (layout === 'wrapped' && open && !indented) {
      open.end = end;
    } else {
      open = { start, end };
      paragraphs.push(open);
    }
  }
  return paragraphs;
}
