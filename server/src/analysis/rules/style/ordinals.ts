import type { Rule } from '../types';
import { matchInSentences, replaceMatch } from '../sentencePattern';

const WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

/** `3rd`, not before a capitalized name or `of` and a name. */
const ORDINAL = /(?<![\w.,])([1-9])(st|nd|rd|th)\b(?!\s+(?:\p{Lu}|of\s+\p{Lu}))/gu;

/**
 * `1st` to `9th` are spelled out (`the 3rd time` → `the third time`). Left as figures where AP
 * keeps them: names and designations (`9th Circuit`, `1st Ward`, `5th Avenue`) and dates.
 */
export const ordinals: Rule = {
  id: 'style/ordinal',
  description: 'First through ninth are spelled out (the third time), except in names and designations (9th Circuit, 5th Avenue).',
  severity: 'information',
  paragraphLocal: true,
  check({ attribution, within }) {
    return matchInSentences(attribution.sentences, within, ORDINAL, (m, start, sentence) => {
      const before = sentence.slice(Math.max(0, start - 6), start);
      if (/\b(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?\s+$/.test(before)) return null; // a date: the month rule speaks
      const word = WORDS[+m[1]!]!;
      const capital = opensSentence(sentence, start) ? word[0]!.toUpperCase() + word.slice(1) : word;
      return replaceMatch(start, m[0], capital, `Spell out first through ninth: “${capital}”.`);
    });
  },
};

/** Whether `start` begins the sentence, or follows a full stop, question or exclamation mark
 *  and spaces. Read back from `start`, not by a pattern over all the sentence before it. */
function opensSentence(sentence: string, start: number): boolean {
  if (start === 0) return true;
  let i = start;
  while (i > 0 && /\s/.test(sentence[i - 1]!)) i--;
  return i < start && i > 0 && '.!?'.includes(sentence[i - 1]!);
}
