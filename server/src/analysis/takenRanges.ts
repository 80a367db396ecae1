import type { Span } from './article/model';
import { firstStartingAt } from './spans';

/**
 * The ranges fix-all has already claimed in one pass, and whether a new edit would collide
 * with one: overlap one (`e.start < t.end && t.start < e.end`), or insert where one starts.
 * Kept sorted by start, so a check reads only the ranges that start near the edit (those
 * within the longest claimed range's length before it), not every range claimed so far.
 */
export class TakenRanges {
  private readonly ranges: Span[] = [];
  private longest = 0;

  collides(e: Span): boolean {
    // A colliding range starts at most `longest` before the edit (else it ends before the
    // edit starts) and at most at the edit's end.
    for (let i = firstStartingAt(this.ranges, e.start - this.longest); i < this.ranges.length; i++) {
      const t = this.ranges[i]!;
      if (t.start > e.end) break;
      if ((e.start < t.end && t.start < e.end) || (e.start === e.end && e.start === t.start)) return true;
    }
    return false;
  }

  take(e: Span): void {
    // Fixes come in text order, so this is nearly always an append.
    this.ranges.splice(firstStartingAt(this.ranges, e.start + 1), 0, { start: e.start, end: e.end });
    this.longest = Math.max(this.longest, e.end - e.start);
  }
}
