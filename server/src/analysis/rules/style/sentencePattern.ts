import type { SentenceInfo } from '../../attribution/model';
import type { RuleFinding } from '../types';

/**
 * Runs a pattern over the body sentences outside quotations (a quotation may reproduce a
 * written statement word for word) and turns each match into a finding via `make`.
 */
export function matchInSentences(
  sentences: readonly SentenceInfo[],
  pattern: RegExp,
  make: (m: RegExpMatchArray, start: number) => RuleFinding | null,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const s of sentences) {
    if (s.paragraph < 0) continue;
    const text = s.text;
    for (const m of text.matchAll(pattern)) {
      const start = s.start + m.index!;
      const at = s.tokens.findIndex((t) => t.start >= start);
      if (at >= 0 && s.quoted[at]) continue;
      const finding = make(m, start);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/** A finding whose safe fix rewrites the whole match. */
export function replaceMatch(start: number, written: string, wanted: string, message: string): RuleFinding {
  return { start, end: start + written.length, message, fixes: [{ title: `Write “${wanted}”`, safe: true, edits: [{ start, end: start + written.length, newText: wanted }] }] };
}
