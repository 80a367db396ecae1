import type { Span } from '../article/model';
import type { SentenceInfo } from '../attribution/model';
import { startingWithin } from '../spans';
import { shiftFinding } from '../shift';
import { firstTokenAt } from '../entities/tokens';
import { allMatches } from '../article/scan';
import { memoSlot } from '../sentenceMemo';
import type { RuleFinding } from './types';

/**
 * Runs a pattern over the body sentences outside quotations (a quotation may reproduce a
 * written statement word for word) and turns each match into a finding via `make`, which
 * sees the match, where it starts in the sentence and the sentence's text — nothing beyond
 * the sentence, so what it finds is remembered with the sentence (keyed by the pattern) and
 * an unchanged sentence is not matched again. `pattern` must be a module-level constant: it
 * is the key the results are remembered by. `mayMatch`, when given, is a quicker test that is
 * false only for sentences the pattern cannot match. `within`: only the sentences that start
 * there are read (the rule's context says which, when it asks for one paragraph).
 */
export function matchInSentences(
  sentences: readonly SentenceInfo[],
  within: Span | undefined,
  pattern: RegExp,
  make: (m: RegExpMatchArray, start: number, sentence: string) => RuleFinding | null,
  mayMatch?: (sentence: string) => boolean,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const slot = memoSlot(pattern);
  // Plain loops and no closure per sentence: this runs for every pattern over every sentence.
  const { from, to } = startingWithin(sentences, within);
  for (let i = from; i < to; i++) {
    const s = sentences[i]!;
    if (s.paragraph < 0) continue;
    let found = s.memo?.get(slot) as readonly RuleFinding[] | undefined;
    if (found === undefined) {
      found = mayMatch && !mayMatch(s.text) ? NONE : matchSentence(s, pattern, make);
      s.memo?.set(slot, found);
    }
    for (let j = 0; j < found.length; j++) findings.push(shiftFinding(found[j]!, s.start));
  }
  return findings;
}

/** The findings of one sentence, relative to its start. */
function matchSentence(s: SentenceInfo, pattern: RegExp, make: (m: RegExpMatchArray, start: number, sentence: string) => RuleFinding | null): readonly RuleFinding[] {
  let findings: RuleFinding[] | undefined;
  for (const m of allMatches(pattern, s.text)) {
    const at = firstTokenAt(s, s.start + m.index);
    if (s.quoted[at]) continue;
    const finding = make(m, m.index, s.text);
    if (finding) (findings ??= []).push(finding);
  }
  return findings ?? NONE;
}

/** Most sentences match nothing: they share one empty result. */
const NONE: readonly RuleFinding[] = Object.freeze([]);

/** A finding whose safe fix rewrites the whole match. */
export function replaceMatch(start: number, written: string, wanted: string, message: string): RuleFinding {
  return { start, end: start + written.length, message, fixes: [{ title: `Write “${wanted}”`, safe: true, edits: [{ start, end: start + written.length, newText: wanted }] }] };
}
