/**
 * Searching a span of a long text with a global pattern. Setting `lastIndex` and calling
 * `exec` on the whole text looks on past the span's end for the next match: done for every
 * paragraph of a long story whose marks are sparse (a table of results with no quotation
 * marks or full stops), that reads the rest of the story each time, and the time grows with
 * the square of the story's length.
 */

/**
 * The matches of `pattern` (global, never empty) that start in [start, end) of `text`, with
 * `index` in `text`. The pattern reads only the span and `context` characters either side of
 * it, for its look-behinds and look-aheads: a match that would run on past that is cut short
 * or missed, so a caller gives a span that ends where its matches must end.
 */
export function* matchesStartingIn(pattern: RegExp, text: string, start: number, end: number, context = 0): Generator<RegExpExecArray, void, void> {
  const from = Math.max(0, start - context);
  const view = text.slice(from, Math.min(text.length, end + context));
  pattern.lastIndex = start - from;
  for (let m = pattern.exec(view); m && m.index + from < end; m = pattern.exec(view)) {
    m.index += from;
    yield m;
  }
}

/**
 * Every match of the global `pattern` in `text`, found with the pattern itself: `matchAll`
 * copies the pattern on each call, which costs more than the search in a short sentence.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex++; // an empty match must not hold the search in place
    found.push(m);
  }
  return found;
}
