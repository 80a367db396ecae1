import type { Span } from './article/model';
import { commonPrefixLength, commonSuffixLength } from './unchanged';

/**
 * The cache key (the story's text) of each story of the last text analysed, by where the story
 * stood. A story of the next text that lies wholly in what the two texts share at their start
 * or end is the same text as the story that stood there, so its old key serves: looking up a
 * key the cache already holds costs nothing, where a new slice would be read whole to hash it.
 */
export class StoryKeys {
  private text = '';
  private copy = '';
  /** Each story's key and end by its start. */
  private byPlace = new Map<number, { end: number; key: string }>();

  /**
   * Compares `text` and its `copy` (editor notes blanked) with the last ones, and returns, for
   * a story's range in the new text, the key of the same story in the old one — undefined when
   * the story may have changed.
   */
  unchangedFrom(text: string, copy: string): (range: Span) => string | undefined {
    const [before, copyBefore, old] = [this.text, this.copy, this.byPlace];
    // Without notes either time the copies are the texts themselves, and need no comparing.
    const copiesAreTexts = copy === text && copyBefore === before;
    let shared = commonPrefixLength(before, text);
    if (!copiesAreTexts) shared = Math.min(shared, commonPrefixLength(copyBefore, copy));
    const room = Math.min(before.length, text.length) - shared;
    let sharedEnd = commonSuffixLength(before, text, room);
    if (!copiesAreTexts) sharedEnd = Math.min(sharedEnd, commonSuffixLength(copyBefore, copy, room));
    const shift = before.length - text.length;
    this.text = text;
    this.copy = copy;
    this.byPlace = new Map();
    const at = (start: number, end: number) => {
      const placed = old.get(start);
      return placed && placed.end === end ? placed.key : undefined;
    };
    return (range) => {
      if (range.end <= shared) return at(range.start, range.end);
      if (range.start >= text.length - sharedEnd) return at(range.start + shift, range.end + shift);
      return undefined;
    };
  }

  /** Where a story of the text being analysed stands, for the next text to be compared with. */
  place(range: Span, key: string): void {
    this.byPlace.set(range.start, { end: range.end, key });
  }
}
