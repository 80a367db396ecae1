import { formatHouseDate, WEEKDAY_NAMES } from '../../dates/apStyle';
import type { Rule, RuleFinding } from '../types';
import { isWithin } from '../../spans';

/**
 * `last Tuesday`, `next Tuesday`: ambiguous (this week's or the one before?). Within a week of
 * publication AP writes the weekday alone, beyond it the date; the fix says which, from the
 * story's publication date.
 */
export const relativeWeekday: Rule = {
  id: 'date/relative-weekday',
  description: 'No "last Tuesday" or "next Tuesday": the weekday alone within a week of publication, the date beyond it.',
  severity: 'information',
  paragraphLocal: true,
  check({ dates, options, within }) {
    const findings: RuleFinding[] = [];
    for (const d of dates) {
      if (!isWithin(d.start, within)) continue;
      const e = d.expression;
      if (e.kind !== 'weekday' || !e.modifier || e.modifier === 'this' || d.quoted) continue;
      const resolved = d.resolved;
      const replacement = !resolved ? null : Math.abs(resolved.daysFromPublication) < 7 ? WEEKDAY_NAMES[resolved.date.weekday - 1]! : formatHouseDate(resolved.date, options.houseStyle, { year: false });
      findings.push({
        start: e.start,
        end: e.end,
        message: `“${e.text}” is ambiguous${replacement ? `: from the publication date it is ${formatHouseDate(resolved!.date, options.houseStyle, { weekday: true, year: false })}` : ''}.`,
        fixes: replacement ? [{ title: `Write “${replacement}”`, safe: false, edits: [{ start: e.start, end: e.end, newText: replacement }] }] : [],
      });
    }
    return findings;
  },
};
