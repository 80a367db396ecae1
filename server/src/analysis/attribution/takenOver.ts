/**
 * Attribution taken over from a story's last analysis, for an edit that changed no name and no
 * attribution: the same quotations and cue frames, each moved by the edit. Who said what is
 * then what it was, moved, and each sentence is sourced as it was; the pass is not run again.
 */
import type { Quote, Span, Story } from '../article/model';
import type { NamesTrail } from '../entities/recognize';
import type { SentenceSummaries } from '../sentenceSummaries';
import { endsOf, firstAtLeast } from '../spans';
import { findQuoteSpeaker } from './direct';
import { speechQuotes } from './sentences';
import { movedBy, movedTo, type StoryEdit } from '../storyEdit';
import type { Frame } from './frames';
import type { Attribution, AttributionResult, SentenceInfo } from './model';

/** What the story's last analysis found and read it from. */
export interface AttributionBefore {
  story: Story;
  attributions: readonly Attribution[];
  unattributedQuotes: readonly Quote[];
  sentences: SentenceSummaries;
  names: NamesTrail;
}

/**
 * The story's attribution, taken over from `before` when the edit changed none of what it is
 * read from; else null. `sentences`: the story's sentences as the pass reads them now, their
 * quoting and frames found (`storySentences`). Taken over when:
 * - every quotation is one of the last analysis's, moved (the edit is in none of them);
 * - the sentences are as many, each in the paragraph it was; those the edit did not touch stand
 *   where it moved them, and those it touched are body sentences with the same cue frames, moved
 *   (the words a frame attributes may hold the edit: typing in reported speech), and no quotation
 *   in them; a quotation in the sentences either side has the speaker it had (its speaker is
 *   looked for there: `speakersFoundAgain`).
 */
export function attributionTakenOver(before: AttributionBefore, edit: StoryEdit, story: Story, sentences: SentenceInfo[]): { attribution: AttributionResult; touched: TouchedSentences } | null {
  const last = before.sentences;
  if (sentences.length !== last.length || before.story.paragraphs.length !== story.paragraphs.length) return null;
  if (!quotesMoved(before.story.quotes, story.quotes, edit)) return null;
  let touched = -1;
  let lastTouched = -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.paragraph !== last.paragraphOf(i)) return null;
    if (movedTo(edit, last.startOf(i), last.endOf(i), s)) continue;
    if (s.paragraph < 0 || !framesMoved(before.names, last.startOf(i), s.frames, edit)) return null;
    if (touched < 0) touched = i;
    lastTouched = i;
  }
  // A touched sentence holding a quotation was read with its quoted words, not as plain copy.
  if (touched >= 0 && story.quotes.some((q) => q.start < sentences[lastTouched]!.end && q.end > sentences[touched]!.start)) return null;
  const attributions: Attribution[] = [];
  for (const a of before.attributions) {
    const moved = movedAttribution(a, edit);
    if (!moved) return null;
    attributions.push(moved);
  }
  const quoteAt = new Map(before.story.quotes.map((q, i) => [q, i]));
  const unattributedQuotes = before.unattributedQuotes.map((q) => story.quotes[quoteAt.get(q)!]!);
  for (let i = 0; i < sentences.length; i++) sentences[i]!.attributed = last.attributedAt(i);
  // A quotation's speaker is looked for in the sentences around it: one next to a touched
  // sentence must be found as it was.
  if (touched >= 0) {
    const from = sentences[touched - 1]?.start ?? 0;
    const to = sentences[lastTouched + 1]?.end ?? Infinity;
    if (story.quotes.some((q) => q.start < to && q.end > from) && !speakersFoundAgain(story, sentences, attributions, from, to)) return null;
  }
  const touchedSentences: TouchedSentences =
    touched < 0 ? { first: 0, end: 0, from: edit.from, to: edit.from } : { first: touched, end: lastTouched + 1, from: last.startOf(touched), to: last.endOf(lastTouched) };
  return { attribution: { attributions, sentences, unattributedQuotes }, touched: touchedSentences };
}

/**
 * Whether each quotation of speech in [from, to) is given the speaker it was (`attributions`, the
 * last ones moved): the cue it had, the quotation it continued, or none. Each is looked for as the
 * full pass looks for it, with the sentences' sourcing as it was: if any were found otherwise,
 * the first of them would be, for up to it all is as it was.
 */
