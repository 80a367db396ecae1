import type { Rule } from '../types';
import { matchInSentences } from '../sentencePattern';
import { mayHoldDoubledWord } from './mayHoldDoubledWord';

/** Doubled words that are grammatical: `had had`, `that that`. */
const ALLOWED = new Set(['had', 'that', 'is', 'do', 'bye', 'no', 'very', 'so', 'ha', 'now', 'well', 'yeah', 'go']);

/** A word and the same word again. */
const DOUBLED = /(?<!\p{L})(\p{L}+)\s+(\1)(?!\p{L})/giu;

/** `the the`: a word typed twice. */
export const doubledWord: Rule = {
  id: 'style/doubled-word',
  description: 'A word is not typed twice in a row (the the).',
  severity: 'information',
  paragraphLocal: true,
  check({ attribution, within }) {
    return matchInSentences(
      attribution.sentences,
      within,
      DOUBLED,
      (m, start, sentence) => {
        // `Walla Walla`, `Sirhan Sirhan`: a name may repeat; a word may not.
        if (ALLOWED.has(m[1]!.toLowerCase()) || (/^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(m[2]!))) return null;
        // `ha ha ha`, `bang bang bang`: three or more in a row is meant, not a slip of the keys.
        if (sameWordAfter(sentence, start + m[0].length, m[1]!) || sameWordBefore(sentence, start, m[1]!)) return null;
        const secondStart = start + m[0].length - m[2]!.length;
        const removeFrom = start + m[1]!.length;
        return {
          start: secondStart,
          end: start + m[0].length,
          message: `“${m[1]}” twice in a row.`,
          fixes: [{ title: `Delete the second “${m[2]}”`, safe: true, edits: [{ start: removeFrom, end: start + m[0].length, newText: '' }] }],
        };
      },
      mayHoldDoubledWord,
    );
  },
};

/** `word` again after the spaces at `at`. */
function sameWordAfter(text: string, at: number, word: string): boolean {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i > at && text.slice(i, i + word.length).toLowerCase() === word.toLowerCase() && !/\p{L}/u.test(text[i + word.length] ?? '');
}

/** `word` just before the spaces that end at `at`. */
function sameWordBefore(text: string, at: number, word: string): boolean {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i < at && i >= word.length && text.slice(i - word.length, i).toLowerCase() === word.toLowerCase() && !/\p{L}/u.test(text[i - word.length - 1] ?? '');
}
