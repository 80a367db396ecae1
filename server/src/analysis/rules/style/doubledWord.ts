import type { Rule } from '../types';
import { matchInSentences } from '../sentencePattern';

/** Doubled words that are grammatical: `had had`, `that that`. */
const ALLOWED = new Set(['had', 'that', 'is', 'do', 'bye', 'no', 'very', 'so', 'ha', 'now', 'well', 'yeah', 'go']);

/** A word and the same word again. */
const DOUBLED = /(?<!\p{L})(\p{L}+)\s+(\1)(?!\p{L})/giu;

/** `the the`: a word typed twice. */
export const doubledWord: Rule = {
  id: 'style/doubled-word',
  description: 'A word is not typed twice in a row (the the).',
  severity: 'information',
  check({ attribution }) {
    return matchInSentences(attribution.sentences, DOUBLED, (m, start) => {
      // `Walla Walla`, `Sirhan Sirhan`: a name may repeat; a word may not.
      if (ALLOWED.has(m[1]!.toLowerCase()) || (/^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(m[2]!))) return null;
      const secondStart = start + m[0].length - m[2]!.length;
      const removeFrom = start + m[1]!.length;
      return {
        start: secondStart,
        end: start + m[0].length,
        message: `“${m[1]}” twice in a row.`,
        fixes: [{ title: `Delete the second “${m[2]}”`, safe: true, edits: [{ start: removeFrom, end: start + m[0].length, newText: '' }] }],
      };
    });
  },
};
