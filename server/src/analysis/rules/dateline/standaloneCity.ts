import { findUsState } from '../../reference/usStates';
import { isStandaloneCity } from '../../reference/standaloneCities';
import type { Rule } from '../types';

/** `CHICAGO, Ill. (AP) —`: cities AP writes alone take no state or country (AP house style only). */
export const standaloneCity: Rule = {
  id: 'dateline/standalone-city',
  description: 'Cities that stand alone in AP datelines (CHICAGO, LONDON, TOKYO…) take no state or country.',
  severity: 'warning',
  check({ file, copy, options }) {
    if (options.houseStyle === 'reuters') return [];
    return file.stories.flatMap((story) => {
      const d = story.dateline;
      if (!d?.regionSpan || !isStandaloneCity(d.city)) return [];
      // WASHINGTON alone is the capital; `WASHINGTON, Pa.` names another town and stays.
      if (findUsState(d.region!) && !isTheStandaloneOne(d.city, d.region!)) return [];
      const start = d.citySpan.end;
      const end = d.regionSpan.end;
      return [{
        start: d.regionSpan.start,
        end,
        message: `${d.city} stands alone in AP datelines: drop “${copy.slice(start, end).replace(/^,\s*/, '')}”.`,
        fixes: [{ title: `Write “${d.city}” alone`, safe: true, edits: [{ start, end, newText: '' }] }],
      }];
    });
  },
};

/** The state a stand-alone US city is in: a different state means a different town of that name. */
const HOME_STATES: Record<string, string> = {
  ATLANTA: 'Georgia', BALTIMORE: 'Maryland', BOSTON: 'Massachusetts', CHICAGO: 'Illinois', CINCINNATI: 'Ohio',
  CLEVELAND: 'Ohio', DALLAS: 'Texas', DENVER: 'Colorado', DETROIT: 'Michigan', HONOLULU: 'Hawaii', HOUSTON: 'Texas',
  INDIANAPOLIS: 'Indiana', 'LAS VEGAS': 'Nevada', 'LOS ANGELES': 'California', MIAMI: 'Florida', MILWAUKEE: 'Wisconsin',
  MINNEAPOLIS: 'Minnesota', 'NEW ORLEANS': 'Louisiana', 'NEW YORK': 'New York', 'OKLAHOMA CITY': 'Oklahoma',
  PHILADELPHIA: 'Pennsylvania', PHOENIX: 'Arizona', PITTSBURGH: 'Pennsylvania', 'ST. LOUIS': 'Missouri',
  'SALT LAKE CITY': 'Utah', 'SAN ANTONIO': 'Texas', 'SAN DIEGO': 'California', 'SAN FRANCISCO': 'California',
  SEATTLE: 'Washington',
};

function isTheStandaloneOne(city: string, region: string): boolean {
  return HOME_STATES[city.toUpperCase()] === findUsState(region)?.name;
}
