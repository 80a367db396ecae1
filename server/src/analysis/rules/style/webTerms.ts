import type { Rule } from '../types';
import { matchInSentences, replaceMatch } from '../sentencePattern';

const FORMS: [RegExp, string][] = [
  [/\be-mail(s|ed|ing)?\b/gi, 'email'],
  [/\b(?:W|w)eb (?:s|S)ite(s)?\b/g, 'website'],
  [/\bweb-site(s)?\b/gi, 'website'],
];

/** `e-mail` → `email`, `Web site` → `website` (AP). */
export const webTerms: Rule = {
  id: 'style/web-terms',
  description: 'Web words in AP style: email, website.',
  severity: 'information',
  paragraphLocal: true,
  check({ attribution, within }) {
    return FORMS.flatMap(([pattern, base]) =>
      matchInSentences(attribution.sentences, within, pattern, (m, start) => {
        const suffix = m[1] ?? '';
        const word = (m[0][0] === m[0][0]!.toUpperCase() && base === 'email' ? 'Email' : base) + suffix;
        return replaceMatch(start, m[0], word, `AP style: “${word}”.`);
      }),
    );
  },
};
