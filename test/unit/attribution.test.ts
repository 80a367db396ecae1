import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';

/** Attributions of a one-story text as readable strings: `kind | source | cue | content`. */
function attributions(body: string): string[] {
  const a = analyze(`Headline for the story\n${body}`);
  const t = (s: { start: number; end: number } | null) => (s ? a.copy.slice(s.start, s.end) : '-');
  return a.attributions.map((x) => `${x.kind} | ${t(x.source)} | ${t(x.cue)} | ${t(x.content)}`);
}

function speakerOf(body: string, quoteStart: string): string | null {
  const text = `Headline for the story\n${body}`;
  const a = analyze(text);
  const at = text.indexOf(quoteStart);
  return a.attributions.find((x) => x.content.start <= at && at < x.content.end && x.kind !== 'indirect')?.speakerName ?? null;
}

describe('attribution: reported speech', () => {
  const cases: [string, string, string[]][] = [
    ['subject, cue, that-clause', 'Kirby told reporters that the U.S. had increased its forces.', ['indirect | Kirby | told | the U.S. had increased its forces']],
    ['cue at the end of the sentence', 'The city will close the bridge, Mayor Ana Ruiz said on Monday.', ['indirect | Mayor Ana Ruiz | said | The city will close the bridge']],
    ['according to', 'More than a million people listened, according to a counter on the site.', ['indirect | a counter on the site | according to | More than a million people listened']],
    ['according to first', 'According to the county clerk, turnout was low.', ['indirect | the county clerk | According to | turnout was low']],
    ['an appositive between source and cue', 'Musk, one of the richest people in the world, announced his support on Monday.', ['indirect | Musk, one of the richest people in the world | announced | his support on Monday']],
    ['a named appositive', 'The library’s director, Paul Lind, said the branch would stay open.', ['indirect | The library’s director, Paul Lind | said | the branch would stay open']],
    ['auxiliaries are not the source', 'The U.S. military had already said it would send more ships.', ['indirect | The U.S. military | said | it would send more ships']],
    ['quoted as saying', 'The commander was quoted as saying by local agencies that the order stood.', ['indirect | The commander | quoted as saying | the order stood']],
    ['a party label after the name', 'Sen. Jane Doe (D-Wis.) said the bill would pass.', ['indirect | Sen. Jane Doe | said | the bill would pass']],
  ];
  for (const [name, body, expected] of cases) test(name, () => assert.deepEqual(attributions(body), expected));

  const none: [string, string][] = [
    ['a noun that looks like a cue', 'His claims and personal attacks drew no reply.'],
    ['an ambiguous cue without a clause', 'The technical problems recalled a similar event in May.'],
    ['a negated cue', 'The company did not respond to requests for comment.'],
    ['a passive with no one behind it', 'Sales are expected to rise next year.'],
    ['a cue inside a quotation is the speaker’s', '“They said no,” is all the note read.'],
  ];
  for (const [name, body] of none) test(`none: ${name}`, () => assert.deepEqual(attributions(body).filter((a) => a.startsWith('indirect')), []));
});

describe('attribution: quotations and their speakers', () => {
  test('a cue after the quotation', () => assert.equal(speakerOf('“We will rebuild,” Mayor Ana Ruiz said.', 'We will'), 'Ana Ruiz'));
  test('an inverted cue', () => assert.equal(speakerOf('“We will rebuild,” said Ana Ruiz, the mayor.', 'We will'), 'Ana Ruiz'));
  test('a cue before the quotation', () => assert.equal(speakerOf('Ana Ruiz had written, “We will rebuild the bridge.”', 'We will'), 'Ana Ruiz'));
  test('a split quotation: the second part is the same speaker', () => {
    const body = '“First part,” Mayor Ana Ruiz said. “Second part of what she said.”';
    assert.equal(speakerOf(body, 'Second part'), 'Ana Ruiz');
  });
  test('a quotation after a sentence that ends with its cue', () => {
    const body = 'Ruiz answered on the city’s site: “We are ready to go,” Ruiz posted. “Yours is not ready at all.”';
    assert.equal(speakerOf(body, 'Yours is not'), 'Ruiz');
  });
  test('a quotation running over paragraphs is one statement', () => {
    const body = '“We will rebuild the bridge,\n“and it will take two years,” Mayor Ana Ruiz said.';
    assert.equal(speakerOf(body, 'and it will'), 'Ana Ruiz');
  });
  test('a pronoun speaker is the person who spoke before', () => {
    const body = 'Mayor Ana Ruiz said the bridge would close. “We have no choice,” she said.';
    assert.equal(speakerOf(body, 'We have no'), 'Ana Ruiz');
  });
  test('with no one quoted before, a pronoun speaker is the person last named, past the places and groups named since', () => {
    const body = 'Mayor Ana Ruiz flew from Chicago to Paris with the United Nations Children’s Fund. “We have no choice,” she said.';
    assert.equal(speakerOf(body, 'We have no'), 'Ana Ruiz');
  });
  test('with no person named before it, a pronoun stays a pronoun: no one named after is taken for it', () => {
    const body = 'The flight left Chicago for Paris. “We have no choice,” she said. Mayor Ana Ruiz landed later.';
    assert.equal(speakerOf(body, 'We have no'), 'she');
  });
  test('a quotation with no speaker anywhere near it', () => {
    const a = analyze('Headline\nThe council met late into the night.\n“We will rebuild the bridge by spring.”\nThe vote was 5-2.');
    assert.equal(a.attribution.unattributedQuotes.length, 1);
  });
});

describe('attribution: what the analysis hands out', () => {
  test('each sentence as a summary only (where it is, its paragraph, whether it is sourced), and each name mention with its entity id', () => {
    const a = analyze('Headline for the story\n“We will rebuild,” Mayor Ana Ruiz said. Critics say it is too late.\n');
    assert.ok(a.attribution.sentences.length >= 2);
    for (const s of a.attribution.sentences) assert.deepEqual(Object.keys(s).sort(), ['attributed', 'end', 'paragraph', 'start', 'story']);
    const ruiz = a.entities.find((m) => m.text === 'Ana Ruiz');
    assert.deepEqual(ruiz && Object.keys(ruiz).sort(), ['end', 'id', 'start', 'text', 'type']);
    assert.equal(ruiz?.id, 'person:ana-ruiz');
  });
});
