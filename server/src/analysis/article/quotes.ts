import type { Quote, QuoteProblem, Span } from './model';

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Every mark the scan looks at; the regex engine skips the text between them. */
const QUOTE_MARK = /["“”„«»‘’']/g;

interface OpenQuote {
  start: number;
  mark: string;
  paragraphs: number;
}

/**
 * Finds the quotations in a story's paragraphs (given in reading order) and the quote marks
 * that do not pair up. Double quotes (curly or straight) are the quotation; single quotes
 * inside them are nested quotations; single quotes outside them count only when curly-
 * opened or clearly paired, because `’` is mostly an apostrophe. A double quote left open at
 * the end of a paragraph continues when the next paragraph opens with a quote mark, as
 * newspapers print a quotation that runs over several paragraphs.
 */
export function findQuotes(text: string, paragraphs: readonly Span[], marks?: readonly (readonly number[] | undefined)[]): { quotes: Quote[]; problems: QuoteProblem[] } {
  const scan = new QuoteScan(text);
  paragraphs.forEach((p, i) => scan.paragraph(p, paragraphs[i + 1], marks?.[i]));
  scan.quotes.sort((a, b) => a.start - b.start);
  return { quotes: scan.quotes, problems: scan.problems };
}

class QuoteScan {
  readonly quotes: Quote[] = [];
  readonly problems: QuoteProblem[] = [];
  private double: OpenQuote | null = null;
  private single: OpenQuote | null = null;
  /** Offset of an opening mark already consumed as the continuation of a quotation. */
  private continuationAt = -1;

  constructor(private readonly text: string) {}

  /** `marks`: where the paragraph's quote marks are, from its start, when known already. */
  paragraph(p: Span, next: Span | undefined, marks = quoteMarks(this.text, p.start, p.end)): void {
    for (let k = 0; k < marks.length; k++) {
      const i = p.start + marks[k]!;
      const c = this.text[i]!;
      if (c === '‘' || c === '’' || c === "'") this.singleMark(c, i);
      else if (i !== this.continuationAt) this.doubleMark(c, i, p);
    }
    this.endParagraph(p, next);
  }

  private doubleMark(c: string, i: number, p: Span): void {
    const before = this.text[i - 1];
    const after = this.text[i + 1];
    if (this.double) {
      if (DOUBLE_OPEN.has(c) && !restIsBlank(this.text, i + 1, p.end)) {
        // An opening mark inside an open quotation: the earlier one was never closed.
        this.problem('unclosed', this.double.start);
        this.closeDouble(trimEnd(this.text, this.double.start, i), false);
        this.openDouble(c, i);
      } else {
        if (DOUBLE_OPEN.has(c)) this.problem('opener-as-closer', i);
        this.closeDouble(i + 1, true);
      }
      return;
    }
    if (c === '"' && before !== undefined && /\d/.test(before) && !isWordStart(after)) return; // 12" (inches)
    if (c === '"' && isLetter(before) && isLetter(after)) return; // Britain"s: a mistyped apostrophe
    if (DOUBLE_CLOSE.has(c)) {
      if (isBoundary(before) && isWordStart(after)) {
        this.problem('closer-as-opener', i);
        this.openDouble(c, i);
      } else {
        this.problem('stray-close', i);
      }
      return;
    }
    this.openDouble(c, i);
  }

  private singleMark(c: string, i: number): void {
    const before = this.text[i - 1];
    const after = this.text[i + 1];
    const opensWord = isBoundary(before) && after !== undefined && /\p{L}/u.test(after);
    if (this.single) {
      const closesWord = !isWordStart(after) && before !== undefined && !/\s/.test(before);
      if (c !== '‘' && closesWord) this.closeSingle(i + 1);
      return;
    }
    if (c === '‘' ? !(after && /\d/.test(after)) : c === "'" && opensWord) {
      this.single = { start: i, mark: c, paragraphs: 1 };
    }
  }

  private endParagraph(p: Span, next: Span | undefined): void {
    if (this.single) {
      if (this.single.mark === '‘') this.problem('unclosed', this.single.start);
      this.single = null;
    }
    if (!this.double) return;
    const opener = next ? firstMark(this.text, next) : -1;
    if (opener >= 0) {
      this.double.paragraphs++;
      this.continuationAt = opener;
    } else {
      this.problem('unclosed', this.double.start);
      this.closeDouble(trimEnd(this.text, this.double.start, p.end), false);
    }
  }

  private openDouble(c: string, i: number): void {
    this.double = { start: i, mark: c, paragraphs: 1 };
  }

  private closeDouble(end: number, closed: boolean): void {
    const open = this.double!;
    if (this.single) {
      if (this.single.mark === '‘') this.problem('unclosed', this.single.start);
      this.single = null;
    }
    this.quotes.push(makeQuote(open, end, closed, 'double', false));
    this.double = null;
  }

  private closeSingle(end: number): void {
    this.quotes.push(makeQuote(this.single!, end, true, 'single', this.double !== null));
    this.single = null;
  }

  private problem(kind: QuoteProblem['kind'], at: number): void {
    this.problems.push({ kind, start: at, end: at + 1, mark: this.text[at]! });
  }
}

/** A paragraph with no quote mark: most of them. */
const NO_MARKS: readonly number[] = Object.freeze([]);

/**
 * Where the quote marks of `text` [start, end) are, from `start`. The pattern searches the
 * paragraph's own slice in a loop of its own: a generator and a result object per mark, for
 * every paragraph of a long story, cost more than the search. A kept paragraph keeps its marks
 * (`sentenceWork.ts`), so an edit searches only the paragraph it changed.
 */
export function quoteMarks(text: string, start: number, end: number): readonly number[] {
  const view = text.slice(start, end);
  QUOTE_MARK.lastIndex = 0;
  let marks: number[] | null = null;
  for (let m = QUOTE_MARK.exec(view); m; m = QUOTE_MARK.exec(view)) (marks ??= []).push(m.index);
  return marks ?? NO_MARKS;
}

function makeQuote(open: OpenQuote, end: number, closed: boolean, mark: Quote['mark'], nested: boolean): Quote {
  const content = { start: open.start + 1, end: closed ? end - 1 : end };
  return { start: open.start, end, content, mark, nested, closed, paragraphs: open.paragraphs };
}

/** Offset of the quote mark that opens the paragraph, or -1. */
function firstMark(text: string, p: Span): number {
  let i = p.start;
  while (i < p.end && /\s/.test(text[i]!)) i++;
  const c = text[i];
  return c !== undefined && (c === '"' || DOUBLE_OPEN.has(c)) ? i : -1;
}

function restIsBlank(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Start of text, whitespace, or punctuation that may precede an opening mark. */
function isBoundary(c: string | undefined): boolean {
  return c === undefined || /[\s([{—–\-/“"]/.test(c);
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

function isWordStart(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c);
}
