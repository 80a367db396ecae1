import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Entity, type EntityType } from '../../server/src/analysis';
import type { CandidateMemo } from '../../server/src/analysis/entities/candidates';
import { clusterStory } from '../../server/src/analysis/entities/cluster';
import type { Recognized } from '../../server/src/analysis/entities/recognize';
import { tokenEnd, tokenize, tokenStart } from '../../server/src/analysis/entities/tokens';

/** Entities of a one-story text as `type:name` strings, in order of first mention. */
function cast(body: string, headline = 'Headline for the story'): string[] {
  return clusters(body, headline).map((e) => `${e.type}:${e.name}`);
}

function clusters(body: string, headline = 'Headline for the story'): Entity[] {
  return [...analyze(`${headline}\n${body}`).clusters].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function find(body: string, name: string): Entity {
  const e = clusters(body).find((x) => x.name === name);
  assert.ok(e, `no entity named ${name} in: ${cast(body).join(', ')}`);
  return e;
}

describe('entity recognition: people, places and organizations', () => {
  const cases: [string, string, string[]][] = [
    ['a title before a full name', 'The bill was signed by Gov. Andrea Whitcombe on Tuesday.', ['person:Andrea Whitcombe']],
    ['a place before a title is its own name', 'Oregon Gov. Andrea Whitcombe signed it.', ['place:Oregon', 'person:Andrea Whitcombe']],
    ['a first name makes a person', 'The award went to Margaret Oyelaran last year.', ['person:Margaret Oyelaran']],
    ['an organization by its last word', 'Shares of Halvorsen Industries fell.', ['organization:Halvorsen Industries']],
    ['an organization with of', 'She studied at the University of Nebraska.', ['organization:University of Nebraska']],
    ['a court is an organization, whoever it rules on', 'But the Court of Appeals ruled that the state could not sue. The Supreme Court declined to hear the case.', ['organization:Court of Appeals', 'organization:Supreme Court']],
    ['a court in lowercase is no name', 'The court ruled that the state could not sue.', []],
    ['an institution is an organization', 'A fellow at the Halvorsen Institution wrote the report.', ['organization:Halvorsen Institution']],
    ['a place by its last word', 'Crews searched the Tallow River overnight.', ['place:Tallow River']],
    ['countries and cities', 'Talks moved from Nairobi to Kenya and then to Brazil.', ['place:Nairobi', 'place:Kenya', 'place:Brazil']],
    ['a possessive is not part of the name', 'Norway’s fund grew.', ['place:Norway']],
    ['an organization introduced by its kind', 'The militant group Zandora claimed the attack.', ['organization:Zandora']],
    ['a demonym is not a name', 'French troops and Canadian officials met.', []],
    ['months, weekdays and titles alone are not names', 'On Monday in March the President spoke.', []],
    ['a sentence-initial ordinary word is not a name', 'However, the vote failed.', []],
    ['particles inside names', 'The painting was sold by Maria de la Cruz last year.', ['person:Maria de la Cruz']],
    ['hyphenated given names stay whole', 'Leader Kim Jae-sung spoke.', ['person:Kim Jae-sung']],
    ['an acronym is an organization', 'The deal was approved by NATO allies.', ['organization:NATO']],
    ['acronyms of things are not', 'GDP grew 2% as the CEO said.', []],
    ['a capitalized employer before a role', 'Brightline reporter Tomas Ferreira wrote the story.', ['organization:Brightline', 'person:Tomas Ferreira']],
    ['what a possessive owns is not a person', '“Our Ruby Lantern is brighter than yours,” the mayor posted. She praised her Victor Dome.', []],
    ['a name in capitals matches the name the story uses', 'Officials in Lisbon said talks would go on. Parliament in Lisbon met.', ['place:Lisbon']],
  ];
  for (const [name, body, expected] of cases) test(name, () => assert.deepEqual(cast(body), expected));

  test('an all-caps headline is read with the names the story teaches', () => {
    assert.deepEqual(cast('Talks resumed in Lisbon on Monday, officials said.', 'LISBON TALKS RESUME'), ['place:LISBON']);
  });

  test('the dateline city is a place', () => {
    assert.ok(cast('PORTLAND, Ore. (AP) — Rain fell.').includes('place:PORTLAND'));
  });

  test('in a sports report, a county or town named without a preposition is a team', () => {
    const teams = cast('Yorkshire beat Somerset by an innings in the championship match, taking four wickets. The league leaders won at Leeds.');
    assert.ok(teams.includes('organization:Yorkshire') && teams.includes('organization:Somerset'), teams.join(', '));
    assert.ok(teams.includes('place:Leeds'), 'a venue after "at" stays a place');
  });

  test('outside sports reports, the same counties are places', () => {
    assert.deepEqual(cast('Flooding closed roads in Yorkshire and Somerset on Monday.'), ['place:Yorkshire', 'place:Somerset']);
  });
});

describe('entity clustering', () => {
  test('a lone surname is the person named in full', () => {
    const e = find('Council President Ana Whitfield opened the session. Whitfield said the vote would wait.', 'Ana Whitfield');
    assert.deepEqual(e.mentions.map((m) => m.text), ['Ana Whitfield', 'Whitfield']);
    assert.deepEqual(e.aliases, ['Whitfield']);
  });

  test('a surname shared by two people goes to the one named last', () => {
    const body = 'Mara Quill and Tobias Quill ran the farm. Tobias Quill sold it. Quill said he was tired.';
    const tobias = find(body, 'Tobias Quill');
    assert.deepEqual(tobias.mentions.map((m) => m.text), ['Tobias Quill', 'Tobias Quill', 'Quill']);
  });

  test('a shared surname goes to whoever was named last before it, by full name or by that surname', () => {
    const body = 'Tom Smith arrived on Monday. Smith spoke first. Ann Smith arrived later. Smith spoke next. Then Tom Smith stood up. Smith said it was over.';
    const said = (name: string) => find(body, name).mentions.map((m) => `${m.text}@${body.slice(0, m.start - 'Headline for the story\n'.length).split('. ').length}`);
    assert.deepEqual(said('Tom Smith'), ['Tom Smith@1', 'Smith@2', 'Tom Smith@5', 'Smith@6']);
    assert.deepEqual(said('Ann Smith'), ['Ann Smith@3', 'Smith@4']);
  });

  test('a surname before anyone holding it is named in full goes to the first so named', () => {
    const body = 'Smith opened the meeting. Ann Smith spoke. Tom Smith replied.';
    assert.deepEqual(find(body, 'Ann Smith').mentions.map((m) => m.text), ['Smith', 'Ann Smith']);
  });

  test('the same name with and without a hyphen is one person, spelled two ways', () => {
    const body = 'Leader Kim Jae-sung arrived. Kim Jae Sung then left.';
    const e = find(body, 'Kim Jae-sung');
    assert.deepEqual(e.aliases, ['Kim Jae Sung']);
  });

  test('a name written many ways is one person, each form once, in order of first use', () => {
    // Ten spellings that normalize alike (accents, a hyphen or a space), each used twice.
    const forms = ['Kim Jae-sung', 'Kim Jae Sung', 'Kím Jae-sung', 'Kim Jáe-sung', 'Kim Jae-súng', 'Kím Jáe Sung', 'Kím Jae Súng', 'Kim Jáe Súng', 'Kím Jáe-súng', 'Kim Jáe Sung'];
    const used = forms.flatMap((f, i) => [f, forms[(i * 7) % forms.length]!]);
    const body = used.map((f, i) => `${i % 2 === 0 ? 'Leader ' : ''}${f} spoke on day ${i + 1}.`).join(' ');
    const e = find(body, 'Kim Jae-sung');
    assert.deepEqual(e.aliases, [...new Set(used)].slice(1));
    assert.equal(e.aliases.length, forms.length - 1);
    assert.equal(e.mentions.length, used.length);
  });

  test('an acronym joins the organization whose initials it spells', () => {
    const e = find('The Coastal Water Authority (CWA) raised rates. CWA officials declined to comment.', 'Coastal Water Authority');
    assert.equal(e.mentions.length, 3);
  });

  test('ids are shared across stories for the same full name and for a lone surname after it', () => {
    const text = [
      'First story',
      'Mayor Dana Ruskin spoke on Monday.',
      'Published at Mon, 12 Aug 2024 12:00:00 +0000',
      'Second story',
      'Ruskin spoke again on Tuesday.',
    ].join('\n');
    const ids = analyze(text).entities.filter((m) => m.text.includes('Ruskin')).map((m) => m.id);
    assert.equal(new Set(ids).size, 1);
  });

  test('JSON mentions carry type, span, text and id', () => {
    const text = 'Headline\nGov. Andrea Whitcombe visited Salem.';
    const mentions = analyze(text).entities;
    const types: EntityType[] = mentions.map((m) => m.type);
    assert.deepEqual(types, ['person', 'place']);
    for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
});

describe('roles from the first reference', () => {
  const cases: [string, string, string][] = [
    ['a title in the capitalized run', 'Oregon Gov. Andrea Whitcombe signed it.', 'Oregon Gov.'],
    ['a description ending in a role noun', 'The statement came from agency spokesperson Lina Osei on Friday.', 'agency spokesperson'],
    ['an appositive', 'Ana Whitfield, the council president, opened the session.', 'the council president'],
    ['an appositive with what the role is of', 'Tavish Qorlund, the chairwoman of Brightwater Holdings, won the vote.', 'the chairwoman of Brightwater Holdings'],
    ['an appositive with what the role is for', 'Zorvan Dettmer, a spokesman for the ministry, declined to comment.', 'a spokesman for the ministry'],
    ['capitalized description and title', 'Kenyan Foreign Minister Joel Kamau met them.', 'Kenyan Foreign Minister'],
  ];
  for (const [name, body, role] of cases) {
    test(name, () => {
      const person = clusters(body).find((e) => e.type === 'person');
      assert.equal(person?.role, role);
    });
  }

  test('an appositive clause is not a role', () => {
    assert.equal(find('Ana Whitfield, the mayor who lost the vote in the fall, spoke.', 'Ana Whitfield').role, null);
  });
  test('a verb before the name is not a role', () => {
    assert.equal(find('Officials praised Ana Whitfield for the budget.', 'Ana Whitfield').role, null);
  });
});

describe('what a name keeps with its sentence', () => {
  test('its group follows the type it has now, not the one it had when kept', () => {
    // An edit elsewhere in a long story can change how the story types a name in a sentence
    // it did not touch; the key kept with that sentence must not hold the old type.
    const copy = 'Acme Corp said so. Acme Corp was quiet.';
    const sentence = tokenize(copy, 0, copy.length);
    const tokens = sentence.tokens;
    const second = tokens.findIndex((t, i) => i > 0 && t.text === 'Acme');
    const name = (from: number, type: 'place' | 'organization', memo: CandidateMemo): Recognized => ({
      start: tokenStart(sentence, from), end: tokenEnd(sentence, from + 1), tokens: tokens.slice(from, from + 2), key: 'acme corp',
      typing: { type, strength: 3 }, titled: false, title: null, sentence: tokens, offsets: sentence.offsets, from, to: from + 2, memo,
    });
    const kept: CandidateMemo = {};
    assert.deepEqual(clusterStory([name(0, 'organization', kept)], 0, copy).map((e) => e.id), ['organization:acme-corp']);
    const now = clusterStory([name(0, 'place', kept), name(second, 'organization', {})], 0, copy);
    assert.deepEqual(now.map((e) => `${e.id} ${e.mentions.length}`).sort(), ['organization:acme-corp 1', 'place:acme-corp 1']);
  });
});
