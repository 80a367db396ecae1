import type { ArticleFile, Paragraph, Published, Span, Story } from './model';
import { findDateline } from './dateline';
import { detectLayout, groupParagraphs } from './layout';
import { firstNonSpace, isBlank, lastNonSpace, splitLines, trimSpan } from './lines';
import { findEditorNotes, maskNotes } from './notes';
import { classifyParagraphs } from './paragraphs';
import { isPublishedLine, parsePublishedLine } from './published';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import { countWords } from './words';

/** The parsed file and the copy the checks read (the text with editor notes blanked out;
 *  same length, same offsets). */
export interface ParsedText {
  file: ArticleFile;
  copy: string;
}

/**
 * Parses a file of stories. A `Published at` line closes a story and the next non-empty line
 * starts the next; a file without one is a single story.
 */
export function parseArticleFile(text: string, paragraphs?: ParagraphCache): ParsedText {
  const bom = text.charCodeAt(0) === 0xfeff;
  const notes = findEditorNotes(text);
  const copy = maskNotes(text, notes, bom);
  const stories: Story[] = [];
  const strayPublished: Published[] = [];
  // Each story is a run of the lines, given by where it starts and ends rather than copied out:
  // a long story has tens of thousands of lines, on every edit.
  const lines = splitLines(copy);
  let from = 0;
  let hasCopy = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isPublishedLine(copy, line)) {
      const published = parsePublishedLine(copy, line);
      if (hasCopy) stories.push(parseStory(copy, lines, from, i, published, paragraphs));
      else strayPublished.push(published);
      from = i + 1;
      hasCopy = false;
    } else {
      hasCopy ||= !isBlank(copy, line);
    }
  }
  if (hasCopy) stories.push(parseStory(copy, lines, from, lines.length, null, paragraphs));
  return { file: { stories, notes, strayPublished, bom }, copy };
}

/** Where each story lies in a file, before any story is parsed. */
export interface FileOutline {
  bom: boolean;
  notes: ArticleFile['notes'];
  copy: string;
  /** Each story's range in the copy: from the start of its first line with copy to the end of
   *  its published line (or of its last line). Ranges start and end on line boundaries. */
  stories: Span[];
  strayPublished: Published[];
}

/**
 * Finds the editor notes, the published lines and so the stories of a file, without parsing
 * the stories themselves: the cheap pass that lets each story be analysed (and cached) alone.
 */
export function outlineFile(text: string): FileOutline {
  const masked = maskedCopy(text);
  return outlineByLines(masked, [...publishedLines(masked.copy, 0, masked.copy.length)]);
}

/** The text's editor notes, and its copy: the text with them (and a BOM) blanked out. */
export function maskedCopy(text: string): Pick<FileOutline, 'bom' | 'notes' | 'copy'> {
  const bom = text.charCodeAt(0) === 0xfeff;
  const notes = findEditorNotes(text);
  return { bom, notes, copy: maskNotes(text, notes, bom) };
}

/** The outline of a copy whose published lines (in order) are known. */
export function outlineByLines({ bom, notes, copy }: Pick<FileOutline, 'bom' | 'notes' | 'copy'>, published: readonly Span[]): FileOutline {
  const stories: Span[] = [];
  const strayPublished: Published[] = [];
  let from = 0;
  for (const line of published) {
    const first = firstNonSpace(copy, from, line.start);
    if (first < line.start) stories.push({ start: lineStart(copy, first), end: line.end });
    else strayPublished.push(parsePublishedLine(copy, line));
    from = line.end;
  }
  const first = firstNonSpace(copy, from, copy.length);
  if (first < copy.length) stories.push({ start: lineStart(copy, first), end: lineEnd(copy, lastNonSpace(copy, first, copy.length) - 1) });
  return { bom, notes, copy, stories, strayPublished };
}

/** Lines that may be published lines start with these words (`isPublishedLine` decides). */
const MAYBE_PUBLISHED = /[ \t]*published at/giy;

/** How long a match of the words a published line begins with is. */
const PUBLISHED_AT_LENGTH = 'published at'.length;

