import { DateTime } from 'luxon';
import type { DateExpression } from './expressions';
import { BoundedMemo } from '../memo';

/** What a date expression means, resolved against a story's publication. */
export interface ResolvedDate {
  /** The calendar day (in the newsroom's zone), or the first day of a week/month/year range. */
  date: DateTime;
  /** For `last month`, `next week`: the last day of the range. */
  until?: DateTime;
  /** Whole days from the publication day (negative: before it). */
  daysFromPublication: number;
}

/** Words that put a bare weekday in the week ahead (`will meet on Friday`). */
const FUTURE = /\b(will|would|plans? to|is scheduled|are scheduled|is set to|are set to|is expected to|are expected to|is due|are due|next|upcoming|coming)\b/i;

/** The last sentence asked about: its weekdays come one after another, and a sentence that
 *  says nothing of the future is read to its end each time (a table read as one sentence). */
let lastAsked: { sentence: string; future: boolean } | null = null;

/** Whether the sentence speaks of the week ahead. */
function speaksOfFuture(sentence: string): boolean {
  if (lastAsked?.sentence !== sentence) lastAsked = { sentence, future: FUTURE.test(sentence) };
  return lastAsked.future;
}

/**
 * Resolves an expression against the publication moment, in the newsroom's time zone: a bare
 * weekday is the latest such day up to publication (the next one when the sentence speaks of
 * the future), a month and day without a year is the one nearest publication.
 */
export function resolveDate(e: DateExpression, published: DateTime, sentence: string): ResolvedDate | null {
  // The same few expressions recur against the same publication days (a digest, every edit):
  // what they mean is worked out once. The key holds everything the result depends on.
  const future = e.kind === 'weekday' && e.modifier !== 'next' && e.modifier !== 'last' && speaksOfFuture(sentence);
  const key = `${published.year}-${published.month}-${published.day} ${e.kind} ${e.year} ${e.month?.number} ${e.day?.number} ${e.weekday?.number} ${e.modifier} ${e.unit} ${e.offsetDays} ${future}`;
  const resolved = resolvedByKey.get(key, () => resolveAfresh(e, published, future));
  return resolved && { ...resolved };
}

const resolvedByKey = new BoundedMemo<ResolvedDate | null>();

/** `ahead`: a bare weekday's sentence speaks of the week ahead. */
function resolveAfresh(e: DateExpression, published: DateTime, ahead: boolean): ResolvedDate | null {
  // The publication's calendar day in the newsroom's zone; from there on the arithmetic is on
  // calendar days only, done in UTC, where no daylight-saving change moves a day and no time
  // zone has to be looked up (the look-ups were a tenth of a long file's analysis).
  const today = DateTime.utc(published.year, published.month, published.day);
  let date: DateTime | null = null;
  let until: DateTime | undefined;
  if (e.kind === 'date' && e.month && e.day) {
    date = e.year ? DateTime.utc(e.year, e.month.number, e.day.number) : nearestYear(e.month.number, e.day.number, today);
  } else if (e.kind === 'weekday' && e.weekday) {
    const future = e.modifier === 'next' || ahead;
    date = weekdayNear(today, e.weekday.number, future, e.modifier === 'last' || e.modifier === 'next');
  } else if (e.kind === 'relative' && e.unit) {
    if (e.offsetDays !== undefined) date = today.plus({ days: e.offsetDays });
    else {
      const shift = e.modifier === 'last' ? -1 : e.modifier === 'next' ? 1 : 0;
      const unit = e.unit === 'week' ? 'week' : e.unit === 'month' ? 'month' : 'year';
      date = today.plus({ [`${unit}s`]: shift }).startOf(unit);
      until = date.endOf(unit).startOf('day');
    }
  } else if (e.kind === 'month-year' && e.month && e.year) {
    date = DateTime.utc(e.year, e.month.number, 1);
    until = date.endOf('month').startOf('day');
  }
  if (!date || !date.isValid) return null;
  const resolved: ResolvedDate = { date, daysFromPublication: daysBetween(today, date) };
  if (until) resolved.until = until;
  return resolved;
}

/** The latest such weekday up to today (strictly before it for `last`), or the next one. */
function weekdayNear(today: DateTime, weekday: number, future: boolean, strict: boolean): DateTime {
  const diff = weekday - today.weekday;
  if (future) return today.plus({ days: diff > 0 || (diff === 0 && !strict) ? diff : diff + 7 });
  return today.plus({ days: diff < 0 || (diff === 0 && !strict) ? diff : diff - 7 });
}

/** A month and day without a year: the one closest to publication. */
function nearestYear(month: number, day: number, today: DateTime): DateTime | null {
  const candidates = [-1, 0, 1]
    .map((shift) => DateTime.utc(today.year + shift, month, day))
    .filter((d) => d.isValid);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, d) => (Math.abs(daysBetween(today, d)) < Math.abs(daysBetween(today, best)) ? d : best));
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to`, both midnights in UTC, where every day is as long. (Luxon's
 *  `diff` builds a duration for this; on a cold start its first hundred calls cost tens of ms.) */
function daysBetween(from: DateTime, to: DateTime): number {
  return Math.round((to.toMillis() - from.toMillis()) / DAY_MS);
}
