/**
 * Sentences that make a claim a reader would want sourced (newsroom-style.md): figures that
 * moved, superlatives with a record, causes, forecasts with a figure, judgements stated as
 * fact, and poll or study findings. Each detector favours precision: it fires on the wording
 * that makes a claim, not on any number or adjective.
 */

export type ClaimKind = 'statistic' | 'superlative' | 'causal' | 'forecast' | 'judgement' | 'finding';

export interface Claim {
  kind: ClaimKind;
  /** Offsets within the sentence text of the words that make the claim. */
  start: number;
  end: number;
}

export const CLAIM_REASONS: Record<ClaimKind, string> = {
  statistic: 'statistic without a source',
  superlative: 'superlative without a source',
  causal: 'causal claim without a source',
  forecast: 'forecast without a source',
  judgement: 'judgement stated as fact',
  finding: 'poll or study finding without a source',
};

const FIGURE = String.raw`(?:[$€£¥]?(?<![\d,.])\d[\d,.]*\s{0,3}(?:%|(?:percent|per cent|percentage points?|points|million|billion|trillion|bn|m)\b)|\b(?:doubled|tripled|halved|quadrupled)\b)`;
const CHANGE = String.raw`\b(?:rose|rise[sn]?|fell|fallen|falls|increased|increases|decreased|decreases|jumped|dropped|grew|grown|declined|surged|plunged|climbed|slid|tumbled|soared|sank|slumped|shrank|gained|lost|doubled|tripled|halved|up|down)\b`;

const DETECTORS: { kind: ClaimKind; pattern: RegExp }[] = [
  // `fell 30% last year`, `sales rose 2% to $11.1bn`
  { kind: 'statistic', pattern: new RegExp(`${CHANGE}[^.;]{0,40}?${FIGURE}|${FIGURE}[^.;]{0,20}?${CHANGE}`, 'i') },
  // `the largest in the state's history`, `a record high`, `the worst since 2008`
  {
    kind: 'superlative',
    pattern: /\b(?:the|its|their|his|her|a)\s{1,3}(?:\w{1,30}\s{1,3})?(?:largest|biggest|highest|lowest|worst|best|deadliest|steepest|sharpest|fastest|slowest|longest|strongest|weakest|most\s{1,3}\w{1,30}|least\s{1,3}\w{1,30})\b[^.;]{0,60}?\b(?:ever|in (?:[\w’']{1,30}\s{1,3}){0,3}history|on record|of all time|since \d{4}|in (?:decades|years|a generation)|in \d+ years)\b|\b(?:record|all-time) (?:high|low|levels?)\b|\bunprecedented\b/i,
  },
  // `was driven by`, `led to`, `resulted in`
  { kind: 'causal', pattern: /\b(?:(?:is|was|are|were|has been|have been)\s+(?:largely\s+|mainly\s+|partly\s+)?(?:driven|caused|fuel(?:l)?ed|triggered|spurred|sparked)\s+by|resulted in|(?:is|was|are|were) (?:a|the) result of|is responsible for|are responsible for)\b/i },
  // `will reach 1 billion by 2030`, `is expected to rise 5%`
  {
    kind: 'forecast',
    pattern: new RegExp(String.raw`\b(?:will|would|is expected to|are expected to|is projected to|are projected to|is forecast to|is set to|is likely to|are likely to)\s{1,3}(?:\w{1,30}\s{1,3})?(?:reach|rise|fall|grow|increase|decrease|decline|double|triple|top|exceed|hit|surpass|climb|drop|shrink|cost|save)\b[^.;]{0,40}?(?:${FIGURE}|\bby (?:20\d\d|the end of))`, 'i'),
  },
  // `a clear sign that`, `undoubtedly`
  { kind: 'judgement', pattern: /\b(?:a (?:clear|sure|telling) sign (?:that|of)|clearly (?:shows|showed|demonstrates|proves|indicates)|it is (?:clear|obvious|evident) that|undoubtedly|without (?:a )?doubt|there is no doubt|proves that|obviously)\b/i },
  // `erased Trump's lead in opinion polls`, `studies show`
  { kind: 'finding', pattern: /\b(?:in (?:the |recent |many |most |several |some |new |national |opinion )*(?:polls?|surveys?)|(?:polls?|surveys?|studies|research|data) (?:show|shows|showed|suggest|suggests|found|indicate|indicates))\b/i },
];
/** The patterns this file builds at run time, for the regex audit (test/unit/regexAudit.test.ts). */
export const BUILT_PATTERNS: readonly RegExp[] = DETECTORS.map((d) => d.pattern);

/** Words that mark what is usually fine without a source (newsroom-style.md). */
const FINE = /\b(?:did not (?:immediately )?respond|declined to comment|could not be reached|(?:is|are) scheduled|will (?:hold|meet|vote|visit|travel|speak|host)|plans to (?:hold|meet|vote|visit))\b/i;

/** The claims a sentence makes, or none when it is the kind of sentence that needs no source. */
export function findClaims(sentence: string): Claim[] {
  if (FINE.test(sentence)) return [];
  const claims: Claim[] = [];
  for (const { kind, pattern } of DETECTORS) {
    const m = pattern.exec(sentence);
    if (m) claims.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return claims;
}
