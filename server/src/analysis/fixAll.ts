import { analyze } from './analyze';
import type { AnalysisOptions } from './options';
import type { Finding, Fix, TextEdit } from './rules/types';
import { TakenRanges } from './takenRanges';

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
  const taken = new TakenRanges();
  for (const f of findings) {
    if (scope && (f.start < scope.start || f.end > scope.end)) continue;
    const fix = f.fixes.find((x) => x.safe && !x.snippet);
    if (!fix || fix.edits.some((e) => taken.collides(e))) continue;
    chosen.push(fix);
    for (const e of fix.edits) taken.take(e);
  }
  return chosen;
}

/**
 * Applies non-overlapping edits: the text between them and their new text, joined once
 * (rebuilding the whole text for each edit takes time growing with edits × length). Two
 * insertions at one place go in the reverse of their order in `edits`.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || b.i - a.i);
  const parts: string[] = [];
  let at = 0;
  for (const { e } of order) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
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
