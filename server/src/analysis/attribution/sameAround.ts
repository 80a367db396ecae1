/**
 * Whether the attribution pass, run again after an edit inside one paragraph, found outside
 * that paragraph what the story's last analysis found there, moved. Then what reads a paragraph
 * at a time (dates, most rules) needs reading again in that paragraph only.
 */
import type { Quote, Span, Story } from '../article/model';
import type { EditedLines } from '../editedParagraph';
import type { SentenceSummaries } from '../sentenceSummaries';
import type { Attribution, AttributionResult, SentenceInfo } from './model';

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
export function attributionSameAround(last: AttributionLast, story: Story, now: AttributionResult, lines: EditedLines): boolean {
  return (
    sameOutside(last.story.quotes, story.quotes, lines, quoteInside, sameQuote) &&
    sameOutside(last.unattributedQuotes, now.unattributedQuotes, lines, quoteInside, sameQuote) &&
    sameOutside(last.attributions, now.attributions, lines, attributionInside, sameAttribution) &&
    othersAsBefore(last.sentences, now.sentences, lines)
  );
}

/** Whether the items (in text order) not inside the edited lines pair up, each the last one moved. */
function sameOutside<T>(last: readonly T[], now: readonly T[], lines: EditedLines, isInside: (item: T, lines: Span) => boolean, same: (last: T, now: T, lines: EditedLines) => boolean): boolean {
  let j = 0;
  for (let i = 0; i < last.length; i++) {
    const a = last[i]!;
    if (isInside(a, lines.last)) continue;
    while (j < now.length && isInside(now[j]!, lines.now)) j++;
    if (j === now.length || !same(a, now[j]!, lines)) return false;
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

function sameQuote(a: Quote, b: Quote, lines: EditedLines): boolean {
  return a.mark === b.mark && a.nested === b.nested && a.closed === b.closed && a.paragraphs === b.paragraphs && movedSame(a, b, lines) && movedSame(a.content, b.content, lines);
}

function sameAttribution(a: Attribution, b: Attribution, lines: EditedLines): boolean {
  return a.kind === b.kind && a.speaker === b.speaker && a.speakerName === b.speakerName && movedSame(a.content, b.content, lines) && movedSame(a.cue, b.cue, lines) && movedSame(a.source, b.source, lines);
}

/** Whether span `b` is span `a` of the last text, which lies before the edited lines or after
 *  them, moved by the edit; false for one that reaches into them. */
function movedSame(a: Span | null, b: Span | null, lines: EditedLines): boolean {
  if (a === null || b === null) return a === b;
  const by = a.end <= lines.last.start ? 0 : a.start >= lines.last.end ? lines.delta : null;
  return by !== null && a.start + by === b.start && a.end + by === b.end;
}

/**
 * Whether the sentences of every paragraph but the edited one are as many, stand where they
 * stood (moved by the edit after it), in the same paragraphs, and are sourced as they were: those
 * before it matched by index, those after it from the end. An edit can move the sentences of a
 * paragraph it did not touch: a byline that becomes copy takes the dateline to another paragraph.
 */
function othersAsBefore(last: SentenceSummaries, now: readonly SentenceInfo[], lines: EditedLines): boolean {
  const paragraph = lines.index;
  let before = 0;
  while (before < last.length && last.paragraphOf(before) < paragraph) before++;
  let after = 0;
  while (after < last.length - before && last.paragraphOf(last.length - 1 - after) > paragraph) after++;
  for (let i = 0; i < before; i++) {
    if (i >= now.length || !sameSentence(last, i, now[i]!, 0)) return false;
  }
  if (before < now.length && now[before]!.paragraph < paragraph) return false;
  for (let i = 0; i < after; i++) {
    const s = now[now.length - 1 - i];
    if (!s || !sameSentence(last, last.length - 1 - i, s, lines.delta)) return false;
  }
  const nowAfter = now.length - 1 - after;
  return nowAfter < 0 || now[nowAfter]!.paragraph <= paragraph;
}

/** Whether the `i`th sentence of the last analysis is `s`, moved `by`, in its paragraph and sourced as it was. */
function sameSentence(last: SentenceSummaries, i: number, s: SentenceInfo, by: number): boolean {
  return s.start === last.startOf(i) + by && s.end === last.endOf(i) + by && s.paragraph === last.paragraphOf(i) && s.attributed === last.attributedAt(i);
}
