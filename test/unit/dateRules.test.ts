import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, fixAll, type AnalysisOptions } from '../../server/src/analysis';
import { applyFixes } from './applyFixes';

const PUBLISHED = 'Published at Mon, 12 Aug 2024 22:47:30 +0000';

function findings(body: string, rule: string, options: AnalysisOptions = {}, dateline = 'WASHINGTON (AP) — ') {
  const text = `Headline for the story\n${dateline}${body}\n${PUBLISHED}`;
  return { text, found: analyze(text, options).findings.filter((f) => f.rule === rule) };
}

/** The story text after the first finding's first fix. */
function fixed(body: string, rule: string, options: AnalysisOptions = {}, dateline?: string): string {
  const { text, found } = findings(body, rule, options, dateline);
  assert.ok(found[0], `no ${rule} finding`);
  return applyFixes(text, found[0].fixes[0]!).split('\n')[1]!;
}

describe('dateline rules', () => {
  const cases: [string, string, string, AnalysisOptions?][] = [
    ['dateline/city-caps', 'Portland, Maine (AP) — ', 'PORTLAND, Maine (AP) — '],
    ['dateline/state-style', 'RALEIGH, NC (AP) — ', 'RALEIGH, N.C. (AP) — '],
    ['dateline/state-style', 'PORTLAND, ME (AP) — ', 'PORTLAND, Maine (AP) — '],
    ['dateline/state-style', 'RALEIGH, North Carolina (AP) — ', 'RALEIGH, N.C. (AP) — '],
    ['dateline/state-style', 'RALEIGH, N.C. (Reuters) - ', 'RALEIGH, North Carolina (Reuters) - ', { houseStyle: 'reuters' }],
    ['dateline/standalone-city', 'CHICAGO, Ill. (AP) — ', 'CHICAGO (AP) — '],
    ['dateline/dash', 'WASHINGTON (AP)—', 'WASHINGTON (AP) — '],
    ['dateline/dash', 'WASHINGTON (AP) - ', 'WASHINGTON (AP) — '],
    ['dateline/dash', 'PARIS (Reuters) — ', 'PARIS (Reuters) - ', { houseStyle: 'reuters' }],
    ['dateline/agency-name', 'WASHINGTON (Ap) — ', 'WASHINGTON (AP) — ', { agency: 'AP' }],
  ];
  for (const [rule, dateline, expected, options] of cases) {
    test(`${rule}: ${dateline.trim()}`, () => assert.ok(fixed('Officials said so.', rule, options, dateline).startsWith(expected)));
  }
  const clean: [string, AnalysisOptions][] = [
    ['BUTLER, Pa. (AP) — ', {}],
    ['CHICAGO (AP) — ', {}],
    ['WASHINGTON, Pa. (AP) — ', {}],
    ['PORTLAND, Maine (AP) — ', {}],
    ['GWADAR, Pakistan (Reuters) - ', { houseStyle: 'reuters' }],
    ['WASHINGTON — ', {}],
    ['WASHINGTON (Ap) — ', {}],
    ['PARIS (Reuters) — ', { agency: 'AP' }],
  ];
  for (const [dateline, options] of clean) {
    test(`not flagged: ${dateline.trim()}`, () => {
      const text = `Headline\n${dateline}Officials said so.\n${PUBLISHED}`;
      assert.deepEqual(analyze(text, options).findings.filter((f) => f.rule.startsWith('dateline/')).map((f) => f.message), []);
    });
  }
  const neverAbbreviated: [string, string, string][] = [
    ['JUNEAU', 'AK', 'Alaska'], ['HILO', 'HI', 'Hawaii'], ['BOISE', 'ID', 'Idaho'], ['AMES', 'IA', 'Iowa'],
    ['BANGOR', 'ME', 'Maine'], ['TOLEDO', 'OH', 'Ohio'], ['WACO', 'TX', 'Texas'], ['PROVO', 'UT', 'Utah'],
  ];
  for (const [city, code, state] of neverAbbreviated) {
    test(`dateline/state-style: ${state} is never abbreviated`, () => {
      assert.ok(fixed('Officials said so.', 'dateline/state-style', {}, `${city}, ${code} (AP) — `).startsWith(`${city}, ${state} (AP) — `));
      const text = `Headline\n${city}, ${state} (AP) — Officials said so.\n${PUBLISHED}`;
      assert.deepEqual(analyze(text).findings.filter((f) => f.rule.startsWith('dateline/')), []);
    });
  }
  test('dateline/dash keeps an editor note after the dash', () => {
    const text = 'Council passes budget\nWASHINGTON (AP) — <!-- check this -->';
    assert.deepEqual(analyze(text).findings.filter((f) => f.rule === 'dateline/dash'), []);
    const squeezed = 'Council passes budget\nWASHINGTON (AP)—<!-- check this -->';
    const [f] = analyze(squeezed).findings.filter((x) => x.rule === 'dateline/dash');
    assert.equal(applyFixes(squeezed, f!.fixes[0]!), 'Council passes budget\nWASHINGTON (AP) —<!-- check this -->');
  });
  test('dateline/required only when the setting asks', () => {
    const text = 'Headline\nOfficials said so.';
    assert.deepEqual(analyze(text).findings.filter((f) => f.rule === 'dateline/required'), []);
    assert.equal(analyze(text, { datelineRequired: true }).findings.filter((f) => f.rule === 'dateline/required').length, 1);
  });
});

