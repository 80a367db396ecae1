import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalysisOptions } from '../../server/src/analysis';
import { oneEditApart } from '../../server/src/analysis/entities/spelling';
import { applyFixes } from './applyFixes';

function findings(body: string, rule: string, options: AnalysisOptions = {}) {
  const text = `Headline for the story\n${body}`;
  return { text, found: analyze(text, options).findings.filter((f) => f.rule === rule) };
}

describe('entity/name-variant', () => {
  const rule = 'entity/name-variant';
  test('a surname one letter off, with the majority spelling as the fix', () => {
    const { text, found } = findings('State Rep. Terrence Okafor spoke first. Okafor said the plan was sound. Okafur said he expected support.', rule);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0]!.start, found[0]!.end), 'Okafur');
    assert.equal(found[0]!.fixes[0]!.safe, false);
    assert.match(applyFixes(text, found[0]!.fixes[0]!), /Okafor said he expected support/);
  });
  test('a misspelled surname with nothing else that marks it as a name', () => {
    const { text, found } = findings('State Rep. Terrence Okafor spoke first. Okafor left early. Later Okafur returned to the floor.', rule);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Okafur']);
  });
  test('the same name with and without a hyphen', () => {
    const { text, found } = findings('Leader Kim Jae-sung arrived on Monday. Kim Jae-sung met officials. Kim Jae Sung then left.', rule);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['Kim Jae Sung']);
    assert.match(found[0]!.message, /“Kim Jae-sung” 2 times/);
  });
  test('a surname written two ways on its own, neither of them the full name', () => {
    const { text, found } = findings('Coach Ray Sampson spoke first. Sampson left early. Sampson returned later. Then SAMPSON said the team had won.', rule);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['SAMPSON']);
    assert.match(found[0]!.message, /“Sampson” 2 times/);
  });
  test('a person written many ways: every form but the one used most', () => {
    const forms = ['Jean-Luc Picard', 'Jean Luc Picard', 'Jean-luc Picard', 'Jean Luc  Picard', 'Jean–Luc Picard', 'Jean‐Luc Picard', 'Jean Luc-Picard', 'Jean-Luc-Picard', 'Jean-Luc Picard', 'Jean-Luc Picard'];
    const body = `${forms.map((f, i) => `Captain ${f} spoke on day ${i + 1}.`).join(' ')} Picard left. PICARD returned.`;
    const { text, found } = findings(body, rule);
    const picard = analyze(text).clusters.find((e) => e.name === 'Jean-Luc Picard')!;
    assert.ok(picard.aliases.length + 1 > 8, `more forms than are compared pair by pair: ${JSON.stringify(picard.aliases)}`);
    const flagged = found.map((f) => text.slice(f.start, f.end));
    for (const form of ['Jean Luc Picard', 'Jean-luc Picard', 'Jean Luc  Picard', 'Jean Luc-Picard', 'Jean-Luc-Picard', 'PICARD']) assert.ok(flagged.includes(form), `${form} is flagged: ${JSON.stringify(flagged)}`);
    assert.ok(!flagged.includes('Jean-Luc Picard') && !flagged.includes('Picard'), 'the forms used most are not');
  });
  const clean: [string, string][] = [
    ['two different people with one surname', 'Mara Quill and Tobias Quill ran the farm. Quill said he was tired.'],
    ['similar surnames of two people named in full', 'Ana Hussain met Omar Hussein on Monday. Hussain said they agreed.'],
    ['short surnames one letter apart', 'Governor Jon Lee met Mayor Dana Lea. Lee spoke first.'],
    ['one spelling throughout', 'Mayor Dana Ruskin spoke. Ruskin left. Ruskin returned.'],
    ['a possessive is the same spelling', 'Mayor Dana Ruskin spoke. Ruskin’s aides left.'],
    ['the family in the plural', 'Mayor Dana Ruskin spoke. The Ruskins have lived in Salem since 1990.'],
    ['an ordinary word one letter off a name', 'Jane Powell spoke. Powers of the council were limited, Powell said.'],
  ];
  for (const [name, body] of clean) test(`not flagged: ${name}`, () => assert.deepEqual(findings(body, rule).found, []));
});

