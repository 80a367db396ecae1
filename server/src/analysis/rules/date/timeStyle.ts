import type { Rule } from '../types';
import { matchInSentences, replaceMatch } from '../sentencePattern';

/**
 * AP times: `9 a.m.` not `9:00 a.m.`, `9 AM`, `9am` or `9 A.M.`; `noon` and `midnight`, not
 * `12 p.m.`, `12 a.m.` or `12 noon`. Quotations are left as written.
 */
const TIME = /\b(\d{1,2})(?::(\d{2}))?\s?(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|A\.M\.|P\.M\.|a\.m\b|p\.m\b)|\b12\s+(noon|midnight)\b/g;

export const timeStyle: Rule = {
  id: 'date/time-style',
  description: 'Times in AP style: 9 a.m., 6:30 p.m., noon, midnight.',
  severity: 'information',
  paragraphLocal: true,
  check({ attribution, options, within }) {
    if (options.houseStyle === 'reuters') return [];
    return matchInSentences(attribution.sentences, within, TIME, (m, start) => {
      const wanted = apTime(m);
      return wanted && wanted !== m[0] ? replaceMatch(start, m[0], wanted, `AP time style: “${wanted}”.`) : null;
    });
  },
};

function apTime(m: RegExpMatchArray): string | null {
  if (m[4]) return m[4].toLowerCase();
  const hour = +m[1]!;
  const minutes = m[2];
  if (hour < 1 || hour > 12 || (minutes !== undefined && +minutes > 59)) return null;
  const pm = /^p/i.test(m[3]!);
  if (hour === 12 && (minutes === undefined || minutes === '00')) return pm ? 'noon' : 'midnight';
  const clock = minutes === undefined || minutes === '00' ? String(hour) : `${hour}:${minutes}`;
  return `${clock} ${pm ? 'p.m.' : 'a.m.'}`;
}
