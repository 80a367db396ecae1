/** Helpers shared by the unit tests: spans located by the text they cover, not by numbers. */

export interface Span {
  start: number;
  end: number;
}

/** The span of the `nth` (0-based) occurrence of `part` in `text`; throws when absent. */
export function spanOf(text: string, part: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) throw new Error(`"${part}" (occurrence ${nth}) is not in the fixture`);
  }
  return { start: at, end: at + part.length };
}

/** The covered text of each span. */
export function textsOf(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

/** Joins lines with the given line ending. */
export function lines(eol: string, ...rows: string[]): string {
  return rows.join(eol);
}
