import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { findDateExpressions } from '../../server/src/analysis/dates/expressions';
import { resolveDate } from '../../server/src/analysis/dates/resolve';

/** Publication: Monday, Aug. 12, 2024, 6:47 p.m. in New York. */
const PUBLISHED = DateTime.fromISO('2024-08-12T22:47:30Z').setZone('America/New_York');

function resolve(sentence: string): string[] {
  return findDateExpressions(sentence).map((e) => {
    const r = resolveDate(e, PUBLISHED, sentence);
    return `${e.text} → ${r ? r.date.toISODate() : 'null'}${r?.until ? `..${r.until.toISODate()}` : ''}`;
  });
}

describe('date expressions resolved against the publication date', () => {
  const cases: [string, string[]][] = [
    ['On Friday, the commander spoke.', ['Friday → 2024-08-09']],
    ['The council will meet on Friday.', ['Friday → 2024-08-16']],
    ['He spoke on Monday.', ['Monday → 2024-08-12']],
    ['The attack was on July 13.', ['July 13 → 2024-07-13']],
    ['The election is Nov. 5.', ['Nov. 5 → 2024-11-05']],
    ['It was Monday, Aug. 13, 2024.', ['Monday, Aug. 13, 2024 → 2024-08-13']],
    ['Sales fell last month.', ['last month → 2024-07-01..2024-07-31']],
    ['The trial opens next week.', ['next week → 2024-08-19..2024-08-25']],
    ['He left yesterday.', ['yesterday → 2024-08-11']],
    ['It happened last Tuesday.', ['last Tuesday → 2024-08-06']],
    ['It happened in May 2023.', ['May 2023 → 2023-05-01..2023-05-31']],
    ['They may meet soon.', []],
    ['The March for Science drew crowds.', []],
  ];
  for (const [sentence, expected] of cases) test(sentence, () => assert.deepEqual(resolve(sentence), expected));

  test('the newsroom zone decides the day: 02:30 UTC Tuesday is Monday evening in New York', () => {
    const published = DateTime.fromISO('2024-08-13T02:30:00Z').setZone('America/New_York');
    const [e] = findDateExpressions('The vote was today.');
    assert.equal(resolveDate(e!, published, 'The vote was today.')!.date.toISODate(), '2024-08-12');
  });

  /** The day a sentence's one expression resolves to, and how many days that is from publication. */
  function dayAndDistance(sentence: string, publishedIso: string): [string, number] {
    const published = DateTime.fromISO(publishedIso).setZone('America/New_York');
    const [e] = findDateExpressions(sentence);
    const r = resolveDate(e!, published, sentence)!;
    return [r.date.toISODate()!, r.daysFromPublication];
  }

  test('days from publication count calendar days, over a leap day, a new year and a clock change', () => {
    assert.deepEqual(dayAndDistance('He left yesterday.', '2024-03-01T15:00:00Z'), ['2024-02-29', -1]);
    assert.deepEqual(dayAndDistance('The vote was Tuesday.', '2024-03-01T15:00:00Z'), ['2024-02-27', -3]);
    // New York's clocks went forward on March 10, 2024: still two whole days back.
    assert.deepEqual(dayAndDistance('It happened on Saturday.', '2024-03-11T15:00:00Z'), ['2024-03-09', -2]);
    assert.deepEqual(dayAndDistance('The council will meet on Friday.', '2024-12-30T15:00:00Z'), ['2025-01-03', 4]);
  });

  test('a month and day without a year is the one nearest publication, across the new year', () => {
    assert.deepEqual(dayAndDistance('The fire started Dec. 30.', '2025-01-02T15:00:00Z'), ['2024-12-30', -3]);
    assert.deepEqual(dayAndDistance('The trial opens Jan. 3.', '2024-12-30T15:00:00Z'), ['2025-01-03', 4]);
    assert.deepEqual(dayAndDistance('The vote is July 1.', '2024-01-02T15:00:00Z'), ['2024-07-01', 181]);
    assert.deepEqual(dayAndDistance('The vote was July 1.', '2024-12-30T15:00:00Z'), ['2024-07-01', -182]);
  });
});
