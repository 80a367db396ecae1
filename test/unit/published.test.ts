import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isPublishedLine, parsePublishedLine, readStamp } from '../../server/src/analysis/article/published';
import { suggestStamp } from '../../server/src/analysis/article/stampRepair';

const whole = (s: string) => ({ start: 0, end: s.length });

describe('readStamp: stamps that read', () => {
  const cases: [string, string][] = [
    ['Mon, 12 Aug 2024 22:47:30 +0000', '2024-08-12T22:47:30Z'],
    ['12 Aug 2024 22:47:30 +0000', '2024-08-12T22:47:30Z'], // the weekday is optional
    ['Mon, 12 Aug 2024 22:47 +0000', '2024-08-12T22:47:00Z'], // so are the seconds
    ['Mon, 12 Aug 2024 18:47:30 -0400', '2024-08-12T22:47:30Z'],
    ['Tue, 13 Aug 2024 02:17:30 +0330', '2024-08-12T22:47:30Z'],
    ['Mon, 12 Aug 2024 18:47:30 EDT', '2024-08-12T22:47:30Z'],
    ['Mon, 12 Aug 2024 22:47:30 GMT', '2024-08-12T22:47:30Z'],
    ['Thu, 29 Feb 2024 00:00:00 +0000', '2024-02-29T00:00:00Z'],
  ];
  for (const [stamp, iso] of cases) {
    test(stamp, () => assert.deepEqual(readStamp(stamp), { iso, offsetMinutes: expectedOffset(stamp), weekday: weekdayOf(stamp) }));
  }
});

function expectedOffset(stamp: string): number {
  if (stamp.endsWith('EDT')) return -240;
  const m = /([+-])(\d\d)(\d\d)$/.exec(stamp);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!) : 0;
}

function weekdayOf(stamp: string): string | null {
  return /^[A-Z][a-z]{2},/.test(stamp) ? stamp.slice(0, 3) : null;
}

describe('readStamp: stamps that do not read say why', () => {
  const cases: [string, RegExp][] = [
    ['', /missing/],
    ['Mon 12 Aug 2024 22:47:30 +0000', /comma must follow the weekday/],
    ['Mon, 12 August 2024 22:47:30 +0000', /three letters/],
    ['2024-08-12T22:47:30Z', /ISO 8601/],
    ['Mon, 12 Aug 2024 22:47:30', /UTC offset is missing/],
    ['Mon, 12 Aug 99999 22:47:30 +0000', /four digits/],
    ['Mon, 31 Feb 2024 22:47:30 +0000', /not a real date/],
    ['Mon, 12 Aug 2024 25:47:30 +0000', /not a real date/],
    ['Mon, 12 Aug 2024 22:47:30 +2500', /not a time zone/],
    ['Mon, 12 Aug 2024 22:47:30 XYZ', /not a time zone/],
    ['Mun, 12 Aug 2024 22:47:30 +0000', /not a weekday/],
    ['Mon, 12 Agu 2024 22:47:30 +0000', /not a month/],
    ['yesterday', /expected "Mon, 12 Aug 2024 22:47:30 \+0000"/],
  ];
  for (const [stamp, why] of cases) {
    test(stamp || '(empty)', () => {
      const read = readStamp(stamp);
      assert.ok('problem' in read, `expected a problem for "${stamp}"`);
      assert.match(read.problem, why);
    });
  }
});

describe('isPublishedLine', () => {
  const yes = ['Published at Mon, 12 Aug 2024 22:47:30 +0000', '  published at 12 Aug 2024 22:47 +0000', 'Published at', 'Published at 2024-08-12'];
  const no = [
    'Published at the height of the war in 1944, the book sold a million copies.',
    'Published at noon',
    'The report was published at 9 a.m.',
    'Published at 12 Aug 2024 in the morning edition.',
  ];
  for (const line of yes) test(`takes "${line}"`, () => assert.equal(isPublishedLine(line, whole(line)), true));
  for (const line of no) test(`leaves "${line}"`, () => assert.equal(isPublishedLine(line, whole(line)), false));
});

describe('parsePublishedLine', () => {
  test('spans the line from "Published" to the end of the stamp, weekday located', () => {
    const line = '  Published at Mon, 12 Aug 2024 22:47:30 +0000  ';
    const p = parsePublishedLine(line, whole(line));
    assert.equal(p.text, line.trim());
    assert.equal(p.stamp.text, 'Mon, 12 Aug 2024 22:47:30 +0000');
    assert.equal(line.slice(p.weekdaySpan!.start, p.weekdaySpan!.end), 'Mon');
    assert.equal(p.problem, null);
  });
  test('an unreadable stamp keeps its span and has no date', () => {
    const line = 'Published at 12th of August';
    const p = parsePublishedLine(line, whole(line));
    assert.equal(p.iso, null);
    assert.equal(p.stamp.text, '12th of August');
    assert.ok(p.problem);
  });
});

describe('suggestStamp', () => {
  const cases: [string, string | null][] = [
    ['2024-08-12T22:47:30Z', 'Mon, 12 Aug 2024 22:47:30 +0000'],
    ['2024-08-12T18:47:30-04:00', 'Mon, 12 Aug 2024 18:47:30 -0400'],
    ['Monday, 12 August 2024 22:47:30 +0000', 'Mon, 12 Aug 2024 22:47:30 +0000'],
    ['Mon 12 Aug 2024 22:47:30 +0000', 'Mon, 12 Aug 2024 22:47:30 +0000'],
    ['Mon, 12 Aug 2024 22:47:30', null], // no offset: any zone would be a guess
    ['2024-08-12T22:47:30', null],
    ['Mon, 31 Feb 2024 22:47:30 +0000', null],
  ];
  for (const [stamp, expected] of cases) test(stamp, () => assert.equal(suggestStamp(stamp), expected));
});
