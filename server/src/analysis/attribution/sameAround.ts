/**
 * Whether the attribution pass, run again after an edit inside one paragraph, found outside
 * that paragraph what the story's last analysis found there, moved. Then what reads a paragraph
 * at a time (dates, most rules) needs reading again in that paragraph only.
 */
import type { Quote, Span, Story } from '../article/model';
import type { EditedLines } from '../editedParagraph';
import type { SentenceSummaries } from '../sentenceSummaries';
import type { Attribution, AttributionResult, SentenceInfo } from './model';
import { movedTo, type StoryEdit } from '../storyEdit';
import { quoteMoved } from './takenOver';

/** What the story's last analysis found. */
export interface AttributionLast {
  story: Story;
  attributions: readonly Attribution[];
  unattributedQuotes: readonly Quote[];
  sentences: SentenceSummaries;
}

/**
 * True when, outside the edited lines, the quotations, the attributions (any reaching into the
 * lines included) and the quotations left without a speaker are the last ones, moved, and every
 * sentence outside the edited paragraph stands and is sourced as it was.
 */
export function attributionSameAround(last: AttributionLast, story: Story, now: AttributionResult, lines: EditedLines, edit: StoryEdit): boolean {
  return (
    sameOutside(last.story.quotes, story.quotes, lines, edit, quoteInside, quoteMoved) &&
    sameOutside(last.unattributedQuotes, now.unattributedQuotes, lines, edit, quoteInside, quoteMoved) &&
    sameOutside(last.attributions, now.attributions, lines, edit, attributionInside, attributionMoved) &&
    othersAsBefore(last.sentences, now.sentences, lines.index, edit)
  );
}

/** Whether the items (in text order) not wholly inside the edited lines pair up, each the last
 *  one moved by the edit (which none of them holds). */
function sameOutside<T>(last: readonly T[], now: readonly T[], lines: EditedLines, edit: StoryEdit, isInside: (item: T, lines: Span) => boolean, moved: (last: T, now: T, edit: StoryEdit) => boolean): boolean {
  let j = 0;
  for (let i = 0; i < last.length; i++) {
    const a = last[i]!;
    if (isInside(a, lines.last)) continue;
    while (j < now.length && isInside(now[j]!, lines.now)) j++;
    if (j === now.length || !moved(a, now[j]!, edit)) return false;
    j++;
  }
  while (j < now.length && isInside(now[j]!, lines.now)) j++;
  return j === now.length;
}

/** A span that is absent, or lies in the lines. */
function noneOrInside(s: Span | null, lines: Span): boolean {
  return s === null || (s.start >= lines.start && s.end <= lines.end);
}

function quoteInside(q: Quote, lines: Span): boolean {
  return noneOrInside(q, lines);
}

function attributionInside(a: Attribution, lines: Span): boolean {
  return noneOrInside(a.content, lines) && noneOrInside(a.cue, lines) && noneOrInside(a.source, lines);
}

/** Whether attribution `b` is `a` of the last text, each of its spans moved by the edit. */
function attributionMoved(a: Attribution, b: Attribution, edit: StoryEdit): boolean {
  return a.kind === b.kind && a.speaker === b.speaker && a.speakerName === b.speakerName && movedTo(edit, a.content.start, a.content.end, b.content) && spanMoved(a.cue, b.cue, edit) && spanMoved(a.source, b.source, edit);
}

function spanMoved(a: Span | null, b: Span | null, edit: StoryEdit): boolean {
  return a === null || b === null ? a === b : movedTo(edit, a.start, a.end, b);
}

/**
 * Whether the sentences of every paragraph but the edited one are as many, stand where they
 * stood (moved by the edit after it), in the same paragraphs, and are sourced as they were: those
 * before it matched by index, those after it from the end. An edit can move the sentences of a
 * paragraph it did not touch: a byline that becomes copy takes the dateline to another paragraph.
 */
function othersAsBefore(last: SentenceSummaries, now: readonly SentenceInfo[], paragraph: number, edit: StoryEdit): boolean {
  let before = 0;
  while (before < last.length && last.paragraphOf(before) < paragraph) before++;
  let after = 0;
  while (after < last.length - before && last.paragraphOf(last.length - 1 - after) > paragraph) after++;
  for (let i = 0; i < before; i++) {
    if (i >= now.length || !sameSentence(last, i, now[i]!, edit)) return false;
  }
  if (before < now.length && now[before]!.paragraph < paragraph) return false;
  for (let i = 0; i < after; i++) {
    const s = now[now.length - 1 - i];
    if (!s || !sameSentence(last, last.length - 1 - i, s, edit)) return false;
  }
  const nowAfter = now.length - 1 - after;
  return nowAfter < 0 || now[nowAfter]!.paragraph <= paragraph;
}

/** Whether the `i`th sentence of the last analysis is `s`, moved by the edit, in its paragraph
 *  and sourced as it was. */
function sameSentence(last: SentenceSummaries, i: number, s: SentenceInfo, edit: StoryEdit): boolean {
  return movedTo(edit, last.startOf(i), last.endOf(i), s) && s.paragraph === last.paragraphOf(i) && s.attributed === last.attributedAt(i);
}
