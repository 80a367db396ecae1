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
   * Starts on a text of `length` that shares `shared` with the last one. `earlier` gives, for a
   * story's range in it, the key of the same story in the last text (undefined when the story
   * may have changed); `place` records where each story of this text stands. Each text records
   * into a map of its own, so an analysis that resumes after another began cannot mix its
   * places into the other's.
   */
  next(shared: SharedEnds, length: number): { earlier: (range: Span) => string | undefined; place: (range: Span, key: string) => void } {
    const old = this.byPlace;
    const places = new Map<number, { end: number; key: string }>();
    this.byPlace = places;
    const shift = shared.lengthBefore - length;
    const at = (start: number, end: number) => {
      const placed = old.get(start);
      return placed && placed.end === end ? placed.key : undefined;
    };
    return {
      earlier: (range) => {
        if (range.end <= shared.start) return at(range.start, range.end);
        if (range.start >= length - shared.end) return at(range.start + shift, range.end + shift);
        return undefined;
      },
      place: (range, key) => void places.set(range.start, { end: range.end, key }),
    };
  }
}
