import { DateTime } from 'luxon';
import { formatHouseDate, WEEKDAY_NAMES } from '../../dates/apStyle';
import type { Rule, RuleFinding } from '../types';
import { isWithin } from '../../spans';

/**
 * `Monday, Aug. 13, 2024` when Aug. 13, 2024 was a Tuesday: a weekday written with a full date
 * must be that date's. Checked inside quotations too (a wrong day is a fact, not a style);
 * the fix offers the right weekday, but which of the two is wrong is the writer's call.
 */
export const weekdayMismatch: Rule = {
  id: 'date/weekday-mismatch',
  description: 'A weekday written with a date is that date\'s weekday.',
  severity: 'error',
  paragraphLocal: true,
  check({ dates, options, within }) {
    const findings: RuleFinding[] = [];
    for (const d of dates) {
      if (!isWithin(d.start, within)) continue;
      const { weekday, month, day, year } = d.expression;
      if (!weekday || !month || !day) continue;
      const resolvedYear = year ?? d.resolved?.date.year;
      if (!resolvedYear) continue;
      // A calendar day's weekday is the same in every zone: UTC spares looking up the system's.
      const date = DateTime.utc(resolvedYear, month.number, day.number);
      if (!date.isValid || date.weekday === weekday.number) continue;
      const right = WEEKDAY_NAMES[date.weekday - 1]!;
      findings.push({
        start: weekday.start,
        end: weekday.end,
        message: `${formatHouseDate(date, options.houseStyle)} was a ${right}, not a ${weekday.text}.`,
        fixes: [{ title: `Write “${right}”`, safe: false, edits: [{ start: weekday.start, end: weekday.end, newText: right }] }],
      });
    }
    return findings;
  },
};

