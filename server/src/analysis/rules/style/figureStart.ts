import type { Rule, RuleFinding } from '../types';
import { replaceMatch } from '../sentencePattern';
import { startingWithin } from '../../spans';

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A figure opening a sentence, then a lowercase word (`5 people`; not `5:30`, `3-2`, `2.5`).
 * The figure is taken whole — `(?=(…))\1` keeps the engine from retrying shorter figures,
 * which on a long run of digits would take time growing with its square.
 */
const FIGURE_THEN_WORD = /^(?=(\d[\d,]*))\1(?=\s+[a-z])/;

/**
 * A figure starting a sentence is spelled out (`12 people died` → `Twelve people died`); a
 * year is the exception (`2020 was…`). The fix spells out 1 to 99; larger figures want a
 * rewrite, which is the writer's.
 */
export const figureStart: Rule = {
  id: 'style/figure-start',
  description: 'A sentence does not start with a figure (years excepted): spell it out or recast.',
  severity: 'information',
  paragraphLocal: true,
  check({ attribution, within }) {
    const findings: RuleFinding[] = [];
    const sentences = attribution.sentences;
    // An index loop, and the first character asked before the pattern: this walks every
    // sentence of a long story on every edit, and few begin with a digit.
    const { from, to } = startingWithin(sentences, within);
    for (let i = from; i < to; i++) {
      const s = sentences[i]!;
      if (s.paragraph < 0 || !isDigit(s.text.charCodeAt(0))) continue;
      const m = FIGURE_THEN_WORD.exec(s.text);
      if (!m || s.quoted[0]) continue;
      const n = Number(m[1]!.replace(/,/g, ''));
      if (n >= 1000 && n <= 2200 && !m[1]!.includes(',')) continue; // a year
      const words = spellOut(n);
      if (!words) {
        findings.push({ start: s.start, end: s.start + m[1]!.length, message: 'A sentence does not start with a figure: recast it.', fixes: [] });
        continue;
      }
      const wanted = words[0]!.toUpperCase() + words.slice(1);
      findings.push(replaceMatch(s.start, m[1]!, wanted, `Spell out a figure that starts a sentence: “${wanted}”.`));
    }
    return findings;
  },
};

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function spellOut(n: number): string | null {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return null;
  if (n < 20) return ONES[n]!;
  return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${ONES[n % 10]}`;
}
