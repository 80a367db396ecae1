import type { Rule, RuleFinding } from '../types';

const FULL: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', thur: 'Thursday', thurs: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const ABBREVIATED = /\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.(?=[\s,;:)])/g;

/** `Thurs.`: weekdays are never abbreviated in copy (the published line is not copy). */
export const weekdayAbbreviation: Rule = {
  id: 'date/weekday-abbreviation',
  description: 'Weekdays are spelled out: Thursday, not Thurs.',
  severity: 'information',
  check({ attribution }) {
    const findings: RuleFinding[] = [];
    for (const s of attribution.sentences) {
      if (s.paragraph < 0) continue;
      const text = s.text;
      for (const m of text.matchAll(ABBREVIATED)) {
        const start = s.start + m.index!;
        const at = s.tokens.findIndex((t) => t.start >= start);
        if (at >= 0 && s.quoted[at]) continue;
        const full = FULL[m[1]!.toLowerCase()]!;
        findings.push({
          start,
          end: start + m[0].length,
          message: `Weekdays are not abbreviated: “${full}”.`,
          fixes: [{ title: `Write “${full}”`, safe: true, edits: [{ start, end: start + m[0].length, newText: full }] }],
        });
      }
    }
    return findings;
  },
};
