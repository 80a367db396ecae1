/**
 * Dates in the copy: every date expression of the body, where it is, and (when the story has
 * a readable published line) the calendar day it means in the newsroom's time zone.
 */
import { DateTime } from 'luxon';
import type { ArticleFile, Span } from '../article/model';
import type { SentenceInfo } from '../attribution/model';
import { findDateExpressions, type DateExpression } from './expressions';
import { resolveDate, type ResolvedDate } from './resolve';
import { memoSlot, remembered } from '../sentenceMemo';
import { BoundedMemo } from '../memo';
import { firstTokenAt } from '../entities/tokens';
import type { StoryEdit } from '../storyEdit';
import { shiftDate } from '../shift';

export type { DateExpression } from './expressions';
export type { ResolvedDate } from './resolve';

export interface DateMention extends Span {
  story: number;
  /** The expression, with offsets into the document. */
  expression: DateExpression;
  resolved: ResolvedDate | null;
  /** Inside a quotation: the speaker's words. */
  quoted: boolean;
  /** The story's publication moment in the newsroom's zone, when it has one. */
  published: DateTime | null;
}

/** Where a sentence's date expressions are remembered. */
const EXPRESSIONS = memoSlot(findDateExpressions);

export function findDates(file: ArticleFile, sentences: readonly SentenceInfo[], timeZone: string): DateMention[] {
  const publishedByStory = file.stories.map((s) => publicationIn(s.published?.iso ?? null, timeZone));
  const mentions: DateMention[] = [];
  // Index loops: this walks every sentence of a long story on every edit.
  for (let i = 0; i < sentences.length; i++) datesIn(sentences[i]!, publishedByStory[sentences[i]!.story] ?? null, mentions);
  return mentions;
}

/**
 * A story's dates taken over from its last analysis (`last`), for an edit whose sentences and
 * their quoting are as they were but for the sentences [first, end) it touched
 * (`attributionTakenOver`), which stood at [from, to) in the last text: the dates before them are
 * the last ones, those after them moved, and theirs read again. The story is published when it
 * was (`publishedIso`, in the newsroom's `timeZone`).
 */
export function datesTakenOver(last: readonly DateMention[], sentences: readonly SentenceInfo[], touched: { first: number; end: number; from: number; to: number }, edit: StoryEdit, publishedIso: string | null, timeZone: string): DateMention[] {
  const published = publicationIn(publishedIso, timeZone);
  const mentions: DateMention[] = [];
  let i = 0;
  while (i < last.length && last[i]!.start < touched.from) mentions.push(last[i++]!);
  for (let j = touched.first; j < touched.end; j++) datesIn(sentences[j]!, published, mentions);
  while (i < last.length && last[i]!.start < touched.to) i++;
  for (; i < last.length; i++) mentions.push(shiftDate(last[i]!, edit.delta, last[i]!.story));
  return mentions;
}

/** The date expressions of one body sentence, resolved against `published`, added to `mentions`. */
function datesIn(s: SentenceInfo, published: DateTime | null, mentions: DateMention[]): void {
  if (s.paragraph < 0) return;
  const text = s.text;
  const expressions = remembered(s.memo, EXPRESSIONS, findDateExpressions, text);
  for (let j = 0; j < expressions.length; j++) {
    const e = expressions[j]!;
    const expression = shift(e, s.start);
    const at = firstTokenAt(s, expression.start);
    mentions.push({
      start: expression.start,
      end: expression.end,
      story: s.story,
      expression,
      resolved: published ? resolveDate(e, published, text) : null,
      quoted: s.quoted[at] === true,
      published,
    });
  }
}

/** Publication moments by stamp and zone: a digest repeats them, and each edit asks again. */
const publications = new BoundedMemo<DateTime>();

function publicationIn(iso: string | null, timeZone: string): DateTime | null {
  if (!iso) return null;
  return publications.get(`${iso} ${timeZone}`, () => {
    const moment = DateTime.fromISO(iso, { zone: 'utc' });
    const zoned = moment.setZone(timeZone);
    return zoned.isValid ? zoned : moment;
  });
}

/** The expression with every offset moved by `by` (sentence → document). */
function shift(e: DateExpression, by: number): DateExpression {
  const moved: DateExpression = { ...e, start: e.start + by, end: e.end + by };
  if (e.month) moved.month = movedPart(e.month, by);
  if (e.day) moved.day = movedPart(e.day, by);
  if (e.weekday) moved.weekday = movedPart(e.weekday, by);
  return moved;
}

/** A part of an expression (its month, day or weekday) moved by `by`: a module-level function,
 *  not a closure made for each of a long story's dates on every edit. */
function movedPart<T extends { start: number; end: number }>(x: T, by: number): T {
  return { ...x, start: x.start + by, end: x.end + by };
}
