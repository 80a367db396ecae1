import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { applyFixes } from './applyFixes';

function findings(body: string, rule: string) {
  const text = `Headline for the story\n${body}`;
  return { text, found: analyze(text).findings.filter((f) => f.rule === rule) };
}

/** The text a snippet fix produces once the writer keeps the placeholder. */
function withPlaceholder(text: string, fix: Parameters<typeof applyFixes>[1]): string {
  return applyFixes(text, { ...fix, edits: fix.edits.map((e) => ({ ...e, newText: e.newText.replace(/\$\{1:([^}]*)\}/g, '$1') })) });
}

describe('attribution/unattributed-quote', () => {
  const rule = 'attribution/unattributed-quote';
  test('a quotation with no speaker, and the placeholder fix', () => {
    const { text, found } = findings('The council met late.\n“We will rebuild the bridge by spring.”\nThe vote was 5-2.', rule);
    assert.equal(found.length, 1);
    const [placeholder, sourced] = found[0]!.fixes;
    assert.equal(placeholder!.safe, false);
    assert.equal(placeholder!.snippet, true);
    assert.match(withPlaceholder(text, placeholder!), /“We will rebuild the bridge by spring,” \[SOURCE\] said\./);
    assert.equal(sourced!.safe, false);
    assert.match(applyFixes(text, sourced!), /<!-- copydesk-disable-next-line attribution\/unattributed-quote -- sourced elsewhere -->\n“We will/);
    assert.deepEqual(analyze(applyFixes(text, sourced!)).findings.filter((f) => f.rule === rule), [], 'the directive silences it');
  });
  const clean: [string, string][] = [
    ['a scare quote of a few words', 'The council called it a “fair deal” after the vote.'],
    ['a pasted post', 'Great start tonight <a href="https://t.co/x">pic.twitter.com/x</a>'],
    ['a quotation with its speaker', '“We will rebuild the bridge by spring,” Mayor Ana Ruiz said.'],
    ['a continued quotation', '“We will rebuild,” Ruiz said. “It will take until spring at the earliest.”'],
  ];
  for (const [name, body] of clean) test(`not flagged: ${name}`, () => assert.deepEqual(findings(body, rule).found, []));
});

describe('attribution/unsourced-claim', () => {
  const rule = 'attribution/unsourced-claim';
  const flagged: [string, string, RegExp][] = [
    ['a figure that moved', 'Home sales fell 30% last year.', /statistic without a source/],
    ['a superlative with a record', 'It was the deadliest storm in the state’s history.', /superlative without a source/],
    ['a cause', 'The rise was driven by higher fuel prices.', /causal claim without a source/],
    ['a forecast with a figure', 'Ridership will reach 2 million by 2030.', /forecast without a source/],
    ['a judgement stated as fact', 'The vote was a clear sign that the mayor had lost the council.', /judgement stated as fact/],
    ['a poll finding', 'Harper has erased Lane’s lead in opinion polls.', /poll or study finding without a source/],
    ['a figure beside a scare quote', 'Home sales fell 30% in a “grim” year.', /statistic without a source/],
  ];
  for (const [name, body, reason] of flagged) {
    test(name, () => {
      const { text, found } = findings(body, rule);
      assert.equal(found.length, 1);
      assert.match(found[0]!.message, reason);
      assert.equal(found[0]!.fixes[0]!.safe, false, 'placeholders are never safe');
      assert.match(withPlaceholder(text, found[0]!.fixes[0]!), /, according to \[SOURCE\]\.$/);
    });
  }
  test('a sentence with claims of two kinds names both reasons', () => {
    const { found } = findings('Home sales fell 30% and prices rose 12% in the deadliest year on record.', rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.message, 'Unsourced claim (statistic without a source; superlative without a source): who says so?');
  });
  test('the note that marks it sourced elsewhere takes the indent of its line', () => {
    const { text, found } = findings(' \tHome sales fell 30% last year.', rule);
    assert.equal(found.length, 1);
    const fixed = applyFixes(text, found[0]!.fixes[1]!);
    assert.match(fixed, /\n \t<!-- copydesk-disable-next-line attribution\/unsourced-claim -- sourced elsewhere -->\n \tHome sales/);
    assert.deepEqual(analyze(fixed).findings.filter((f) => f.rule === rule), [], 'the directive silences it');
  });
  const clean: [string, string][] = [
    ['an attributed figure', 'Home sales fell 30% last year, the realtors’ association said.'],
    ['a figure sourced in the next sentence', 'Home sales fell 30% last year. The decline was steep, the association said.'],
    ['a figure that did not move', 'The budget is $48 million.'],
    ['a scheduled event', 'The council will vote on the plan on Tuesday.'],
    ['no response', 'The company did not respond to requests for comment.'],
    ['a claim inside a quotation', '“Sales fell 30% and it was the worst year in our history,” the owner said.'],
    ['a claim in a quotation with no speaker (the quotation rules cover it)', 'The council met late.\n“Sales fell 30% and it was the worst year in our history.”'],
    ['an ordinary superlative', 'It is the largest city in the state.'],
    ['what the reporter saw', 'Smoke rose over the harbor as crews unloaded 40 crates from the ferry.'],
    ['background fact', 'The bridge opened in 1962 and carries two lanes of traffic.'],
  ];
  for (const [name, body] of clean) test(`not flagged: ${name}`, () => assert.deepEqual(findings(body, rule).found, []));
});

