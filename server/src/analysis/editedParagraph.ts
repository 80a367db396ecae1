/**
 * The one paragraph an edit changed, and the findings of the story's last analysis around it:
 * a rule whose findings each follow from one paragraph (`Rule.paragraphLocal`) is then asked
 * only about that paragraph, and its other findings are taken over, moved.
 */
import type { Span, Story } from './article/model';
import { lineAround } from './article/lines';
import type { Finding, RuleFinding } from './rules/types';
import { findingReach, shiftFinding } from './shift';
import type { StoryEdit } from './storyEdit';

/** The whole lines of the edited paragraph, in the story's last text and in its text now. */
export interface EditedLines {
  /** The paragraph's index in the story; -1 for the headline, as sentences number it. */
  index: number;
  last: Span;
  now: Span;
  delta: number;
}

/**
 * The lines of the paragraph (or the headline) that holds the whole edit, when it is the same
 * paragraph before and after it: the story has as many paragraphs, and this one starts where it
 * did and ends where the edit moved its end. Null when the edit reaches outside one paragraph
 * (the lines between paragraphs, two paragraphs at once) or changed where one begins or ends.
 */
export function editedParagraph(last: Story, now: Story, edit: StoryEdit, copy: string): EditedLines | null {
  if (last.paragraphs.length !== now.paragraphs.length) return null;
  const inHeadline = last.headline.start <= edit.from && edit.to <= last.headline.end;
  const index = inHeadline ? HEADLINE : paragraphHolding(last.paragraphs, edit.from, edit.to);
  if (index === NONE) return null;
  const before = index === HEADLINE ? last.headline : last.paragraphs[index]!;
  const after = index === HEADLINE ? now.headline : now.paragraphs[index]!;
  if (after.start !== before.start || after.end !== before.end + edit.delta) return null;
  const start = lineAround(copy, after.start).start;
  const end = lineAround(copy, Math.max(after.start, after.end - 1)).end;
  return { index, last: { start, end: end - edit.delta }, now: { start, end }, delta: edit.delta };
}

/** The index an edit in the headline is given, as the passes number the headline's sentence. */
const HEADLINE = -1;
/** No paragraph holds the edit. */
const NONE = -2;

/** Index of the paragraph holding [from, to] (sorted, not overlapping), or `NONE`. */
function paragraphHolding(paragraphs: readonly Span[], from: number, to: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid]!;
    if (p.end < from) lo = mid + 1;
    else if (p.start > from) hi = mid - 1;
    else return to <= p.end ? mid : NONE;
  }
  return NONE;
}

/** The rule's findings of the last analysis before the edited lines, and those after them, moved. */
export interface FindingsAround {
  before: Finding[];
  after: Finding[];
}

/**
 * A rule's findings in the story's last analysis (`last`, that rule's alone) outside the edited lines: those before as
 * they were, those after moved by the edit. Null when one reaches into the lines from outside
 * them: it may hang on text the edit changed.
 */
export function findingsAround(last: readonly Finding[], lines: EditedLines): FindingsAround | null {
  const before: Finding[] = [];
  const after: Finding[] = [];
  const { start, end } = lines.last;
  for (let i = 0; i < last.length; i++) {
    const f = last[i]!;
    const reach = findingReach(f);
    if (reach.start >= start && reach.end <= end) continue; // found again by the rule
    if (reach.end <= start) before.push(f);
    else if (reach.start >= end) after.push(shiftFinding(f, lines.delta));
    else return null;
  }
  return { before, after };
}

/** Whether a finding and its fixes all lie within `lines`. */
export function liesWithin(f: RuleFinding, lines: Span): boolean {
  const reach = findingReach(f);
  return reach.start >= lines.start && reach.end <= lines.end;
}
