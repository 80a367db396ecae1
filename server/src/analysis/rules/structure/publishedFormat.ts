import type { Published } from '../../article/model';
import { suggestStamp } from '../../article/stampRepair';
import type { Rule, RuleFinding } from '../types';

/** A `Published at` line whose timestamp cannot be read as an RFC 2822 date. */
export const publishedFormat: Rule = {
  id: 'structure/published-format',
  description: 'A "Published at" line must carry an RFC 2822 timestamp such as "Mon, 12 Aug 2024 22:47:30 +0000".',
  severity: 'error',
  check({ file }) {
    const lines = [...file.stories.flatMap((s) => (s.published ? [s.published] : [])), ...file.strayPublished];
    return lines.filter((p) => p.problem !== null).map(toFinding);
  },
};

function toFinding(published: Published): RuleFinding {
  const { stamp } = published;
  const span = stamp.text === '' ? published : stamp;
  const suggestion = suggestStamp(stamp.text);
  return {
    start: span.start,
    end: span.end,
    message: `Published line: ${published.problem}.`,
    fixes: suggestion
      ? [{ title: `Write the timestamp as "${suggestion}"`, safe: true, edits: [{ start: stamp.start, end: stamp.end, newText: suggestion }] }]
      : [],
  };
}
