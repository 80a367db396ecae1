import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline } from '../../server/src/analysis/article/dateline';

function read(paragraph: string) {
  return findDateline(paragraph, { start: 0, end: paragraph.length });
}

describe('findDateline: datelines', () => {
  const cases: [string, string, string, string | null, string | null, string | null][] = [
    // paragraph, dateline text, city, region, agency, date
    ['WASHINGTON (AP) — The United States said', 'WASHINGTON (AP) —', 'WASHINGTON', null, 'AP', null],
    ['BUTLER, Pa. (AP) — Trump returned', 'BUTLER, Pa. (AP) —', 'BUTLER', 'Pa.', 'AP', null],
    ['GWADAR, Pakistan (Reuters) - Gunmen attacked', 'GWADAR, Pakistan (Reuters) -', 'GWADAR', 'Pakistan', 'Reuters', null],
    ['LOS ANGELES, Oct 13 (Reuters) - Shares rose', 'LOS ANGELES, Oct 13 (Reuters) -', 'LOS ANGELES', null, 'Reuters', 'Oct 13'],
    ['SALVADOR, Feb 26 - Showers continued', 'SALVADOR, Feb 26 -', 'SALVADOR', null, null, 'Feb 26'],
    ['PORTLAND, Ore., Feb 26 - Output rose', 'PORTLAND, Ore., Feb 26 -', 'PORTLAND', 'Ore.', null, 'Feb 26'],
    ['RICHMOND, Va. Feb 26 - Sales fell', 'RICHMOND, Va. Feb 26 -', 'RICHMOND', 'Va.', null, 'Feb 26'],
    ['MONTREAL, Feb 26- Prices rose', 'MONTREAL, Feb 26-', 'MONTREAL', null, null, 'Feb 26'],
    ['NEW YORK, March 2 - Stocks fell', 'NEW YORK, March 2 -', 'NEW YORK', null, null, 'March 2'],
    ['AMSTERDAM, 2 March - Shares rose', 'AMSTERDAM, 2 March -', 'AMSTERDAM', null, null, '2 March'],
    ['Toronto, Feb 26 - The bank said', 'Toronto, Feb 26 -', 'Toronto', null, null, 'Feb 26'],
    ['WILKES-BARRE, Pa. (AP) — A fire', 'WILKES-BARRE, Pa. (AP) —', 'WILKES-BARRE', 'Pa.', 'AP', null],
    ['WASHINGTON — Staff copy has no agency.', 'WASHINGTON —', 'WASHINGTON', null, null, null],
    ['Portland, ME (AP) — A lobster boat', 'Portland, ME (AP) —', 'Portland', 'ME', 'AP', null],
    ['Portland, Maine — A lobster boat', 'Portland, Maine —', 'Portland', 'Maine', null, null],
    ['WASHINGTON (AP)—The Senate voted', 'WASHINGTON (AP)—', 'WASHINGTON', null, 'AP', null],
    ['ST. LOUIS (AP) – Flooding closed', 'ST. LOUIS (AP) –', 'ST. LOUIS', null, 'AP', null],
  ];
  for (const [paragraph, text, city, region, agency, date] of cases) {
    test(text, () => {
      const d = read(paragraph);
      assert.ok(d, `no dateline found in "${paragraph}"`);
      const place = region ? `${city}, ${region}` : city;
      assert.deepEqual({ text: d.text, city: d.city, place: d.place, region: d.region, agency: d.agency, date: d.date }, { text, city, place, region, agency, date });
      assert.equal(paragraph.slice(d.citySpan.start, d.citySpan.end), city);
      assert.equal(paragraph.slice(d.placeSpan.start, d.placeSpan.end), place);
      assert.equal(paragraph.slice(d.dashSpan.start, d.dashSpan.end), d.dash);
      if (agency) assert.equal(paragraph.slice(d.agencySpan!.start, d.agencySpan!.end), agency);
      if (region) assert.equal(paragraph.slice(d.regionSpan!.start, d.regionSpan!.end), region);
    });
  }
});

describe('findDateline: not datelines', () => {
  const cases = [
    'Trump - who spoke for two hours - said little.',
    'Musk, who has endorsed Trump, began the event at 8:42 p.m. ET.',
    'Smith, Jones - the two candidates - met on Monday.',
    'The United States has prepared for what could be significant attacks — officials said.',
    '“WASHINGTON — is not a place,” she said.',
    'In 2020 - a year of lockdowns - sales fell.',
    'I - for one - disagree.',
    'A very long opening clause that goes on well past any dateline length before a dash appears here — and more.',
    'Anna Smith-Jones won the race.',
  ];
  for (const paragraph of cases) test(paragraph, () => assert.equal(read(paragraph), null));
});
