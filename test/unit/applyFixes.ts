import type { Fix } from '../../server/src/analysis';

/** Applies a fix's edits to the text (edits do not overlap; applied from the end). */
export function applyFixes(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
