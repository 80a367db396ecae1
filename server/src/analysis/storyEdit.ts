import type { Span } from './article/model';

/**
 * An edit as one story sees it, in the story's own offsets: characters [from, to) of its last
 * text became [from, to + delta) of its text now. Everything outside is the same text, moved by
 * `delta` when after the edit.
 */
export interface StoryEdit {
  from: number;
  to: number;
  delta: number;
}

/**
 * How far the edit moved the span [start, end) of the last text: 0 when it lies before the edit,
 * `delta` when after it; null when the edit falls inside it (its text may have changed).
 */
export function shiftOf(edit: StoryEdit, start: number, end: number): number | null {
  if (end <= edit.from) return 0;
  if (start >= edit.to) return edit.delta;
  return null;
}

/** Whether [start, end) of the last text is the span `now`: outside the edit, and moved by it. */
export function movedTo(edit: StoryEdit, start: number, end: number, now: Span): boolean {
  const shift = shiftOf(edit, start, end);
  return shift !== null && start + shift === now.start && end + shift === now.end;
}

/** A span of the last text moved by the edit; null when the edit falls inside it. */
export function movedBy(edit: StoryEdit, span: Span): Span | null {
  const shift = shiftOf(edit, span.start, span.end);
  return shift === null ? null : { start: span.start + shift, end: span.end + shift };
}

/**
 * The edit that made a story of `length` at `start` out of the one that stood at
 * [lastStart, lastEnd), the texts sharing `shared` (document offsets, `sharedEnds`); null
 * when the story moved or the edit reaches past it.
 */
export function storyEdit(shared: { start: number; end: number; lengthBefore: number }, textLength: number, start: number, length: number, lastStart: number, lastEnd: number): StoryEdit | null {
  if (lastStart !== start) return null;
  const from = shared.start - start;
  const to = shared.lengthBefore - shared.end - start;
  const delta = textLength - shared.lengthBefore;
  const lastLength = lastEnd - lastStart;
  if (from < 0 || to > lastLength || from > to || lastLength + delta !== length) return null;
  return { from, to, delta };
}
