/**
 * `.copydesk.json`: a newsroom's house style as data — stylebook, time zone, rule severities,
 * accepted names. Parsed here (pure: text in, options and problems out); finding the file on
 * disk is the server's and the CLI's job. Nothing in it is ever executed.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { AcceptedName, AnalysisOptions, RuleSetting } from './options';
import { isRuleId } from './rules/registry';

export const CONFIG_FILE = '.copydesk.json';

/** Something wrong in the file, with where it is (UTF-16 offset into the file text). */
export interface ConfigProblem {
  message: string;
  offset: number;
}

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);
const TYPES = new Set(['person', 'organization', 'place']);

/** Reads a `.copydesk.json`; a field that is wrong is reported and left out, never guessed. */
export function parseHouseConfig(text: string): { options: AnalysisOptions; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({ message: `not valid JSON: ${printParseErrorCode(e.error)}`, offset: e.offset }));
  if (errors.length > 0 || raw === undefined) return { options: {}, problems };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { options: {}, problems: [{ message: 'the file must hold one JSON object', offset: 0 }] };
  const at = (key: string) => Math.max(0, text.indexOf(`"${key}"`));
  const options: AnalysisOptions = {};
  const fields = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    const problem = readField(options, key, value);
    if (problem) problems.push({ message: problem, offset: at(key) });
  }
  return { options, problems };
}

/** Sets one field on `options`; returns what is wrong with it, if anything. */
function readField(options: AnalysisOptions, key: string, value: unknown): string | null {
  switch (key) {
    case '$schema':
      return null;
    case 'houseStyle':
      if (value !== 'ap' && value !== 'reuters') return '"houseStyle" must be "ap" or "reuters"';
      options.houseStyle = value;
      return null;
    case 'timeZone':
      if (typeof value !== 'string' || !isTimeZone(value)) return '"timeZone" must be an IANA time zone such as "America/New_York"';
      options.timeZone = value;
      return null;
    case 'datelineRequired':
      if (typeof value !== 'boolean') return '"datelineRequired" must be true or false';
      options.datelineRequired = value;
      return null;
    case 'agency':
      if (typeof value !== 'string' || value.trim() === '') return '"agency" must be the agency name as datelines write it, e.g. "AP"';
      options.agency = value.trim();
      return null;
    case 'rules':
      return readRules(options, value);
    case 'names':
      return readNames(options, value);
    default:
      return `unknown setting "${key}" (known: houseStyle, timeZone, datelineRequired, agency, rules, names)`;
  }
}

function readRules(options: AnalysisOptions, value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '"rules" must map rule ids to a severity or "off"';
  const rules: Record<string, RuleSetting> = {};
  const wrong: string[] = [];
  for (const [id, level] of Object.entries(value)) {
    if (!isRuleId(id)) wrong.push(`"${id}" is not a Copydesk rule`);
    else if (typeof level !== 'string' || !LEVELS.has(level)) wrong.push(`"${id}" must be error, warning, information, hint or off`);
    else rules[id] = level as RuleSetting;
  }
  options.rules = rules;
  return wrong.length > 0 ? `in "rules": ${wrong.join('; ')}` : null;
}

function readNames(options: AnalysisOptions, value: unknown): string | null {
  if (!Array.isArray(value)) return '"names" must be a list of {"name", "type", "role", "aliases"}';
  const names: AcceptedName[] = [];
  for (const entry of value) {
    const e = entry as Partial<AcceptedName>;
    if (typeof e?.name !== 'string' || e.name.trim() === '') return 'every entry of "names" needs a "name"';
    const type = e.type ?? 'person';
    if (!TYPES.has(type)) return `"${e.name}": "type" must be person, organization or place`;
    const name: AcceptedName = { name: e.name.trim(), type };
    if (typeof e.role === 'string') name.role = e.role;
    if (Array.isArray(e.aliases)) name.aliases = e.aliases.filter((a): a is string => typeof a === 'string');
    names.push(name);
  }
  options.names = names;
  return null;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Merges option layers, later ones winning field by field (rules merge rule by rule, names
 * add up): built-in defaults, then editor settings, then `.copydesk.json` files from the
 * outermost folder to the nearest.
 */
export function mergeOptions(...layers: AnalysisOptions[]): AnalysisOptions {
  const merged: AnalysisOptions = {};
  for (const layer of layers) {
    const { rules, names, ...rest } = layer;
    Object.assign(merged, rest);
    if (rules) merged.rules = { ...merged.rules, ...rules };
    if (names) merged.names = [...(merged.names ?? []), ...names];
  }
  return merged;
}
