import { analyze } from './analyze';
import type { AnalysisOptions } from './options';
import type { Finding, Fix, TextEdit } from './rules/types';

/** Enough passes for fixes that make room for others; a fix loop is a bug, not a reason to hang. */
const MAX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  passes: number;
}

/**
 * Applies every safe fix (never placeholders or judgement calls), without overlaps, then
 * analyses again and repeats until nothing safe is left — so running it twice changes nothing
 * the second time. `story` limits it to one story (by index) of the file.
 */
export function fixAll(text: string, options: AnalysisOptions = {}, story?: number): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < MAX_PASSES) {
    const analysis = analyze(current, options);
    const scope = story === undefined ? null : analysis.file.stories[story];
    if (story !== undefined && !scope) break;
    const fixes = safeFixes(analysis.findings, scope ?? null);
    if (fixes.length === 0) break;
    current = applyEdits(current, fixes.flatMap((f) => f.edits));
    applied += fixes.length;
    passes++;
  }
  return { text: current, applied, passes };
}

/** The first safe fix of each finding (in scope), keeping only fixes that do not overlap. */
function safeFixes(findings: readonly Finding[], scope: { start: number; end: number } | null): Fix[] {
  const chosen: Fix[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const f of findings) {
    if (scope && (f.start < scope.start || f.end > scope.end)) continue;
    const fix = f.fixes.find((x) => x.safe && !x.snippet);
    if (!fix || fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start)))) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
  }
  return chosen;
}

/** Applies non-overlapping edits, from the last to the first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The smallest single edit that turns `before` into `after` (common start and end kept). */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, newText: after.slice(start, endAfter) };
}
