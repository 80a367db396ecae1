import type { Span } from './article/model';

/** A copy of `s` (a span, or anything with one) moved by `by`: cached spans stay as they were. */
export function moved<T extends Span>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by };
}

/**
 * A copy of a plain span (start and end, nothing else) moved by `by`. Written out: where
 * objects of many kinds pass one call of `moved`, its spread costs microseconds a call.
 */
export function movedSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

/**
 * Index of the first span (in a list sorted by start, not overlapping) that ends after
 * `offset`: the one holding it, or the next one. Binary search, so lookups in long documents
 * stay cheap.
 */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `firstEndingAfter` over the spans' ends alone (`endsOf`): a search by halves over numbers side
 * by side, not span objects scattered in memory, for lookups made many times over one list.
 */
export function firstEndAfter(ends: readonly number[], offset: number): number {
  return firstAtLeast(ends, offset + 1);
}

/** Where each span ends, in order, for `firstEndAfter`. */
export function endsOf(spans: readonly Span[]): number[] {
  const ends = new Array<number>(spans.length);
  for (let i = 0; i < spans.length; i++) ends[i] = spans[i]!.end;
  return ends;
}

/** The span holding [start, end), if any (spans sorted by start and not overlapping). */
export function spanHolding(spans: readonly Span[], start: number, end: number): Span | null {
  const i = firstEndingAfter(spans, start);
  const s = spans[i];
  return s && s.start <= start && end <= s.end ? s : null;
}

/** Index of the first span starting at or after `offset`. */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first number at or above `value` in an ascending list: a binary search without
 *  a callback, as it is asked for every paragraph or name of a long story on every edit. */
export function firstAtLeast(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index below `count` at which `reached` holds, for a test that, once it holds,
 * holds for every later index (`count` when it never does). Binary search. The span searches
 * above keep loops of their own: they run for every token, where a callback would cost.
 */
export function firstIndexWhere(count: number, reached: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Where the spans (sorted by start) that start inside `within` are: from the index of the first
 * to that of the last plus one; all of them when `within` is not given (a rule's whole check).
 */
export function startingWithin(spans: readonly Span[], within: Span | undefined): { from: number; to: number } {
  if (!within) return { from: 0, to: spans.length };
  return { from: firstStartingAt(spans, within.start), to: firstStartingAt(spans, within.end) };
}

/** Whether the offset lies inside `within`, or `within` is not given. */
export function isWithin(offset: number, within: Span | undefined): boolean {
  return !within || (offset >= within.start && offset < within.end);
}
