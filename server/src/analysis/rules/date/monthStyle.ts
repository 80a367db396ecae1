import { AP_MONTHS_WITH_DAY, REUTERS_MONTHS_WITH_DAY } from '../../dates/apStyle';
import { MONTH_NAMES } from '../../dates/expressions';
import type { Rule, RuleFinding } from '../types';
import { isWithin } from '../../spans';

const FULL = MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1));

/**
 * Months as the stylebook writes them: with a day, AP's forms (`Aug. 12`, `Sept. 5`, `March
 * 5`, never `Sep.` or `August 12`; Reuters `Aug 12`); alone or with a year only, spelled out
 * (`August 2024`); no ordinals (`Nov. 5`, not `Nov. 5th`). Quotations are left as written.
 */
export const monthStyle: Rule = {
  id: 'date/month-style',
  description: 'Months follow the stylebook: Jan. Feb. Aug. Sept. Oct. Nov. Dec. with a day, March–July spelled out; a month alone or with a year spelled out; no ordinals.',
  severity: 'information',
  paragraphLocal: true,
  check({ dates, options, copy, within }) {
    const withDay = options.houseStyle === 'reuters' ? REUTERS_MONTHS_WITH_DAY : AP_MONTHS_WITH_DAY;
    const findings: RuleFinding[] = [];
    for (const d of dates) {
      if (!isWithin(d.start, within)) continue;
      const { month, day, kind } = d.expression;
      if (d.quoted || !month) continue;
      const wanted = kind === 'date' ? withDay[month.number - 1]! : FULL[month.number - 1]!;
      if (month.text !== wanted) {
        const why = kind === 'date' ? 'with a day' : 'without a day';
        // `in Aug. The vote…`: the abbreviation's period also ends the sentence, and stays.
        const replacement = kind === 'month' && endsSentence(copy, month.end) ? `${wanted}.` : wanted;
        findings.push(rewrite(month, replacement, `Write “${wanted}” ${why} (${options.houseStyle === 'reuters' ? 'Reuters' : 'AP'} style), not “${month.text}”.`));
      }
      if (day?.ordinal) {
        const digits = { start: day.start, end: day.end, text: `${day.number}${day.ordinal}` };
        findings.push(rewrite(digits, String(day.number), `No ordinal in dates: “${day.number}”, not “${digits.text}”.`));
      }
    }
    return findings;
  },
};

/** Nothing but space before a capital letter, a line end or the end of the copy. */
function endsSentence(copy: string, at: number): boolean {
  const next = /^[ \t]*(\S?)/.exec(copy.slice(at, at + 40))![1]!;
  return next === '' || /\p{Lu}|[“"‘(]/u.test(next);
}

function rewrite(span: { start: number; end: number; text: string }, wanted: string, message: string): RuleFinding {
  return { start: span.start, end: span.end, message, fixes: [{ title: `Write “${wanted}”`, safe: true, edits: [{ start: span.start, end: span.end, newText: wanted }] }] };
}
