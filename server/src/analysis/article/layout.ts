import type { Layout, Span } from './model';
import { isBlank, lastNonSpace, firstNonSpace } from './lines';

/** Wire copy is wrapped near 65–72 columns; a longer line is a paragraph of its own. */
const WRAP_WIDTH = 90;
/** A wrapped line is filled close to the width; shorter lines are headings, posts, lists. */
const FILLED_LINE = 45;
const ENDS_LIKE_PARAGRAPH = /[.!?:"”’')\]]$/;

/**
 * Decides whether a story body is one paragraph a line or hard-wrapped. Wrapped copy has
 * (almost) no line longer than the wrap width and many nearly full lines that stop
 * mid-sentence and run on into the next line; one-paragraph-a-line copy has long lines that
 * end with sentence punctuation, and short lines (posts, subheads) that are whole.
 */
export function detectLayout(text: string, lines: readonly Span[], from = 0, to = lines.length): Layout {
  let filled = 0;
  let long = 0;
  let midSentence = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isBlank(text, line)) continue;
    filled++;
    const end = lastNonSpace(text, line.start, line.end);
    if (end - line.start > WRAP_WIDTH) long++;
    const next = i + 1 < to ? lines[i + 1] : undefined;
    const runsOn = end - line.start >= FILLED_LINE && !ENDS_LIKE_PARAGRAPH.test(text.slice(end - 1, end));
    if (runsOn && next && !isBlank(text, next)) midSentence++;
  }
  if (filled < 3) return 'lines';
  return long <= filled * 0.05 && midSentence >= filled * 0.3 ? 'wrapped' : 'lines';
}

/** A paragraph's place on the page, which tells headings from copy. */
export interface ParagraphShape extends Span {
  /** Fits on one line of the file. */
  singleLine: boolean;
  /** Starts with whitespace. */
  indented: boolean;
  /** A blank line (or the start of the body) comes before it, and one (or the end) after it. */
  standsAlone: boolean;
}

/**
 * Groups body lines (`lines[from]` to `lines[to - 1]`) into paragraphs (trimmed spans). One
 * paragraph a line for `lines`; for `wrapped`, a paragraph ends at a blank line or where the
 * next line is indented.
 */
export function groupParagraphs(text: string, lines: readonly Span[], layout: Layout, from = 0, to = lines.length): ParagraphShape[] {
  const paragraphs: ParagraphShape[] = [];
  let open: ParagraphShape | null = null;
  let blankBefore = true;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const start = firstNonSpace(text, line.start, line.end);
    if (start === line.end) {
      open = null;
      blankBefore = true;
      continue;
    }
    const end = lastNonSpace(text, start, line.end);
    const indented = start > line.start;
    if (layout === 'wrapped' && open && !indented) {
      open.end = end;
      open.singleLine = false;
    } else {
      if (open) open.standsAlone = false; // the next line follows it directly
      open = { start, end, singleLine: true, indented, standsAlone: blankBefore };
      paragraphs.push(open);
    }
    blankBefore = false;
  }
  return paragraphs;
}
