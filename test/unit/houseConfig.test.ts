import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, cleanCopy, mergeOptions, parseHouseConfig } from '../../server/src/analysis';

describe('.copydesk.json', () => {
  test('reads every setting', () => {
    const { options, problems } = parseHouseConfig(JSON.stringify({
      houseStyle: 'reuters',
      timeZone: 'Europe/London',
      datelineRequired: true,
      agency: 'Reuters',
      rules: { 'style/a-an': 'off', 'attribution/loaded-verb': 'warning' },
      names: [{ name: 'Terrence Okafor', type: 'person', role: 'State Rep.', aliases: ['Terry Okafor'] }],
    }));
    assert.deepEqual(problems, []);
    assert.deepEqual(options, {
      houseStyle: 'reuters',
      timeZone: 'Europe/London',
      datelineRequired: true,
      agency: 'Reuters',
      rules: { 'style/a-an': 'off', 'attribution/loaded-verb': 'warning' },
      names: [{ name: 'Terrence Okafor', type: 'person', role: 'State Rep.', aliases: ['Terry Okafor'] }],
    });
  });
  const problems: [string, string, RegExp][] = [
    ['broken JSON', '{ "houseStyle": "ap", }}', /not valid JSON/],
    ['not an object', '[1, 2]', /one JSON object/],
    ['an unknown stylebook', '{ "houseStyle": "chicago" }', /"houseStyle" must be "ap" or "reuters"/],
    ['an unknown time zone', '{ "timeZone": "Mars/Olympus" }', /IANA time zone/],
    ['an unknown rule', '{ "rules": { "style/nope": "off" } }', /"style\/nope" is not a Copydesk rule/],
    ['a bad severity', '{ "rules": { "style/a-an": "loud" } }', /must be error, warning, information, hint or off/],
    ['an unknown setting', '{ "colour": "blue" }', /unknown setting "colour"/],
    ['a name without a name', '{ "names": [{ "role": "mayor" }] }', /needs a "name"/],
  ];
  for (const [name, text, message] of problems) {
    test(`reports ${name} with where it is`, () => {
      const result = parseHouseConfig(text);
      assert.equal(result.problems.length, 1);
      assert.match(result.problems[0]!.message, message);
      assert.ok(result.problems[0]!.offset >= 0 && result.problems[0]!.offset <= text.length);
    });
  }
  test('comments and trailing commas are tolerated', () => {
    assert.deepEqual(parseHouseConfig('{\n  // our style\n  "houseStyle": "ap",\n}').problems, []);
  });
  test('a wrong field is left out; the others still apply', () => {
    assert.deepEqual(parseHouseConfig('{ "houseStyle": "chicago", "datelineRequired": true }').options, { datelineRequired: true });
  });
});

describe('precedence: defaults < editor settings < outer .copydesk.json < nearer .copydesk.json', () => {
  test('later layers win field by field; rules merge rule by rule; names add up', () => {
    const settings = { houseStyle: 'ap' as const, rules: { 'style/a-an': 'off' as const, 'style/percent': 'warning' as const } };
    const outer = { houseStyle: 'reuters' as const, rules: { 'style/percent': 'error' as const }, names: [{ name: 'A B', type: 'person' as const }] };
    const inner = { rules: { 'style/percent': 'off' as const }, names: [{ name: 'C D', type: 'person' as const }] };
    assert.deepEqual(mergeOptions(settings, outer, inner), {
      houseStyle: 'reuters',
      rules: { 'style/a-an': 'off', 'style/percent': 'off' },
      names: [{ name: 'A B', type: 'person' }, { name: 'C D', type: 'person' }],
    });
  });
});

describe('the names file', () => {
  const names = [{ name: 'Terrence Okafor', type: 'person' as const, role: 'State Rep.' }];
  test('gives a person known only by surname the accepted full name and role', () => {
    const a = analyze('Headline\nOkafor said the bill would pass.', { names });
    const e = a.clusters.find((x) => x.type === 'person')!;
    assert.equal(e.name, 'Terrence Okafor');
    assert.equal(e.role, 'State Rep.');
  });
  test('a spelling one letter off the names file is a variant, and the file’s spelling is the fix', () => {
    const a = analyze('Headline\nState Rep. Terrence Okafur said the bill would pass.', { names });
    const f = a.findings.find((x) => x.rule === 'entity/name-variant');
    assert.ok(f, JSON.stringify(a.findings.map((x) => x.rule)));
    assert.match(f.message, /names file spells it “Okafor”/);
    assert.equal(f.fixes[0]!.edits[0]!.newText, 'Okafor');
  });
  test('the accepted spelling itself is never flagged', () => {
    const a = analyze('Headline\nState Rep. Terrence Okafor said the bill would pass. Okafor left.', { names });
    assert.deepEqual(a.findings.filter((x) => x.rule === 'entity/name-variant'), []);
  });
});

describe('clean copy', () => {
  test('removes notes, the lines that held only notes, and doubled spaces where notes were', () => {
    const text = 'Headline\n<!-- TK: check -->\nFirst para <!-- note --> goes on.\n<!-- multi\nline -->\nSecond para.\r\nThird <!--x-->.';
    assert.equal(cleanCopy(text), 'Headline\nFirst para goes on.\nSecond para.\r\nThird.');
  });
  test('one story of several', () => {
    const text = 'One\nCopy one.\nPublished at Mon, 12 Aug 2024 12:00:00 +0000\nTwo\nCopy <!-- x --> two.\n';
    assert.equal(cleanCopy(text, 1), 'Two\nCopy two.');
  });
  test('text without notes is unchanged', () => {
    const text = 'Headline\r\nCopy.\r\n';
    assert.equal(cleanCopy(text), text);
  });
});
