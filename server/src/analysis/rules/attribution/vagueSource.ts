import type { Rule, RuleFinding } from '../types';
import { firstIndexWhere, startingWithin } from '../../spans';
import { firstTokenAt } from '../../entities/tokens';
import type { SentenceInfo } from '../../attribution/model';
import { memoSlot, remembered } from '../../sentenceMemo';

/**
 * Sourcing an editor queries: unnamed groups (`critics say`, `some analysts believe`,
 * `experts warn`, `many people are saying`), passives with no one behind them (`it is widely
 * believed`) and `sources said` with no word about who the sources are.
 */
const VAGUE = [
  /\bcritics (?:have )?(?:say|said|argue[ds]?|contend(?:ed)?|charge[ds]?|claim(?:ed)?|warn(?:ed)?|note[ds]?|complain(?:ed)?)\b/gi,
  /\b(?:some|many|other) (?:\w+ )?(?:analysts|experts|observers|economists|critics|people|officials|commentators|insiders|residents|voters|scientists|investors|traders) (?:say|said|believe[ds]?|think|thought|argue[ds]?|suggest(?:ed)?|warn(?:ed)?|contend(?:ed)?|fear(?:ed)?|worry|worried|are saying|have said|have suggested)\b/gi,
  /\b(?:it is|it's|it was) (?:widely |generally |commonly |often )?(?:believed|thought|said|understood|reported|rumou?red|alleged|feared) that\b/gi,
  /\bexperts (?:warn(?:ed)?|say|said|believe[ds]?|agree[ds]?|predict(?:ed)?|fear(?:ed)?|caution(?:ed)?|suggest(?:ed)?)\b/gi,
  /(?:^|[,;]\s*|\b(?:and|but)\s+)(?:sources|a source|insiders) (?:say|said|says|told)\b/gi,
  /\baccording to (?:unnamed |anonymous )?(?:sources|a source|insiders)(?=\s*[,.;]|\s*$)/gi,
  /\bmany (?:people )?are saying\b/gi,
];
/** Where a sentence's vague sourcing is remembered. */
const VAGUE_SLOT = memoSlot(VAGUE);

export const vagueSource: Rule = {
  id: 'attribution/vague-source',
  description: 'Sources are named or described: not "critics say", "experts warn", "it is widely believed" or bare "sources said".',
  severity: 'warning',
  paragraphLocal: true,
  check({ attribution, within }) {
    const findings: RuleFinding[] = [];
    // An index loop: it walks every sentence of a long story on every edit, most sentences
    // have nothing to find, and an iterator result per sentence adds up.
    const sentences = attribution.sentences;
    const { from, to } = startingWithin(sentences, within);
    for (let k = from; k < to; k++) {
      const s = sentences[k]!;
      if (s.paragraph < 0) continue;
      const found = remembered(s.memo, VAGUE_SLOT, vagueIn, s);
      for (let i = 0; i < found.length; i++) {
        const [from, to] = found[i]!;
        findings.push({ start: s.start + from, end: s.start + to, message: `Vague sourcing: “${s.text.slice(from, to)}” — who, exactly? Name or describe the source.`, fixes: [] });
      }
    }
    return findings;
  },
};

/** The vague sourcing of a sentence outside its quotations, relative to its start, not overlapping. */
function vagueIn(s: SentenceInfo): [from: number, to: number][] {
  // In text order: as they do not overlap, the one found that starts last before a match's
  // end is the only one that can overlap it (a pasted table read as one sentence can hold
  // thousands).
  const found: [number, number][] = [];
  for (const pattern of VAGUE) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(s.text); m; m = pattern.exec(s.text)) {
      const from = m.index + /^[,;\s]*(?:(?:and|but)\s+)?/i.exec(m[0])![0].length;
      const to = m.index + m[0].length;
      const before = firstIndexWhere(found.length, (i) => found[i]![0] >= to);
      if (isQuoted(s, s.start + from) || (before > 0 && found[before - 1]![1] > from)) continue;
      found.splice(before, 0, [from, to]);
    }
  }
  return found;
}

/** The speaker's own words are theirs to phrase. */
function isQuoted(s: SentenceInfo, offset: number): boolean {
  return s.quoted[firstTokenAt(s, offset)] === true;
}
