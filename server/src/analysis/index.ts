/**
 * The pure core of Copydesk: a string in, plain data out. Nothing here may import vscode,
 * the LSP libraries or Node built-ins; the server, the CLI and the tests all call `analyze`.
 */
export { analyze, Analyzer, type Analysis, type Attribution, type EntityMention } from './analyze';
export type { AcceptedName, AnalysisOptions, HouseStyle, RuleSetting } from './options';
export { CONFIG_FILE, mergeOptions, parseHouseConfig, type ConfigProblem } from './houseConfig';
export { DEFAULT_TIME_ZONE } from './options';
export type { DateMention, ResolvedDate } from './dates';
export type * from './article/model';
export type { Finding, Fix, Rule, RuleInfo, Severity, TextEdit } from './rules/types';
export { RULE_INFO, isRuleId } from './rules/registry';
export { applyEdits, fixAll, minimalEdit, type FixAllResult } from './fixAll';
export { cleanCopy } from './cleanCopy';
export type { Entity, EntityType, Mention } from './entities';
export type { AttributionKind, AttributionResult, SentenceInfo } from './attribution';
export { isStatement } from './attribution/statements';
export { publishedBefore } from './article/parse';
