import type { Rule } from '../types';
import { matchInSentences, replaceMatch } from '../sentencePattern';

const FULL: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', thur: 'Thursday', thurs: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const ABBREVIATED = /\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.(?=[\s,;:)])/g;

/** `Thurs.`: weekdays are never abbreviated in copy (the published line is not copy). */
export const weekdayAbbreviation: Rule = {
  id: 'date/weekday-abbreviation',
  description: 'Weekdays are spelled out: Thursday, not Thurs.',
  severity: 'information',
  paragraphLocal: true,
  check({ attribution, within }) {
    return matchInSentences(attribution.sentences, within, ABBREVIATED, (m, start) => {
      const full = FULL[m[1]!.toLowerCase()]!;
      return replaceMatch(start, m[0], full, `Weekdays are not abbreviated: “${full}”.`);
    });
  },
};
