/**
 * A copy of `s` that holds on to nothing else. A slice of a string may keep the whole string
 * it was cut from alive (V8 represents it as a view), so a story's results kept across edits
 * would keep every old version of the document they were read from. Joining to a character
 * and cutting it off again makes the engine copy the characters into a string of their own.
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}
