import { findUsState } from '../../reference/usStates';
import type { Rule, RuleFinding } from '../types';

/**
 * The state in a dateline, as the house style writes it. AP: its own abbreviations, never
 * postal codes (`RALEIGH, NC` → `RALEIGH, N.C.`), and eight states always spelled out
 * (`PORTLAND, ME` → `PORTLAND, Maine`). Reuters: every state spelled out.
 */
export const stateStyle: Rule = {
  id: 'dateline/state-style',
  description: 'Dateline states follow the house style: AP abbreviations (Calif., N.C.; Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah spelled out), never postal codes; Reuters spells states out.',
  severity: 'warning',
  check({ file, options }) {
    const findings: RuleFinding[] = [];
    for (const story of file.stories) {
      const d = story.dateline;
      if (!d?.region || !d.regionSpan) continue;
      const state = findUsState(d.region);
      if (!state) continue;
      const wanted = options.houseStyle === 'reuters' ? state.name : (state.ap ?? state.name);
      if (d.region === wanted) continue;
      const why = d.region.toUpperCase() === state.postal && d.region.length === 2 ? 'a postal code is not used in datelines' : options.houseStyle === 'reuters' ? 'Reuters spells out state names' : state.ap ? `AP abbreviates ${state.name} as ${state.ap}` : `AP never abbreviates ${state.name}`;
      findings.push({
        start: d.regionSpan.start,
        end: d.regionSpan.end,
        message: `Write the state as “${wanted}”: ${why}.`,
        fixes: [{ title: `Write “${wanted}”`, safe: true, edits: [{ start: d.regionSpan.start, end: d.regionSpan.end, newText: wanted }] }],
      });
    }
    return findings;
  },
};