function speakersFoundAgain(story: Story, sentences: readonly SentenceInfo[], attributions: readonly Attribution[], from: number, to: number): boolean {
  const quotes = speechQuotes(story);
  const body = sentences.filter((s) => s.paragraph >= 0);
  const ends = endsOf(body);
  const spoken = (q: Quote): Attribution | undefined => attributions.find((a) => a.kind !== 'indirect' && a.content.start === q.content.start && a.content.end === q.content.end);
  for (let i = 0; i < quotes.length; i++) {
    const quote = quotes[i]!;
    if (quote.start >= to || quote.end <= from) continue;
    const previous = i > 0 ? { quote: quotes[i - 1]!, spoken: spoken(quotes[i - 1]!) !== undefined } : null;
    const found = findQuoteSpeaker(quote, body, ends, previous);
    const was = spoken(quote);
    if (!found || !was) {
      if (found || was) return false;
    } else if ('continues' in found) {
      if (was.kind !== 'continued') return false;
    } else if (was.kind !== 'direct' || !sameSpan(was.cue, found.frame.cue) || !sameSpan(was.source, found.frame.source)) return false;
  }
  return true;
}

function sameSpan(a: Span | null, b: Span): boolean {
  return a !== null && a.start === b.start && a.end === b.end;
}

/** The sentences an edit touched, [first, end) of the story's sentences, which stood at
 *  [from, to) in the last text (none: an empty range where the edit is). */
export interface TouchedSentences {
  first: number;
  end: number;
  from: number;
  to: number;
}

/** Whether the quotations are the last ones, each moved by the edit (none holds it). */
function quotesMoved(last: readonly Quote[], now: readonly Quote[], edit: StoryEdit): boolean {
  if (last.length !== now.length) return false;
  for (let i = 0; i < last.length; i++) if (!quoteMoved(last[i]!, now[i]!, edit)) return false;
  return true;
}

/** Whether quotation `b` is `a` of the last text, moved by the edit (which is in neither). */
export function quoteMoved(a: Quote, b: Quote, edit: StoryEdit): boolean {
  if (a.mark !== b.mark || a.nested !== b.nested || a.closed !== b.closed || a.paragraphs !== b.paragraphs) return false;
  return movedTo(edit, a.start, a.end, b) && movedTo(edit, a.content.start, a.content.end, b.content);
}

/**
 * Whether `frames` (placed in the story) are the frames the sentence that started at `start` in
 * the last text had, read with nothing quoted, each moved by the edit.
 */
function framesMoved(names: NamesTrail, start: number, frames: readonly Frame[], edit: StoryEdit): boolean {
  const at = firstAtLeast(names.starts, start);
  if (names.starts[at] !== start) return false;
  // Read as body copy with nothing quoted: a sentence the edit touched is near no quotation.
  const lastFrames = names.sources[at]!.plainReading?.frames;
  if (!lastFrames || lastFrames.length !== frames.length) return false;
  for (let i = 0; i < frames.length; i++) {
    const a = lastFrames[i]!;
    const b = frames[i]!;
    if ((a.label ?? false) !== (b.label ?? false)) return false;
    if (!movedTo(edit, start + a.cue.start, start + a.cue.end, b.cue) || !movedTo(edit, start + a.source.start, start + a.source.end, b.source)) return false;
    if (a.content === null || b.content === null) {
      if (a.content !== b.content) return false;
    } else if (!contentMovedTo(start + a.content.start, start + a.content.end, b.content, edit)) return false;
  }
  return true;
}

/** Whether the words [start, end) a frame attributed in the last text are `now`: moved by the
 *  edit, or holding it and grown or shrunk by it. */
function contentMovedTo(start: number, end: number, now: Span, edit: StoryEdit): boolean {
  const grown = grownBy(start, end, edit);
  return grown ? grown.start === now.start && grown.end === now.end : movedTo(edit, start, end, now);
}

/** The span [start, end) of the last text with the edit inside it, as the edit leaves it; null
 *  when the edit is not inside it. */
function grownBy(start: number, end: number, edit: StoryEdit): Span | null {
  return start < edit.from && end > edit.to ? { start, end: end + edit.delta } : null;
}

/** An attribution moved by the edit (the words it attributes may hold the edit), or null if the
 *  edit falls in another of its spans. */
function movedAttribution(a: Attribution, edit: StoryEdit): Attribution | null {
  const content = grownBy(a.content.start, a.content.end, edit) ?? movedBy(edit, a.content);
  const cue = a.cue && movedBy(edit, a.cue);
  const source = a.source && movedBy(edit, a.source);
  if (!content || (a.cue && !cue) || (a.source && !source)) return null;
  return { kind: a.kind, cue, source, content, speaker: a.speaker, speakerName: a.speakerName, story: a.story };
}
