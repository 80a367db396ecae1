import type { Rule } from '../types';
import { matchInSentences, replaceMatch } from '../sentencePattern';

/** `1990's`. */
const DECADE = /\b(1\d|20)(\d0)['’]s\b/g;

/** `1990's` → `1990s`: a decade takes no apostrophe. */
export const decades: Rule = {
  id: 'style/decade',
  description: 'Decades take no apostrophe: 1990s, not 1990\'s.',
  severity: 'information',
  paragraphLocal: true,
  check({ attribution, within }) {
    return matchInSentences(attribution.sentences, within, DECADE, (m, start) =>
      replaceMatch(start, m[0], `${m[1]}${m[2]}s`, `Decades take no apostrophe: “${m[1]}${m[2]}s”.`),
    );
  },
};
