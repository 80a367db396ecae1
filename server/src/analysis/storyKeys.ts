import type { Span } from './article/model';
import type { SharedEnds } from './unchanged';

/**
 * The cache key (the story's text) of each story of the last text analysed, by where the story
 * stood. A story of the next text that lies wholly in what the two texts share at their start
 * or end is the same text as the story that stood there, so its old key serves: looking up a
 * key the cache already holds costs nothing, where a new slice would be read whole to hash it.
 */
export class StoryKeys {
  /** Each story's key and end by its start. */
  private byPlace = new Map<number, { end: number; key: string }>();

  /**
   * For a story's range in a text of `length` that shares `shared` with the last one, the key
   * of the same story in the last text — undefined when the story may have changed.
   */
  unchangedFrom(shared: SharedEnds, length: number): (range: Span) => string | undefined {
    const old = this.byPlace;
    this.byPlace = new Map();
    const shift = shared.lengthBefore - length;
    const at = (start: number, end: number) => {
      const placed = old.get(start);
      return placed && placed.end === end ? placed.key : undefined;
    };
    return (range) => {
      if (range.end <= shared.start) return at(range.start, range.end);
      if (range.start >= length - shared.end) return at(range.start + shift, range.end + shift);
      return undefined;
    };
  }

  /** Where a story of the text being analysed stands, for the next text to be compared with. */
  place(range: Span, key: string): void {
    this.byPlace.set(range.start, { end: range.end, key });
  }
}
