/**
 * The `contributes.configuration` of package.json, generated from the rule registry so the
 * settings never drift from the rules. `npm run gen:settings` writes it; a unit test fails
 * when package.json is out of date.
 */
import { DEFAULT_TIME_ZONE, RULE_INFO } from '../server/src/analysis';

const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];

export function buildConfiguration(): object {
  const rules = Object.fromEntries(
    RULE_INFO.map((r) => [r.id, { type: 'string', enum: LEVELS, default: r.severity, description: r.description }]),
  );
  return {
    title: 'Copydesk',
    properties: {
      'copydesk.timeZone': {
        type: 'string',
        default: DEFAULT_TIME_ZONE,
        scope: 'resource',
        markdownDescription: 'The newsroom\'s time zone (an IANA name such as `America/New_York` or `Europe/London`), used to tell published times and to resolve dates.',
      },
      'copydesk.houseStyle': {
        type: 'string',
        enum: ['ap', 'reuters'],
        enumDescriptions: ['Associated Press Stylebook', 'Reuters Handbook of Journalism'],
        default: 'ap',
        scope: 'resource',
        markdownDescription: 'The stylebook the checks follow. Reuters spells out titles and states and uses a hyphen after the dateline.',
      },
      'copydesk.datelineRequired': {
        type: 'boolean',
        default: false,
        scope: 'resource',
        markdownDescription: 'Report stories that do not open with a dateline (`dateline/required`).',
      },
      'copydesk.rules': {
        type: 'object',
        scope: 'resource',
        default: {},
        markdownDescription: 'Severity of each check, or `off`. Any rule left out keeps its default (shown for each).',
        properties: rules,
        additionalProperties: false,
      },
      'copydesk.trace.server': {
        type: 'string',
        enum: ['off', 'messages', 'verbose'],
        default: 'off',
        scope: 'window',
        description: 'Log the messages between VS Code and the Copydesk language server (Output › Copydesk).',
      },
    },
  };
}

/** The JSON Schema of `.copydesk.json`, contributed through `jsonValidation` (completion and checks in the editor). */
export function buildConfigSchema(): object {
  const levels = { type: 'string', enum: LEVELS };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Copydesk house style',
    description: 'House style for Copydesk: the stylebook, time zone, rule severities and the newsroom\'s names file. Data only: nothing in it is executed.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      houseStyle: { type: 'string', enum: ['ap', 'reuters'], description: 'The stylebook the checks follow.' },
      timeZone: { type: 'string', description: 'The newsroom\'s IANA time zone, e.g. America/New_York.' },
      datelineRequired: { type: 'boolean', description: 'Report stories without a dateline.' },
      agency: { type: 'string', description: 'The agency as datelines write it, e.g. AP.' },
      rules: {
        type: 'object',
        description: 'Severity of each rule, or off.',
        additionalProperties: false,
        properties: Object.fromEntries(RULE_INFO.map((r) => [r.id, { ...levels, description: r.description }])),
      },
      names: {
        type: 'array',
        description: 'Accepted names: their spelling, kind and role feed hover cards and the name-variant check.',
        items: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: { type: 'string' },
            type: { type: 'string', enum: ['person', 'organization', 'place'], default: 'person' },
            role: { type: 'string' },
            aliases: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
  };
}
