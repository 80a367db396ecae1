import type { Span } from './article/model';
import type { StoryAnalysis } from './storyAnalysis';
import type { SharedEnds } from './unchanged';

/** A story as an analysis placed it. */
export interface TrailStep extends TrailStory {
  start: number;
  end: number;
}

/** A story's analysis, whatever its place: key, results, links to earlier stories. */
export interface TrailStory {
  /** The story's cache key (its text). */
  key: string;
  analysis: StoryAnalysis;
  /** Its people's ids linked to earlier stories (story id → file id). */
  ids: ReadonlyMap<string, string>;
  /** The surnames it leaves later stories, with their bearers (`surnamesNamed`). */
  surnames: readonly string[];
}

/**
 * The stories of the last text analysed, in order: where each stood, its key, its analysis and
 * its links. A story of the next text that lies wholly in what the two texts share at their
 * start or end is the story that stood there: its old key serves without reading its text, and
 * while every story before it leaves later stories the same people as before, its analysis and
 * links hold as they are, without asking again what it asked of earlier stories.
 */
export class StoryTrail {
  private last: TrailStep[] = [];
  private lastOptions = '';

  /**
   * Starts on a text of `length` that shares `shared` with the last one, analysed with the
   * options of `optionsKey` (a trail of other options is no guide). `earlier` gives, for a
   * story's range in it, the step of the same story in the last text and its index there
   * (undefined when the story may have changed; asked in the order of the text); `atIndex` the
   * last text's step at an index; `record` records each story of this text. Each text records
   * into a trail of its own, so an analysis that resumes after another began cannot mix its
   * stories into the other's.
   */
  next(shared: SharedEnds, length: number, optionsKey: string): {
    earlier: (range: Span) => { step: TrailStep; index: number } | undefined;
    atIndex: (index: number) => TrailStep | undefined;
    record: (step: TrailStep) => void;
  } {
    const old = optionsKey === this.lastOptions ? this.last : [];
    const now: TrailStep[] = [];
    this.last = now;
    this.lastOptions = optionsKey;
    const shift = shared.lengthBefore - length;
    let index = 0;
    // Asked in the order of the text, so one pass along the old trail finds every story.
    const at = (start: number, end: number) => {
      while (index < old.length && old[index]!.start < start) index++;
      const step = old[index];
      return step && step.start === start && step.end === end ? { step, index } : undefined;
    };
    return {
      earlier: (range) => {
        if (range.end <= shared.start) return at(range.start, range.end);
        if (range.start >= length - shared.end) return at(range.start + shift, range.end + shift);
        return undefined;
      },
      atIndex: (i) => old[i],
      record: (step) => void now.push(step),
    };
  }
}
