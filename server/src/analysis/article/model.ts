/**
 * The article model: what a file of stories is made of, as spans of UTF-16 offsets into
 * the document text (end exclusive). Plain data only, so it can be cached, compared and
 * printed as JSON.
 */

/** A range of the document text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** How a story's body marks its paragraphs. */
export type Layout =
  /** One paragraph a line; blank lines between paragraphs are optional. */
  | 'lines'
  /** Hard-wrapped wire copy: a paragraph runs over several lines and starts after a blank
   *  line or with an indent. */
  | 'wrapped';

/** `BUTLER, Pa. (AP) —`, `LOS ANGELES, Oct 13 (Reuters) -`, `SALVADOR, Feb 26 -`. */
export interface Dateline extends TextSpan {
  /** The place as written, city and any state or country: `BUTLER, Pa.`. */
  place: string;
  placeSpan: Span;
  /** The city alone: `BUTLER`. */
  city: string;
  citySpan: Span;
  /** State or country as written (`Pa.`, `Pakistan`), or null. */
  region: string | null;
  regionSpan: Span | null;
  /** The date in wire datelines (`Oct 13`), or null. */
  date: string | null;
  /** The agency inside the parentheses (`AP`, `Reuters`), or null for staff copy. */
  agency: string | null;
  agencySpan: Span | null;
  /** The dash as written: `-`, `–`, `—` or `--`. */
  dash: string;
  dashSpan: Span;
}

/** The `Published at …` line that closes a story. */
export interface Published extends TextSpan {
  /** The timestamp after `Published at`. */
  stamp: TextSpan;
  /** The moment in UTC as an ISO 8601 string, or null when the stamp cannot be read. */
  iso: string | null;
  /** The UTC offset as written, in minutes east of UTC (null when unreadable). */
  offsetMinutes: number | null;
  /** Why the stamp cannot be read, and what was expected; null when it reads. */
  problem: string | null;
  /** The weekday as written (`Mon`), or null when there is none. */
  weekday: string | null;
  weekdaySpan: Span | null;
}

export type ParagraphKind =
  /** Copy written by the reporter. */
  | 'body'
  /** A short heading line inside the story (`Light on policy detail`). */
  | 'subhead'
  /** Pasted material that is not the writer's prose: social posts, HTML, bare links. */
  | 'embed'
  /** `By Jane Doe` above the first paragraph. */
  | 'byline';

export interface Paragraph extends Span {
  kind: ParagraphKind;
  /** Sentences of body paragraphs (empty for the other kinds). */
  sentences: Span[];
}

export type QuoteMark = 'double' | 'single';

/** A quotation in the copy, from its opening mark to its closing mark. */
export interface Quote extends Span {
  /** The quoted words, without the marks. */
  content: Span;
  mark: QuoteMark;
  /** A single-quoted quotation inside a double-quoted one. */
  nested: boolean;
  /** False when the text ran out before a closing mark. */
  closed: boolean;
  /** How many paragraphs the quotation runs over (a continued quote has no closing mark at
   *  the end of each paragraph but the last). */
  paragraphs: number;
}

/** A quote mark that does not pair up; the unbalanced-quotes rule reports these. */
export interface QuoteProblem extends Span {
  kind: 'unclosed' | 'stray-close' | 'opener-as-closer' | 'closer-as-opener';
  mark: string;
}

export interface Story extends Span {
  headline: TextSpan;
  dateline: Dateline | null;
  paragraphs: Paragraph[];
  quotes: Quote[];
  quoteProblems: QuoteProblem[];
  published: Published | null;
  layout: Layout;
  /** Words of copy in the body (headline, embeds, bylines and editor notes excluded). */
  words: number;
}

/** `<!-- … -->`: an editor's note, never copy. */
export interface EditorNote extends Span {
  /** The words between the markers. */
  body: Span;
  /** False when there is no `-->`; the note then ends at the end of its line. */
  closed: boolean;
}

/** The whole file. */
export interface ArticleFile {
  stories: Story[];
  notes: EditorNote[];
  /** `Published at` lines with no story above them. */
  strayPublished: Published[];
  /** True when the text starts with a byte order mark (offset 0), which is not copy. */
  bom: boolean;
}