/**
 * The published lines of a text whose words `published at` begin in [from, to), found without
 * splitting the text into lines (`from` a line start). The words are searched for in a view of
 * the text that ends where words begun before `to` would: an edit asks about the lines it
 * changed, and the search must not read on through the rest of a long document.
 */
export function* publishedLines(text: string, from: number, to: number): Generator<Span> {
  const lower = /published at/gi;
  const searched = text.slice(0, Math.min(text.length, to + PUBLISHED_AT_LENGTH - 1));
  lower.lastIndex = from;
  for (let m = lower.exec(searched); m && m.index < to; m = lower.exec(searched)) {
    const start = lineStart(text, m.index);
    MAYBE_PUBLISHED.lastIndex = start;
    const line = { start, end: lineEnd(text, m.index) };
    if (MAYBE_PUBLISHED.test(text) && isPublishedLine(text, line)) yield line;
    lower.lastIndex = line.end;
  }
}

/** Whether a published line begins before `to`: a text without one there opens with a story at
 *  least that long. */
export function publishedBefore(text: string, to: number): boolean {
  return !publishedLines(text, 0, Math.min(to, text.length)).next().done;
}

/** The start of the line holding offset `at` (lines end at `\n`, `\r\n` or `\r`). */
export function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** The end of the line holding offset `at`, before its line ending. */
export function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/**
 * What parsing finds inside one paragraph, kept by the paragraph's text: a long story parsed
 * again after an edit splits and counts only the paragraphs the edit touched.
 */
export interface ParagraphCache {
  /** The paragraph [start, end) of `copy`: its sentences from `from` on (after a dateline),
   *  and its word count. */
  paragraph(copy: string, start: number, end: number, from: number): { sentences: Span[]; words: number; marks: readonly number[] };
}

/** Parses one story from its lines, `lines[from]` to `lines[to - 1]` (at least one not blank). */
export function parseStory(copy: string, lines: readonly Span[], from: number, to: number, published: Published | null, cache?: ParagraphCache): Story {
  let first = from;
  while (isBlank(copy, lines[first]!)) first++;
  const headlineSpan = trimSpan(copy, lines[first]!.start, lines[first]!.end);
  const headline = { ...headlineSpan, text: copy.slice(headlineSpan.start, headlineSpan.end) };
  const layout = detectLayout(copy, lines, first + 1, to);
  const shapes = groupParagraphs(copy, lines, layout, first + 1, to);
  const kinds = classifyParagraphs(copy, shapes, layout);

  const firstBody = kinds.indexOf('body');
  const dateline = firstBody >= 0 ? findDateline(copy, shapes[firstBody]!) : null;
  // Prose (body and subheads) counts its words; body paragraphs are split into sentences. A
  // cached paragraph gives both at once.
  let words = 0;
  // The quote marks of each prose paragraph, when the cache keeps them (else searched for).
  const marks: (readonly number[] | undefined)[] = [];
  const paragraphs: Paragraph[] = shapes.map(({ start, end }, i) => {
    const kind = kinds[i]!;
    if (kind !== 'body' && kind !== 'subhead') return { start, end, kind, sentences: [] };
    const from = i === firstBody && dateline ? dateline.end : start;
    const cached = cache?.paragraph(copy, start, end, from);
    words += cached ? cached.words : countWords(copy, { start, end });
    marks.push(cached?.marks);
    const sentences = kind === 'body' ? (cached?.sentences ?? splitSentences(copy, from, end)) : [];
    return { start, end, kind, sentences };
  });

  const prose = paragraphs.filter((p) => p.kind === 'body' || p.kind === 'subhead');
  const inHeadline = findQuotes(copy, [headline]);
  const inBody = findQuotes(copy, prose, marks);
  const last = paragraphs[paragraphs.length - 1];
  return {
    start: headline.start,
    end: published ? published.end : last ? last.end : headline.end,
    headline,
    dateline,
    paragraphs,
    quotes: [...inHeadline.quotes, ...inBody.quotes],
    quoteProblems: [...inHeadline.problems, ...inBody.problems],
    published,
    layout,
    words,
  };
}
