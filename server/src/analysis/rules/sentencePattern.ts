import type { SentenceInfo } from '../attribution/model';
import { remembered } from '../sentenceWork';
import { shiftFinding } from '../shift';
import { firstStartingAt } from '../spans';
import type { RuleFinding } from './types';

/**
 * Runs a pattern over the body sentences outside quotations (a quotation may reproduce a
 * written statement word for word) and turns each match into a finding via `make`, which
 * sees the match, where it starts in the sentence and the sentence's text — nothing beyond
 * the sentence, so what it finds is remembered with the sentence (keyed by the pattern) and
 * an unchanged sentence is not matched again. `pattern` must be a module-level constant: it
 * is the key the results are remembered by.
 */
export function matchInSentences(
  sentences: readonly SentenceInfo[],
  pattern: RegExp,
  make: (m: RegExpMatchArray, start: number, sentence: string) => RuleFinding | null,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const s of sentences) {
    if (s.paragraph < 0) continue;
    const found = remembered(s.memo, pattern, () => matchSentence(s, pattern, make));
    for (const f of found) findings.push(shiftFinding(f, s.start));
  }
  return findings;
}

/** The findings of one sentence, relative to its start. */
function matchSentence(s: SentenceInfo, pattern: RegExp, make: (m: RegExpMatchArray, start: number, sentence: string) => RuleFinding | null): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const m of s.text.matchAll(pattern)) {
    const at = firstStartingAt(s.tokens, s.start + m.index!);
    if (s.quoted[at]) continue;
    const finding = make(m, m.index!, s.text);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** A finding whose safe fix rewrites the whole match. */
export function replaceMatch(start: number, written: string, wanted: string, message: string): RuleFinding {
  return { start, end: start + written.length, message, fixes: [{ title: `Write “${wanted}”`, safe: true, edits: [{ start, end: start + written.length, newText: wanted }] }] };
}
