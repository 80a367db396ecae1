import type { Rule } from '../types';

/** A story with no dateline, when the newsroom requires one (setting `copydesk.datelineRequired`). */
export const datelineRequired: Rule = {
  id: 'dateline/required',
  description: 'Every story opens with a dateline (only when the datelineRequired setting is on).',
  severity: 'warning',
  check({ file, copy, options }) {
    if (!options.datelineRequired) return [];
    return file.stories
      .filter((s) => !s.dateline && s.paragraphs.some((p) => p.kind === 'body'))
      .map((s) => {
        const first = s.paragraphs.find((p) => p.kind === 'body')!;
        const firstWord = /^\S+/.exec(copy.slice(first.start, first.end))![0];
        return { start: first.start, end: first.start + firstWord.length, message: 'This story has no dateline (CITY, State (AP) — ).', fixes: [] };
      });
  },
};