describe('date rules', () => {
  test('date/published-weekday: error with a safe fix', () => {
    const text = 'Headline\nCopy.\nPublished at Tue, 19 Aug 2024 14:05:00 +0000';
    const [f, ...rest] = analyze(text).findings.filter((x) => x.rule === 'date/published-weekday');
    assert.deepEqual(rest, []);
    assert.equal(f!.severity, 'error');
    assert.match(f!.message, /19 Aug 2024 was a Monday/);
    assert.equal(applyFixes(text, f!.fixes[0]!), 'Headline\nCopy.\nPublished at Mon, 19 Aug 2024 14:05:00 +0000');
    assert.equal(f!.fixes[0]!.safe, true);
  });
  test('date/published-weekday reads the weekday in the stamp’s own offset', () => {
    const text = 'Headline\nCopy.\nPublished at Tue, 13 Aug 2024 01:00:00 +0300'; // Monday 22:00 UTC, Tuesday in +0300
    assert.deepEqual(analyze(text).findings.filter((x) => x.rule === 'date/published-weekday'), []);
  });
  test('date/weekday-mismatch', () => {
    const { found } = findings('The vote is set for Monday, Aug. 13, 2024, officials said.', 'date/weekday-mismatch');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^Aug\. 13, 2024 was a Tuesday, not a Monday\.$/);
    assert.equal(found[0]!.fixes[0]!.safe, false, 'which of the two is wrong is the writer’s call');
    assert.ok(fixed('The vote is set for Monday, Aug. 13, 2024, officials said.', 'date/weekday-mismatch').includes('Tuesday, Aug. 13, 2024'));
    const reuters = findings('The vote is set for Monday, Aug 13, 2024, officials said.', 'date/weekday-mismatch', { houseStyle: 'reuters' }).found;
    assert.match(reuters[0]!.message, /^Aug 13, 2024 was a Tuesday/);
  });
  test('a story dated later than the file’s other stories is not an error', () => {
    const text = `Headline one\nCopy, officials said.\n${PUBLISHED}\n\nHeadline two\nCopy, officials said.\nPublished at Fri, 12 Sep 2025 10:00:00 +0000`;
    assert.deepEqual(analyze(text).findings.filter((f) => f.severity === 'error'), []);
  });
  const fixes: [string, string, string, AnalysisOptions?][] = [
    ['date/month-style', 'The vote is on August 20, officials said.', 'The vote is on Aug. 20'],
    ['date/month-style', 'The vote is on Sep. 20, officials said.', 'The vote is on Sept. 20'],
    ['date/month-style', 'The vote is on Mar. 20, officials said.', 'The vote is on March 20'],
    ['date/month-style', 'The vote was in Aug. 2023, officials said.', 'The vote was in August 2023'],
    ['date/month-style', 'The vote is on Nov. 5th, officials said.', 'The vote is on Nov. 5,'],
    ['date/month-style', 'The vote is on Aug. 20, officials said.', 'The vote is on Aug 20', { houseStyle: 'reuters' }],
    ['date/weekday-abbreviation', 'The vote is Thurs. at noon, officials said.', 'The vote is Thursday at noon'],
    ['date/time-style', 'The vote is at 9:00 a.m., officials said.', 'The vote is at 9 a.m.,'],
    ['date/time-style', 'The vote is at 9 AM, officials said.', 'The vote is at 9 a.m.,'],
    ['date/time-style', 'The vote is at 12 p.m., officials said.', 'The vote is at noon,'],
  ];
  for (const [rule, body, expected, options] of fixes) test(`${rule}: ${body}`, () => assert.ok(fixed(body, rule, options).includes(expected), fixed(body, rule, options)));

  test('date/relative-weekday suggests the weekday within a week of publication', () => {
    assert.ok(fixed('The vote was last Tuesday, officials said.', 'date/relative-weekday').includes('The vote was Tuesday'));
  });

  test('date/month-style: an abbreviated month alone is spelled out, the sentence’s period kept', () => {
    assert.ok(fixed('The vote was in Aug., officials said.', 'date/month-style').includes('The vote was in August, officials'));
    assert.ok(fixed('Prices have been frozen since Sept. The council meets soon, officials said.', 'date/month-style').includes('since September. The council'));
    assert.ok(fixed('Officials said prices have been frozen since Dec.', 'date/month-style').endsWith('since December.'));
  });
  test('date/relative-weekday: next Tuesday', () => {
    const { found } = findings('The vote is next Tuesday, officials said.', 'date/relative-weekday');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /from the publication date it is Tuesday, Aug\. 13\.$/); // published Monday, Aug. 12
  });

  const clean: [string, string][] = [
    ['date/month-style', 'The vote is on Aug. 20 and in March, officials said.'],
    ['date/month-style', 'The vote was in August 2023 and on Sept. 5, 2024, officials said.'],
    ['date/month-style', 'They may march in May, officials said.'],
    ['date/month-style', '“We vote on August 20,” the mayor said.'],
    ['date/time-style', 'The vote is at 9 a.m. and at 6:30 p.m., officials said.'],
    ['date/weekday-mismatch', 'The vote was Monday, Aug. 12, 2024, officials said.'],
    ['date/weekday-abbreviation', 'Dr. Sun spoke on Monday, officials said.'],
  ];
  for (const [rule, body] of clean) test(`not flagged: ${rule}: ${body}`, () => assert.deepEqual(findings(body, rule).found, []));
});

