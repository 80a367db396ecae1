import type { Rule } from '../types';
import { matchInSentences, replaceMatch } from '../sentencePattern';

/** `30 percent`. */
const PERCENT_WORD = /\b(\d+(?:\.\d+)?)\s?(?:percent|per cent)\b/g;
/** `.6%`. */
const BARE_DECIMAL = /(?<![\d.,])\.(\d+)(?=\s?(?:%|percent\b))/g;

/** `30 percent` → `30%` (AP since 2019), `.6%` → `0.6%`. */
export const percent: Rule = {
  id: 'style/percent',
  description: 'Percentages with a figure use the % sign (30%), with a zero before a decimal point (0.6%).',
  severity: 'information',
  paragraphLocal: true,
  check({ attribution, options, within }) {
    if (options.houseStyle === 'reuters') return [];
    return [
      ...matchInSentences(attribution.sentences, within, PERCENT_WORD, (m, start) =>
        replaceMatch(start, m[0], `${m[1]}%`, `Use the % sign with a figure: “${m[1]}%”.`),
      ),
      ...matchInSentences(attribution.sentences, within, BARE_DECIMAL, (m, start) =>
        replaceMatch(start, m[0], `0.${m[1]}`, `Put a zero before the decimal point: “0.${m[1]}”.`),
      ),
    ];
  },
};
