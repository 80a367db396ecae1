import type { Severity } from './rules/types';

/** A rule's severity, or `off` to skip it. */
export type RuleSetting = Severity | 'off';

/** How to analyse a document; every field is optional and has a newsroom default. */
export interface AnalysisOptions {
  /** Per-rule severity overrides, by rule id. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** The newsroom's IANA time zone, for dates and times read off the published line. */
  timeZone?: string;
  /** The stylebook the checks follow: AP (the default) or Reuters. */
  houseStyle?: HouseStyle;
  /** Every story must open with a dateline (off by default: staff and web copy often has none). */
  datelineRequired?: boolean;
  /** The newsroom's agency as datelines write it (`AP`, `Reuters`). */
  agency?: string;
  /** The newsroom's names file: canonical spellings and roles of people and organizations. */
  names?: AcceptedName[];
}

/** A name the newsroom has settled: how it is spelled, what it is, what the person does. */
export interface AcceptedName {
  name: string;
  type: 'person' | 'organization' | 'place';
  role?: string;
  aliases?: string[];
}

export type HouseStyle = 'ap' | 'reuters';

export const DEFAULT_TIME_ZONE = 'America/New_York';
