/**
 * Cities AP datelines write alone, with no state or country (AP Stylebook, "datelines"); the
 * domestic list as newsroom-style.md gives it, then AP's international list.
 */
const DOMESTIC = [
  'ATLANTA', 'BALTIMORE', 'BOSTON', 'CHICAGO', 'CINCINNATI', 'CLEVELAND', 'DALLAS', 'DENVER', 'DETROIT', 'HONOLULU',
  'HOUSTON', 'INDIANAPOLIS', 'LAS VEGAS', 'LOS ANGELES', 'MIAMI', 'MILWAUKEE', 'MINNEAPOLIS', 'NEW ORLEANS', 'NEW YORK',
  'OKLAHOMA CITY', 'PHILADELPHIA', 'PHOENIX', 'PITTSBURGH', 'ST. LOUIS', 'SALT LAKE CITY', 'SAN ANTONIO', 'SAN DIEGO',
  'SAN FRANCISCO', 'SEATTLE', 'WASHINGTON',
];
const INTERNATIONAL = [
  'AMSTERDAM', 'BAGHDAD', 'BANGKOK', 'BEIJING', 'BEIRUT', 'BERLIN', 'BRUSSELS', 'CAIRO', 'CAPE TOWN', 'COPENHAGEN',
  'DJIBOUTI', 'DUBLIN', 'FRANKFURT', 'GENEVA', 'GIBRALTAR', 'GUATEMALA CITY', 'HAVANA', 'HELSINKI', 'HONG KONG',
  'ISLAMABAD', 'ISTANBUL', 'JERUSALEM', 'JOHANNESBURG', 'KABUL', 'KUWAIT CITY', 'LISBON', 'LONDON', 'LUXEMBOURG', 'MACAU',
  'MADRID', 'MEXICO CITY', 'MILAN', 'MONACO', 'MONTREAL', 'MOSCOW', 'MUNICH', 'NEW DELHI', 'NICOSIA', 'OSLO', 'OTTAWA',
  'PANAMA CITY', 'PARIS', 'PRAGUE', 'QUEBEC CITY', 'RIO DE JANEIRO', 'ROME', 'SAN MARINO', 'SAO PAULO', 'SHANGHAI',
  'SINGAPORE', 'STOCKHOLM', 'SYDNEY', 'TOKYO', 'TORONTO', 'VATICAN CITY', 'VIENNA', 'ZURICH',
];
const STANDALONE = new Set([...DOMESTIC, ...INTERNATIONAL]);

/** True when AP writes this city alone in a dateline. */
export function isStandaloneCity(city: string): boolean {
  return STANDALONE.has(city.toUpperCase().replace(/\s+/g, ' ').replace(/^SAINT /, 'ST. '));
}
