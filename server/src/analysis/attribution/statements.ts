import { CUE_VERBS, STANCE_VERBS } from './cueWords';
import type { Attribution } from './model';

/**
 * Whether an attribution reports something said or written — a statement for the entity
 * card and the Sources outline — rather than only a stance (`he plans to return`, `the
 * party wants a deal`), which sources a sentence but is not something the person said.
 */
export function isStatement(a: Attribution, copy: string): boolean {
  if (!a.cue) return true;
  const verb = copy.slice(a.cue.start, a.cue.end).toLowerCase().split(/\s+/)[0] ?? '';
  return CUE_VERBS.has(verb) || !STANCE_VERBS.has(verb);
}