describe('style rules', () => {
  const fixes: [string, string, string][] = [
    ['style/percent', 'Prices rose 30 percent, officials said.', 'Prices rose 30%'],
    ['style/percent', 'Prices rose .6%, officials said.', 'Prices rose 0.6%'],
    ['style/figure-start', '12 people were hurt, officials said.', 'Twelve people were hurt'],
    ['style/decade', 'Prices last rose in the 1990\'s, officials said.', 'in the 1990s'],
    ['style/ordinal', 'It was the 3rd vote this year, officials said.', 'the third vote'],
    ['style/web-terms', 'Send an e-mail to the office, officials said.', 'Send an email'],
    ['style/web-terms', 'Check the Web site, officials said.', 'Check the website'],
    ['style/doubled-word', 'The the vote failed, officials said.', 'The vote failed'],
    ['style/a-an', 'It was an conversation about an hour, officials said.', 'It was a conversation'],
    ['style/a-an', 'He met a FBI agent, officials said.', 'He met an FBI agent'],
    ['style/a-an', 'It took a hour, officials said.', 'It took an hour'],
  ];
  for (const [rule, body, expected] of fixes) test(`${rule}: ${body}`, () => assert.ok(fixed(body, rule, {}, '').includes(expected), fixed(body, rule, {}, '')));

  const clean: [string, string][] = [
    ['style/a-an', 'He met an FBI agent, a U.S. official and an 8-year-old at a university, officials said.'],
    ['style/a-an', 'It was a one-time deal and a European plan, an honest effort, officials said.'],
    ['style/ordinal', 'The 9th Circuit ruled on 5th Avenue, officials said.'],
    ['style/figure-start', '2020 was a hard year, officials said.'],
    ['style/doubled-word', 'What he had had was gone, officials said in Walla Walla.'],
    ['style/doubled-word', 'The crowd chanted yes yes yes, officials said.'],
    ['style/doubled-word', 'Bang bang bang went the drums, officials said.'],
    ['style/percent', '“Prices rose 30 percent,” the mayor said.'],
  ];
  for (const [rule, body] of clean) test(`not flagged: ${rule}: ${body}`, () => assert.deepEqual(findings(body, rule, {}, '').found, []));
});

describe('fix all', () => {
  const messy = [
    'Senate panel advances bill',
    'Raleigh, NC (AP)—The vote is at 9:00 a.m. on Thurs., and prices rose 30 percent since August 1st, officials said.',
    'It was an big day, officials said.',
    'Published at Tue, 12 Aug 2024 22:47:30 +0000',
  ].join('\n');

  test('applies every safe fix, repeating until none is left', () => {
    const { text, applied } = fixAll(messy);
    assert.equal(
      text,
      [
        'Senate panel advances bill',
        'RALEIGH, N.C. (AP) — The vote is at 9 a.m. on Thursday, and prices rose 30% since Aug. 1, officials said.',
        'It was a big day, officials said.',
        'Published at Mon, 12 Aug 2024 22:47:30 +0000',
      ].join('\n'),
    );
    assert.ok(applied >= 8);
  });

  test('applying it twice changes nothing the second time', () => {
    const once = fixAll(messy).text;
    const twice = fixAll(once);
    assert.equal(twice.text, once);
    assert.equal(twice.applied, 0);
  });

  test('never applies placeholders or judgement calls', () => {
    const text = 'Headline\n“We will rebuild the bridge by spring.”\nHome sales fell 30% last year.';
    assert.equal(fixAll(text).text, text);
  });

  test('can be limited to one story', () => {
    const two = `Story one\nPrices rose 30 percent.\n${PUBLISHED}\nStory two\nPrices rose 40 percent.\n${PUBLISHED}`;
    const { text } = fixAll(two, {}, 1);
    assert.ok(text.includes('Prices rose 30 percent.') && text.includes('Prices rose 40%.'));
  });
});
