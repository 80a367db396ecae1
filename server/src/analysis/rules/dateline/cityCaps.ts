import type { Rule } from '../types';

/** `Portland, ME (AP) —`: the dateline city goes in capitals. */
export const cityCaps: Rule = {
  id: 'dateline/city-caps',
  description: 'The dateline city is written in capitals: PORTLAND, not Portland.',
  severity: 'warning',
  check({ file }) {
    return file.stories.flatMap((story) => {
      const d = story.dateline;
      if (!d || d.city === d.city.toUpperCase()) return [];
      const caps = d.city.toUpperCase();
      return [{
        start: d.citySpan.start,
        end: d.citySpan.end,
        message: `Dateline city in capitals: “${caps}”.`,
        fixes: [{ title: `Write “${caps}”`, safe: true, edits: [{ start: d.citySpan.start, end: d.citySpan.end, newText: caps }] }],
      }];
    });
  },
};
