import type { Span } from '../../article/model';
import type { Rule, RuleFinding } from '../types';

/** Whether the span lies inside one of the spans (sorted by start): binary search. */
function insideAny(spans: readonly Span[], s: Span): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start > s.start) hi = mid - 1;
    else if (spans[mid]!.end < s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * A person first mentioned by surname alone while the story gives the full name only later:
 * the first reference carries the full name (AP). Headlines and subheads use surnames by
 * design and are not first references.
 */
export const firstReference: Rule = {
  id: 'entity/first-reference',
  description: 'A person\'s first mention in the body gives the full name, not the surname alone.',
  severity: 'warning',
  check({ entities, file }) {
    const findings: RuleFinding[] = [];
    const headingsOf = new Map<number, Span[]>();
    for (const e of entities) {
      if (e.type !== 'person' || e.name.split(/\s+/).length < 2) continue;
      let headings = headingsOf.get(e.story);
      if (!headings) {
        const story = file.stories[e.story]!;
        headings = [story.headline, ...story.paragraphs.filter((p) => p.kind === 'subhead')];
        headingsOf.set(e.story, headings);
      }
      const body = e.mentions.filter((m) => !insideAny(headings!, m));
      const first = body[0];
      if (!first || first.text.split(/\s+/).length > 1) continue;
      const full = body.find((m) => m.text === e.name) ?? body.find((m) => m.text.split(/\s+/).length > 1);
      if (!full) continue;
      findings.push({
        start: first.start,
        end: first.end,
        message: `First reference to ${e.name} is the surname alone; the full name comes only later.`,
        fixes: [{ title: `Write “${e.name}” here`, safe: false, edits: [{ start: first.start, end: first.end, newText: e.name }] }],
      });
    }
    return findings;
  },
};
