import { DateTime } from 'luxon';
import { readStamp } from './published';

const LONG_MONTHS = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?=\s)/gi;
const LONG_WEEKDAYS = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+/i;

/**
 * An RFC 2822 form of a timestamp written another way, when the meaning is certain: ISO 8601
 * with a UTC offset, or month and weekday names written out. Null when anything would be a
 * guess (no offset, no such date).
 */
export function suggestStamp(stamp: string): string | null {
  const trimmed = stamp.trim();
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)) {
    const moment = DateTime.fromISO(trimmed, { setZone: true });
    return moment.isValid ? moment.toRFC2822() : null;
  }
  const rewritten = trimmed
    .replace(LONG_WEEKDAYS, (_, day: string) => `${titleCase(day)}, `)
    .replace(LONG_MONTHS, (_, month: string) => titleCase(month));
  if (rewritten === trimmed) return null;
  return 'problem' in readStamp(rewritten) ? null : rewritten;
}

function titleCase(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}
