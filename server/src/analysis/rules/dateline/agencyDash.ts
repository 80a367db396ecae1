import type { Rule, RuleFinding } from '../types';

/**
 * The dash after the dateline, as the house style writes it: AP `(AP) —` (an em dash with a
 * space either side), Reuters `(Reuters) -` (a hyphen with a space either side).
 */
export const agencyDash: Rule = {
  id: 'dateline/dash',
  description: 'The dateline ends with the house style\'s dash: AP " — " (em dash), Reuters " - " (hyphen), a space either side.',
  severity: 'warning',
  check({ file, text, options }) {
    const dash = options.houseStyle === 'reuters' ? '-' : '—';
    const findings: RuleFinding[] = [];
    for (const story of file.stories) {
      const d = story.dateline;
      if (!d || d.dash === '') continue;
      // Real spaces only (the text, not the copy, where editor notes are blanked), and none
      // past the story: a dateline with nothing after it needs no space after its dash.
      let start = d.dashSpan.start;
      while (start > d.start && text[start - 1] === ' ') start--;
      let end = d.dashSpan.end;
      while (end < story.end && text[end] === ' ') end++;
      const written = text.slice(start, end);
      const wanted = end < story.end ? ` ${dash} ` : ` ${dash}`;
      if (written === wanted) continue;
      findings.push({
        start: d.dashSpan.start,
        end: d.dashSpan.end,
        message: `The dateline ends with “${dash}” and a space either side (${options.houseStyle === 'reuters' ? 'Reuters' : 'AP'} style).`,
        fixes: [{ title: `Write “${dash}”`, safe: true, edits: [{ start, end, newText: wanted }] }],
      });
    }
    return findings;
  },
};
