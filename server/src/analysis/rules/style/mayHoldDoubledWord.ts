/** A letter beyond ASCII: with one, only the doubled-word pattern itself can tell. */
const LETTER_BEYOND_ASCII = /[^\P{L}A-Za-z]/u;
/** The doubled-word pattern for text whose letters are all ASCII, without Unicode classes. */
const ASCII_DOUBLED = /(?<![A-Za-z])([A-Za-z]+)\s+\1(?![A-Za-z])/i;

/**
 * Whether `text` may hold a word and the same word again. False means the doubled-word
 * pattern cannot match, so it need not run: its Unicode classes, lookbehind and
 * backreference cost it about 20 ms per MB of prose and ten times that on emoji, while in text
 * whose letters are all ASCII the same question has this plainer, quicker form.
 */
export function mayHoldDoubledWord(text: string): boolean {
  return LETTER_BEYOND_ASCII.test(text) || ASCII_DOUBLED.test(text);
}