describe('attribution/vague-source', () => {
  const rule = 'attribution/vague-source';
  const flagged = [
    'Critics say the plan will fail.',
    'Some analysts believe the deal is dead.',
    'It is widely believed that the mayor will run.',
    'Experts warn the dam could fail.',
    'The deal is off, sources said.',
    'Many people are saying the vote was rigged.',
  ];
  for (const body of flagged) test(body, () => assert.equal(findings(body, rule).found.length, 1));
  test('phrasings that overlap are one finding; separate ones in a sentence are one each, in order', () => {
    const overlapping = findings('Some critics say the plan will fail.', rule);
    assert.deepEqual(overlapping.found.map((f) => overlapping.text.slice(f.start, f.end)), ['critics say']);
    const laterOverlap = findings('Critics say it failed, critics say it lied, and some critics say it is over.', rule);
    assert.deepEqual(laterOverlap.found.map((f) => laterOverlap.text.slice(f.start, f.end)), ['Critics say', 'critics say', 'critics say']);
    const body = 'Critics say it failed, experts warn it will fail again, and sources said it was dead, critics said.';
    const three = findings(body, rule);
    assert.deepEqual(three.found.map((f) => three.text.slice(f.start, f.end)), ['Critics say', 'experts warn', 'sources said', 'critics said']);
  });
  const clean = [
    'Two sources familiar with the talks said the deal was off.',
    'Critics of the plan, including Mayor Ana Ruiz, said it would fail.',
    '“Critics say I am wrong,” the mayor said.',
    'The critics’ report was released on Monday.',
  ];
  for (const body of clean) test(`not flagged: ${body}`, () => assert.deepEqual(findings(body, rule).found, []));
});

describe('attribution/loaded-verb', () => {
  const rule = 'attribution/loaded-verb';
  test('claimed where said is neutral, with a fix', () => {
    const { text, found } = findings('The mayor claimed that the bridge was safe.', rule);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'hint');
    assert.equal(applyFixes(text, found[0]!.fixes[0]!), 'Headline for the story\nThe mayor said that the bridge was safe.');
  });
  const loaded: [string, string][] = [
    ['The mayor admitted that the plan failed.', 'The mayor said that the plan failed.'],
    ['The mayor insisted that the plan worked.', 'The mayor said that the plan worked.'],
    ['The mayor insists that the plan works.', 'The mayor says that the plan works.'],
  ];
  for (const [body, fixed] of loaded) {
    test(`flagged and fixed: ${body}`, () => {
      const { text, found } = findings(body, rule);
      assert.equal(found.length, 1);
      assert.equal(applyFixes(text, found[0]!.fixes[0]!), `Headline for the story\n${fixed}`);
    });
  }
  const clean = [
    'The mayor claimed without evidence that the bridge was safe.',
    'The mayor falsely claimed that the bridge was safe.',
    'The group claimed responsibility for the attack.',
    'The mayor said that the bridge was safe.',
    'The mayor admitted the error.',
    'The driver was admitted to hospital on Monday.',
  ];
  for (const body of clean) test(`not flagged: ${body}`, () => assert.deepEqual(findings(body, rule).found, []));
  test('words of another paragraph do not frame the verb; those of the next line of a wrapped paragraph do', () => {
    const { text, found } = findings('The bridge is safe, the mayor claimed\nWithout evidence of cracks, the council reopened it.', rule);
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['claimed'], 'each line a paragraph');
    const wrapped = [
      'Residents gathered at the bridge on Monday morning, and the mayor falsely',
      'claimed that the bridge was safe and that all the repairs had been done',
      'in May, before the inspectors found the cracks the engineers warned of.',
    ].join('\n');
    const story = `Headline for the story\n\n${wrapped}\n\n${wrapped.replace(' falsely', ' also')}\n`;
    const analysis = analyze(story);
    assert.equal(analysis.file.stories[0]!.layout, 'wrapped');
    const flagged = analysis.findings.filter((f) => f.rule === rule);
    assert.equal(flagged.length, 1, 'only the paragraph without “falsely”');
    assert.equal(story.slice(flagged[0]!.start, flagged[0]!.end), 'claimed');
    assert.ok(flagged[0]!.start > story.indexOf('\n\n', story.indexOf(wrapped) + 1));
  });
});
