import type { Rule } from '../types';
import { matchInSentences, replaceMatch } from '../sentencePattern';

/** Words that start with a vowel letter and a consonant sound: `a university`, `a one-time`. */
const CONSONANT_SOUND = /^(?:uni(?!n|mp|nd|nt|ns)|unanim|use|usu|uti|ura|ure|uri|uro|uku|ukr|uga|ubiq|utah|ute\b|eu|ewe|one\b|once\b|ouija|ufo)/i;
/** Words that start with a silent h: `an hour`, `an honest`. */
const SILENT_H = /^(?:hour|honest|honor|honour|heir|herb(?!ert))/i;
/** Letters whose name starts with a vowel sound: `an FBI agent`, `an MBA`, `an X-ray`. */
const VOWEL_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

/** `a`/`an` and the word after it. */
const ARTICLE_AND_WORD = /\b(a|an|A|An)\s+([\p{L}\d][\p{L}\d.'’-]*)/gu;

/**
 * `a` or `an` by the sound of the next word: `an conversation` → `a conversation`, `a hour` →
 * `an hour`; initialisms by their letters (`an FBI agent`, `a U.S. official`), figures by how
 * they are read (`an 8-year-old`, `an 11-point lead`).
 */
export const articleSound: Rule = {
  id: 'style/a-an',
  description: 'A or an by the sound of the next word: a conversation, an hour, an FBI agent, a U.S. official.',
  severity: 'information',
  paragraphLocal: true,
  check({ attribution, within }) {
    return matchInSentences(attribution.sentences, within, ARTICLE_AND_WORD, (m, start) => {
      const article = m[1]!;
      const vowel = startsWithVowelSound(m[2]!);
      if (vowel === null) return null;
      const wanted = vowel ? (article[0] === 'A' ? 'An' : 'an') : article[0] === 'A' ? 'A' : 'a';
      if (wanted === article) return null;
      return replaceMatch(start, article, wanted, `“${wanted} ${m[2]}”: “${m[2]}” starts with a ${vowel ? 'vowel' : 'consonant'} sound.`);
    });
  },
};

/** Whether a word is said starting with a vowel sound; null when unsure (no finding then). */
export function startsWithVowelSound(written: string): boolean | null {
  const word = written.includes('-') && /^\p{Lu}{2,}-/u.test(written) ? written.split('-')[0]! : written; // `UK-listed`, `US-based`
  if (/^\d/.test(word)) return /^(8|11|18|8\d|8\d\d|11\d\d|18\d\d)(?!\d)/.test(word.replace(/,/g, '')) ? true : /^\d/.test(word) ? false : null;
  const letters = word.replace(/[.’'-]/g, '');
  const initialism = /^(?:\p{Lu}\.){2,}/u.test(word) || (/^\p{Lu}{2,4}$/u.test(letters) && !/[AEIOU]/.test(letters.slice(1, -1) || 'X'));
  if (initialism) return VOWEL_LETTERS.has(letters[0]!);
  if (/^\p{Lu}{2,}$/u.test(letters)) return null; // an acronym said as a word (NATO, UNESCO): unsure
  if (SILENT_H.test(word)) return true;
  if (CONSONANT_SOUND.test(word)) return false;
  if (/^[aeiou]/i.test(word)) return true;
  if (/^[b-df-hj-np-tv-z]/i.test(word)) return word.length === 1 ? null : false;
  return null;
}
