import type { Rule, RuleFinding } from '../types';

/** The newsroom's agency written its way in datelines (`(Ap)` → `(AP)`), when `.copydesk.json` names it. */
export const agencyName: Rule = {
  id: 'dateline/agency-name',
  description: 'The agency in a dateline is written as the house config names it (e.g. AP, not Ap).',
  severity: 'warning',
  check({ file, options }) {
    const agency = options.agency;
    if (!agency) return [];
    const findings: RuleFinding[] = [];
    for (const story of file.stories) {
      const d = story.dateline;
      if (!d?.agency || !d.agencySpan || d.agency === agency || d.agency.toLowerCase() !== agency.toLowerCase()) continue;
      findings.push({
        start: d.agencySpan.start,
        end: d.agencySpan.end,
        message: `The agency is written “${agency}”.`,
        fixes: [{ title: `Write “${agency}”`, safe: true, edits: [{ start: d.agencySpan.start, end: d.agencySpan.end, newText: agency }] }],
      });
    }
    return findings;
  },
};
