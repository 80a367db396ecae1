import type { RuleInfo } from '../types';

/**
 * A `copydesk-disable…` directive that suppresses nothing, or names no rule. Reported by the
 * directive stage (`directives.ts`) after every rule has run, not by a check of its own.
 */
export const unusedDirective: RuleInfo = {
  id: 'structure/unused-directive',
  description: 'An inline copydesk-disable directive should name a real rule and suppress a finding.',
  severity: 'hint',
};
