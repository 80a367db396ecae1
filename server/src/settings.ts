import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_TIME_ZONE, type AnalysisOptions, type HouseStyle, type RuleSetting } from './analysis';

/** The `copydesk.*` settings of one resource, as package.json declares them. */
export interface Settings {
  timeZone: string;
  houseStyle: HouseStyle;
  datelineRequired: boolean;
  rules: Record<string, RuleSetting>;
}

export const DEFAULT_SETTINGS: Settings = { timeZone: DEFAULT_TIME_ZONE, houseStyle: 'ap', datelineRequired: false, rules: {} };

/**
 * Per-resource settings read through `workspace/configuration` and cached until the client
 * says they changed. Clients that cannot answer get the defaults.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly clientAsks: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.clientAsks()) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'copydesk' })
        .then(normalize, () => DEFAULT_SETTINGS);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  forget(uri?: string): void {
    if (uri === undefined) this.byUri.clear();
    else this.byUri.delete(uri);
  }
}

/** Takes what the client sent, keeping only well-formed values. */
function normalize(raw: unknown): Settings {
  const section = (raw ?? {}) as Partial<Settings>;
  return {
    timeZone: typeof section.timeZone === 'string' && section.timeZone.trim() !== '' ? section.timeZone : DEFAULT_TIME_ZONE,
    houseStyle: section.houseStyle === 'reuters' ? 'reuters' : 'ap',
    datelineRequired: section.datelineRequired === true,
    rules: typeof section.rules === 'object' && section.rules !== null ? section.rules : {},
  };
}

/** The analysis options a resource's settings stand for. */
export function toAnalysisOptions(settings: Settings): AnalysisOptions {
  return { timeZone: settings.timeZone, houseStyle: settings.houseStyle, datelineRequired: settings.datelineRequired, rules: settings.rules };
}
