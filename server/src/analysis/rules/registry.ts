import type { Rule, RuleInfo } from './types';
import { emptyStory } from './structure/emptyStory';
import { publishedFormat } from './structure/publishedFormat';
import { unbalancedQuotes } from './structure/unbalancedQuotes';
import { unclosedNote } from './structure/unclosedNote';
import { unusedDirective } from './structure/unusedDirective';
import { firstReference } from './entity/firstReference';
import { nameVariant } from './entity/nameVariant';
import { titleStyle } from './entity/titleStyle';
import { loadedVerb } from './attribution/loadedVerb';
import { unattributedQuote } from './attribution/unattributedQuote';
import { unsourcedClaim } from './attribution/unsourcedClaim';
import { vagueSource } from './attribution/vagueSource';
import { agencyDash } from './dateline/agencyDash';
import { agencyName } from './dateline/agencyName';
import { cityCaps } from './dateline/cityCaps';
import { datelineRequired } from './dateline/required';
import { standaloneCity } from './dateline/standaloneCity';
import { stateStyle } from './dateline/stateStyle';
import { monthStyle } from './date/monthStyle';
import { publishedWeekday } from './date/publishedWeekday';
import { relativeWeekday } from './date/relativeWeekday';
import { timeStyle } from './date/timeStyle';
import { weekdayAbbreviation } from './date/weekdayAbbreviation';
import { weekdayMismatch } from './date/weekdayMismatch';
import { articleSound } from './style/articleSound';
import { decades } from './style/decades';
import { doubledWord } from './style/doubledWord';
import { figureStart } from './style/figureStart';
import { ordinals } from './style/ordinals';
import { percent } from './style/percent';
import { webTerms } from './style/webTerms';

/** Every rule with a check of its own, in the order findings are reported. */
export const RULES: readonly Rule[] = [
  publishedFormat,
  emptyStory,
  unbalancedQuotes,
  unclosedNote,
  nameVariant,
  firstReference,
  titleStyle,
  unattributedQuote,
  unsourcedClaim,
  vagueSource,
  loadedVerb,
  cityCaps,
  stateStyle,
  standaloneCity,
  agencyDash,
  agencyName,
  datelineRequired,
  publishedWeekday,
  weekdayMismatch,
  monthStyle,
  weekdayAbbreviation,
  relativeWeekday,
  timeStyle,
  percent,
  figureStart,
  decades,
  ordinals,
  webTerms,
  doubledWord,
  articleSound,
];

/** Every rule id Copydesk can report, with description and default severity (settings, docs). */
export const RULE_INFO: readonly RuleInfo[] = [...RULES, unusedDirective].map(({ id, description, severity }) => ({
  id,
  description,
  severity,
}));

const IDS = new Set(RULE_INFO.map((r) => r.id));

/** True when `id` names a rule. */
export function isRuleId(id: string): boolean {
  return IDS.has(id);
}
