import type { Rule, RuleFinding } from '../types';

/**
 * The dash after the dateline, as the house style writes it: AP `(AP) —` (an em dash with a
 * space either side), Reuters `(Reuters) -` (a hyphen with a space either side).
 */
export const agencyDash: Rule = {
  id: 'dateline/dash',
  description: 'The dateline ends with the house style\'s dash: AP " — " (em dash), Reuters " - " (hyphen), a space either side.',
  severity: 'warning',
  check({ file, copy, options }) {
    const dash = options.houseStyle === 'reuters' ? '-' : '—';
    const findings: RuleFinding[] = [];
    for (const story of file.stories) {
      const d = story.dateline;
      if (!d || d.dash === '') continue;
      let start = d.dashSpan.start;
      while (start > d.start && copy[start - 1] === ' ') start--;
      let end = d.dashSpan.end;
      while (copy[end] === ' ') end++;
      const written = copy.slice(start, end);
      const wanted = ` ${dash} `;
      if (written === wanted) continue;
      findings.push({
        start: d.dashSpan.start,
        end: d.dashSpan.end,
        message: `The dateline ends with “${wanted.trim()}” and a space either side (${options.houseStyle === 'reuters' ? 'Reuters' : 'AP'} style).`,
        fixes: [{ title: `Write “${wanted.trim()}”`, safe: true, edits: [{ start, end, newText: wanted }] }],
      });
    }
    return findings;
  },
};
