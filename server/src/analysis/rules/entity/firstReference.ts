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

/** A name of more than one word holds a space. */
const SPACE = /\s/;

/**
 * A person first mentioned by surname alone while the story gives the full name only later:
 * the first reference carries the full name (AP). Headlines and subheads use surnames by
 * design and are not first references.
 */
export const firstReference: Rule = {
  id: 'entity/first-reference',
  description: 'A person\'s first mention in the body gives the full name, not the surname alone.',
  severity: 'warning',
  readsNamesAndHeadings: true,
  check({ entities, file }) {
    const findings: RuleFinding[] = [];
    const headingsOf = new Map<number, Span[]>();
    for (const e of entities) {
      if (e.type !== 'person' || !SPACE.test(e.name)) continue;
      let headings = headingsOf.get(e.story);
      if (!headings) {
        const story = file.stories[e.story]!;
        headings = [story.headline, ...story.paragraphs.filter((p) => p.kind === 'subhead')];
        headingsOf.set(e.story, headings);
      }
      const inBody = (m: Span) => !insideAny(headings!, m);
      const first = e.mentions.find(inBody);
      // Surname alone first, and the full name (or another form of more than one word) later.
      if (!first || SPACE.test(first.text) || !e.mentions.some((m) => SPACE.test(m.text) && inBody(m))) continue;
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
