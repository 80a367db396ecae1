import { DateTime } from 'luxon';
import type { Published } from '../../article/model';
import type { Rule, RuleFinding } from '../types';
import { BoundedMemo } from '../../memo';

const SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `Published at Tue, 19 Aug 2024 …` when Aug. 19, 2024 was a Monday (in the stamp's own offset). */
export const publishedWeekday: Rule = {
  id: 'date/published-weekday',
  description: 'The weekday of a "Published at" line matches its date.',
  severity: 'error',
  check({ file }) {
    return [...file.stories.flatMap((s) => (s.published ? [s.published] : [])), ...file.strayPublished].flatMap(check);
  },
};

function check(p: Published): RuleFinding[] {
  if (!p.iso || !p.weekday || !p.weekdaySpan || p.offsetMinutes === null) return [];
  const local = stampDate(p.iso, p.offsetMinutes);
  const actual = SHORT[local.weekday - 1]!;
  if (actual === p.weekday) return [];
  return [{
    start: p.weekdaySpan.start,
    end: p.weekdaySpan.end,
    message: `${local.toFormat('d LLL yyyy')} was a ${local.toFormat('cccc')}, not a ${longName(p.weekday)}.`,
    fixes: [{ title: `Write “${actual}”`, safe: true, edits: [{ start: p.weekdaySpan.start, end: p.weekdaySpan.end, newText: actual }] }],
  }];
}

/** Stamps' own dates by moment and offset: a digest repeats a few, and each edit asks again. */
const stampDates = new BoundedMemo<DateTime>();

/** The date and time the stamp wrote: the UTC moment with the stamp's offset added back. */
function stampDate(iso: string, offsetMinutes: number): DateTime {
  return stampDates.get(`${iso} ${offsetMinutes}`, () => DateTime.fromISO(iso, { zone: 'utc' }).plus({ minutes: offsetMinutes }));
}

function longName(short: string): string {
  return ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][SHORT.indexOf(short)] ?? short;
}
