import { firstAtLeast } from './spans';
import type { SharedEnds } from './unchanged';

/**
 * Where each paragraph one analysis read from the cache stood in its text (document offsets),
 * in text order. A paragraph of the next text that lies wholly in what the two texts share at
 * their start or end is the paragraph that stood there, so its record is found by its place,
 * without cutting and hashing its text (a long story's every paragraph, on every edit).
 */
export class ParagraphPlaces<R> {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Where the paragraph's sentences begin, from its start (after a dateline, not 0). */
  private readonly froms: number[] = [];
  private readonly records: R[] = [];

  /** Records a paragraph [start, end) of this text (asked in text order). */
  add(start: number, end: number, from: number, record: R): void {
    this.starts.push(start);
    this.ends.push(end);
    this.froms.push(from);
    this.records.push(record);
  }

  /** The record of the paragraph that stood at exactly [start, end), sentences from `from`. */
  at(start: number, end: number, from: number): R | undefined {
    const starts = this.starts;
    const i = firstAtLeast(starts, start);
    return starts[i] === start && this.ends[i] === end && this.froms[i] === from ? this.records[i] : undefined;
  }
}

/**
 * One analysis's paragraphs by place: it finds those of the last analysis through what its text
 * shares with the last one, and records its own for the next. Each analysis has its own, so an
 * analysis resumed after a newer one began still reads the places its shared ends speak of.
 */
export class ParagraphPlacing<R> {
  readonly now = new ParagraphPlaces<R>();

  constructor(
    private readonly last: ParagraphPlaces<R>,
    private readonly shared: SharedEnds,
    private readonly length: number,
  ) {}

  /** The last analysis's record of the paragraph now at [start, end) when the edit left it unchanged. */
  unchanged(start: number, end: number, from: number): R | undefined {
    if (end <= this.shared.start) return this.last.at(start, end, from);
    const shift = this.shared.lengthBefore - this.length;
    if (start >= this.length - this.shared.end) return this.last.at(start + shift, end + shift, from);
    return undefined;
  }
}
