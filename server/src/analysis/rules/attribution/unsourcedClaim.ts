import { CLAIM_REASONS, findClaims } from '../../attribution/claims';
import type { SentenceInfo } from '../../attribution/model';
import { accordingToPlaceholder, disableForLine } from '../fixes';
import type { Rule, RuleFinding } from '../types';
import { memoSlot, remembered } from '../../sentenceMemo';
import { startingWithin } from '../../spans';

/** Where the reasons a sentence wants a source are remembered. */
const REASONS = memoSlot(sourceWanted);

/**
 * A sentence that makes a claim needing a source (a figure that moved, a superlative with a
 * record, a cause, a forecast with a figure, a judgement stated as fact, a poll finding) with
 * no attribution in it or in the sentence before or after it in the paragraph. Quotations are
 * the speaker's words (the quotation rules cover them); headlines and subheads are not checked.
 */
export const unsourcedClaim: Rule = {
  id: 'attribution/unsourced-claim',
  description: 'Claims that want a source (statistics, superlatives, causes, forecasts, judgements, poll findings) carry an attribution.',
  severity: 'warning',
  paragraphLocal: true,
  check({ attribution, copy, text, within }) {
    const findings: RuleFinding[] = [];
    const sentences = attribution.sentences;
    // An index loop: this walks every sentence of a long story on every edit it is asked whole.
    const { from, to } = startingWithin(sentences, within);
    for (let i = from; i < to; i++) {
      const s = sentences[i]!;
      if (s.paragraph < 0 || s.attributed) continue;
      if (sourcedNearby(sentences[i - 1], s) || sourcedNearby(sentences[i + 1], s)) continue;
      const reasons = remembered(s.memo, REASONS, sourceWanted, s);
      if (reasons.length === 0) continue;
      findings.push({
        start: s.start,
        end: s.end,
        message: `Unsourced claim (${reasons.join('; ')}): who says so?`,
        fixes: [accordingToPlaceholder(copy, s), disableForLine(text, s, unsourcedClaim.id, 'Mark as sourced elsewhere (adds an editor note)', 'sourced elsewhere')],
      });
    }
    return findings;
  },
};

/**
 * Why a sentence's claims want a source, each reason once; none when it claims nothing or is
 * mostly quotation. It reads only the sentence's words and which of them are quoted, so an
 * edited long story's sentence memos know it for every sentence the edit left alone.
 */
function sourceWanted(s: SentenceInfo): readonly string[] {
  const claims = findClaims(s.text);
  if (claims.length === 0 || mostlyQuoted(s)) return NO_REASONS;
  return [...new Set(claims.map((c) => CLAIM_REASONS[c.kind]))];
}

const NO_REASONS: readonly string[] = Object.freeze([]);

/** A neighbouring sentence of the same paragraph that holds an attribution. */
function sourcedNearby(neighbour: SentenceInfo | undefined, s: SentenceInfo): boolean {
  return neighbour !== undefined && neighbour.paragraph === s.paragraph && neighbour.story === s.story && neighbour.frames.length > 0;
}

function mostlyQuoted(s: SentenceInfo): boolean {
  let words = 0;
  let quoted = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    if (!s.tokens[i]!.word) continue;
    words++;
    if (s.quoted[i]) quoted++;
  }
  return quoted * 2 > words;
}