describe('entity/first-reference', () => {
  const rule = 'entity/first-reference';
  test('a bare surname before the full name', () => {
    const { text, found } = findings('Ruskin said the budget was balanced. Mayor Dana Ruskin later signed it.', rule);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0]!.start, found[0]!.end), 'Ruskin');
    assert.match(applyFixes(text, found[0]!.fixes[0]!), /\nDana Ruskin said the budget/);
  });
  const clean: [string, string, string?][] = [
    ['the full name first', 'Mayor Dana Ruskin signed the budget. Ruskin said it was balanced.'],
    ['a surname in the headline before the full name in the body', 'Mayor Dana Ruskin signed the budget.', 'Ruskin signs budget'],
    ['a person only ever named by surname', 'Ruskin said the budget was balanced. Ruskin left.'],
    ['the full name in the headline only, the surname in the body', 'Ruskin said the budget was balanced. Ruskin left.', 'Mayor Dana Ruskin signs budget'],
  ];
  for (const [name, body, headline] of clean) {
    test(`not flagged: ${name}`, () => {
      const text = `${headline ?? 'Headline for the story'}\n${body}`;
      assert.deepEqual(analyze(text).findings.filter((f) => f.rule === rule), []);
    });
  }
});

describe('entity/title-style', () => {
  const rule = 'entity/title-style';
  const fixes: [string, string, string][] = [
    ['Senator before a full name', 'The bill came from Senator Maria Lopez on Monday.', 'Sen. Maria Lopez'],
    ['Governor before a full name', 'The bill was signed by Governor Andrea Whitcombe on Monday.', 'Gov. Andrea Whitcombe'],
    ['Lieutenant Governor', 'It was Lieutenant Governor Andrea Whitcombe who spoke.', 'Lt. Gov. Andrea Whitcombe'],
    ['Reverend', 'Mourners heard Reverend Thomas Hale speak.', 'the Rev. Thomas Hale'],
    ['President is never abbreviated', 'The order came from Pres. Dana Ruskin on Monday.', 'President Dana Ruskin'],
  ];
  for (const [name, body, expected] of fixes) {
    test(name, () => {
      const { text, found } = findings(body, rule);
      assert.equal(found.length, 1, `findings: ${JSON.stringify(found)}`);
      assert.equal(found[0]!.fixes[0]!.safe, true);
      assert.ok(applyFixes(text, found[0]!.fixes[0]!).includes(expected));
    });
  }
  const clean: [string, string][] = [
    ['AP forms already', 'Sen. Maria Lopez and Gov. Andrea Whitcombe met the Rev. Thomas Hale.'],
    ['a lowercase title after the name', 'Maria Lopez, the senator, spoke.'],
    ['a title before a surname alone', 'Senator Lopez spoke on Monday.'],
    ['President spelled out', 'President Dana Ruskin spoke.'],
    ['General as part of a company name', 'General Motors said sales rose.'],
  ];
  for (const [name, body] of clean) test(`not flagged: ${name}`, () => assert.deepEqual(findings(body, rule).found, []));

  test('Reuters house style spells titles out', () => {
    assert.deepEqual(findings('The bill came from Senator Maria Lopez on Monday.', rule, { houseStyle: 'reuters' }).found, []);
  });
});

describe('oneEditApart', () => {
  const cases: [string, string, boolean][] = [
    ['okafor', 'okafur', true],
    ['okafor', 'okafor', false],
    ['hussain', 'husain', true],
    ['martinez', 'matrinez', true],
    ['lee', 'lea', false], // too short to call
    ['okafor', 'okafurr', false],
  ];
  for (const [a, b, expected] of cases) test(`${a} / ${b}`, () => assert.equal(oneEditApart(a, b), expected));
});
