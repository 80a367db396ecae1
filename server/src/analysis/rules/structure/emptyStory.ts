import type { Rule, RuleFinding } from '../types';

/** A story that is only a headline, or a published line with no story above it. */
export const emptyStory: Rule = {
  id: 'structure/empty-story',
  description: 'Every story needs body copy under its headline, and every published line a story above it.',
  severity: 'warning',
  check({ file }) {
    const findings: RuleFinding[] = [];
    for (const story of file.stories) {
      if (story.paragraphs.some((p) => p.kind === 'body')) continue;
      findings.push({
        start: story.headline.start,
        end: story.headline.end,
        message: `The story "${story.headline.text}" has a headline but no body copy.`,
        fixes: [],
      });
    }
    for (const stray of file.strayPublished) {
      findings.push({
        start: stray.start,
        end: stray.end,
        message: 'This published line closes no story: there is no headline or copy above it.',
        fixes: [],
      });
    }
    return findings;
  },
};
