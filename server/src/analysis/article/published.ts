import { DateTime, FixedOffsetZone } from 'luxon';
import { BoundedMemo } from '../memo';
import type { Published, Span } from './model';

/** `Published at` at the start of a line (case-insensitive, leading spaces allowed). */
const PUBLISHED_LINE = /^[ \t]*published at\b[ \t]*/i;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** RFC 2822 zone names and their offsets in hours. */
const ZONE_NAMES: Record<string, number> = {
  UT: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
};

/** `[Mon, ]12 Aug 2024 22:47[:30] +0000` (RFC 2822 section 3.3). */
const RFC2822 =
  /^(?:([A-Za-z]{3}),\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([+-]\d{4}|[A-Za-z]{1,3})$/;

export const EXPECTED_STAMP = '"Mon, 12 Aug 2024 22:47:30 +0000"';

/** Longest stamp we still take for one: RFC 2822 stamps are about 31 characters. */
const MAX_STAMP = 50;

/**
 * True when the line (a span of `text`) is a `Published at …` line: the words, then
 * something short with a digit in it. A body sentence that happens to start "Published at
 * the height of the war…" is longer, or ends like a sentence.
 */
export function isPublishedLine(text: string, line: Span): boolean {
  if (line.end - line.start > MAX_STAMP + 20 || line.end - line.start < 12) return false;
  const first = text.charCodeAt(line.start);
  if (first !== 80 /* P */ && first !== 112 /* p */ && first !== 32 && first !== 9) return false; // cheap test first
  const lineText = text.slice(line.start, line.end);
  const lead = PUBLISHED_LINE.exec(lineText);
  if (!lead) return false;
  const rest = lineText.slice(lead[0].length).trimEnd();
  return rest === '' || (rest.length <= MAX_STAMP && /\d/.test(rest) && !/[.!?]$/.test(rest));
}

/** Reads a `Published at …` line; the result says what is wrong when the stamp cannot be read. */
export function parsePublishedLine(text: string, line: Span): Published {
  const lineText = text.slice(line.start, line.end);
  const lead = PUBLISHED_LINE.exec(lineText);
  const stampStart = line.start + (lead ? lead[0].length : 0);
  const stampText = lineText.slice(stampStart - line.start).trimEnd();
  const stamp = { start: stampStart, end: stampStart + stampText.length, text: stampText };
  const start = line.start + (lineText.length - lineText.trimStart().length);
  const base = { start, end: stamp.end, text: text.slice(start, stamp.end), stamp };
  const read = readStamp(stampText);
  if ('problem' in read) {
    return { ...base, iso: null, offsetMinutes: null, problem: read.problem, weekday: null, weekdaySpan: null };
  }
  const weekdaySpan = read.weekday === null ? null : { start: stampStart, end: stampStart + read.weekday.length };
  return { ...base, iso: read.iso, offsetMinutes: read.offsetMinutes, problem: null, weekday: read.weekday, weekdaySpan };
}

type StampReading = { iso: string; offsetMinutes: number; weekday: string | null } | { problem: string };

/** Stamps read before: a digest repeats a few, and every edit reads them all again. */
const readings = new BoundedMemo<StampReading>();

/** Parses an RFC 2822 date-time, explaining the first thing that is wrong with it. */
export function readStamp(stamp: string): StampReading {
  return readings.get(stamp, () => readStampAfresh(stamp));
}

function readStampAfresh(stamp: string): StampReading {
  if (stamp === '') return { problem: `the timestamp is missing: expected ${EXPECTED_STAMP}` };
  const m = RFC2822.exec(stamp);
  if (!m) return { problem: `cannot read "${stamp}" as a date: ${explainShape(stamp)}` };
  const [, weekday, day, monthName, year, hour, minute, second, zone] = m;
  if (weekday !== undefined && !WEEKDAYS.includes(weekday)) {
    return { problem: `"${weekday}" is not a weekday: use Mon, Tue, Wed, Thu, Fri, Sat or Sun` };
  }
  const month = MONTHS.indexOf(monthName!) + 1;
  if (month === 0) return { problem: `"${monthName}" is not a month: use Jan, Feb, Mar, … Dec` };
  const offsetMinutes = readZone(zone!);
  if (offsetMinutes === null) return { problem: `"${zone}" is not a time zone: use a UTC offset such as +0000` };
  const moment = DateTime.fromObject(
    { year: +year!, month, day: +day!, hour: +hour!, minute: +minute!, second: second === undefined ? 0 : +second },
    { zone: FixedOffsetZone.instance(offsetMinutes) },
  );
  if (!moment.isValid) return { problem: `${day} ${monthName} ${year} ${hour}:${minute} is not a real date and time` };
  return { iso: moment.toUTC().toISO({ suppressMilliseconds: true })!, offsetMinutes, weekday: weekday ?? null };
}

function readZone(zone: string): number | null {
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = +numeric[2]! * 60 + +numeric[3]!;
    return minutes >= 24 * 60 || +numeric[3]! >= 60 ? null : numeric[1] === '-' ? -minutes : minutes;
  }
  const hours = ZONE_NAMES[zone.toUpperCase()];
  return hours === undefined ? null : hours * 60;
}

/** Names the most likely mistake in a stamp that does not have the RFC 2822 shape. */
function explainShape(stamp: string): string {
  const expected = `expected ${EXPECTED_STAMP}`;
  if (/\b(January|February|March|April|June|July|August|September|October|November|December)\b/i.test(stamp)) {
    return `write the month as three letters (Aug), ${expected}`;
  }
  if (/\d{4}-\d{2}-\d{2}/.test(stamp)) return `this is ISO 8601, not RFC 2822; ${expected}`;
  if (/^[A-Za-z]+\s+\d/.test(stamp)) return `a comma must follow the weekday, ${expected}`;
  if (/\d{5,}/.test(stamp)) return `the year must have four digits, ${expected}`;
  if (/\d{1,2}:\d{2}(:\d{2})?$/.test(stamp)) return `the UTC offset is missing (add +0000), ${expected}`;
  return expected;
}
