import type { Rule, RuleFinding } from '../types';

/** Long forms AP abbreviates before a full name, and their abbreviations. */
const ABBREVIATED_BEFORE_NAMES: Record<string, string> = {
  senator: 'Sen.',
  governor: 'Gov.',
  'lieutenant governor': 'Lt. Gov.',
  representative: 'Rep.',
  doctor: 'Dr.',
  general: 'Gen.',
  colonel: 'Col.',
  'lieutenant colonel': 'Lt. Col.',
  major: 'Maj.',
  sergeant: 'Sgt.',
  admiral: 'Adm.',
  commander: 'Cmdr.',
  lieutenant: 'Lt.',
};

/** Titles AP never abbreviates, written abbreviated. */
const NEVER_ABBREVIATED: Record<string, string> = {
  'pres.': 'President',
  'sec.': 'Secretary',
  'secy.': 'Secretary',
  'supt.': 'Superintendent',
  'atty. gen.': 'Attorney General',
  'atty.': 'Attorney',
};

/**
 * AP title style before a person's name: `Senator Ted Cruz` → `Sen. Ted Cruz`,
 * `Reverend Al Sharpton` → `the Rev. Al Sharpton`, `Pres. Biden` → `President Biden`
 * (President is never abbreviated). Reuters house style spells titles out, so the rule
 * only speaks for AP.
 */
export const titleStyle: Rule = {
  id: 'entity/title-style',
  description: 'Titles before a full name follow AP style: Sen., Gov., Rep., Lt. Gov., Dr., the Rev. and military ranks abbreviated; President, Secretary never abbreviated.',
  severity: 'information',
  readsNamesOnly: true,
  check({ entities, copy, options }) {
    if (options.houseStyle === 'reuters') return [];
    const findings: RuleFinding[] = [];
    for (const e of entities) {
      if (e.type !== 'person') continue;
      for (const m of e.mentions) {
        if (!m.title) continue;
        const finding = checkTitle(copy, m.title, m.text.split(/\s+/).length > 1);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

function checkTitle(copy: string, title: { start: number; end: number }, fullName: boolean): RuleFinding | null {
  const written = copy.slice(title.start, title.end);
  const key = written.toLowerCase().replace(/\s+/g, ' ');
  const spelled = NEVER_ABBREVIATED[key];
  if (spelled) return finding(title, written, spelled, `AP never abbreviates "${spelled}": write it out.`);
  if (!fullName) return null;
  if (key === 'reverend' || key === 'rev.') return reverend(copy, title, written);
  const short = ABBREVIATED_BEFORE_NAMES[key];
  return short ? finding(title, written, short, `AP abbreviates "${written}" before a full name: "${short}".`) : null;
}

/** `Reverend Al Sharpton` → `the Rev. Al Sharpton` (and `the Reverend` → `the Rev.`). */
function reverend(copy: string, title: { start: number; end: number }, written: string): RuleFinding | null {
  const before = copy.slice(Math.max(0, title.start - 4), title.start);
  const hasThe = /\bthe\s$/i.test(before);
  if (hasThe && written === 'Rev.') return null;
  const sentenceStart = /(^|[.!?]["”’]?\s+)$/.test(copy.slice(Math.max(0, title.start - 3), title.start)) || title.start === 0;
  const replacement = hasThe ? 'Rev.' : `${sentenceStart ? 'The' : 'the'} Rev.`;
  return finding(title, written, replacement, `AP style before a name is "the Rev.".`);
}

function finding(span: { start: number; end: number }, written: string, replacement: string, message: string): RuleFinding {
  return {
    start: span.start,
    end: span.end,
    message,
    fixes: [{ title: `Write "${replacement}" for "${written}"`, safe: true, edits: [{ start: span.start, end: span.end, newText: replacement }] }],
  };
}
