import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, Analyzer, type Analysis } from '../../server/src/analysis';
import { RULES } from '../../server/src/analysis/rules/registry';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const DIGEST = ['musk-trump-x-and-iran.article', 'city-council-budget.article', 'statehouse-vote.article', 'wire-digest.story']
  .map((f) => readFileSync(join(SEEDS, f), 'utf8').trimEnd())
  .join('\n');

/** Analyses compared as JSON (dates by their ISO form). */
const same = (a: unknown, b: unknown) => assert.equal(JSON.stringify(a), JSON.stringify(b));

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * Makes 60 random edits to `text` — inserting one of `pieces` or deleting up to `longestDelete`
 * characters — and after each compares the analyzer's result with an analysis from scratch.
 */
function editAndCompare(analyzer: Analyzer, text: string, how: { seed: number; pieces: string[]; deleteChance: number; longestDelete: number }): { namesTakenOver: number } {
  const next = random(how.seed);
  analyzer.analyze(text);
  let namesTakenOver = 0;
  for (let i = 0; i < 60; i++) {
    const at = Math.floor(next() * text.length);
    if (next() < how.deleteChance) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * how.longestDelete));
    else text = text.slice(0, at) + how.pieces[Math.floor(next() * how.pieces.length)] + text.slice(at);
    same(analyzer.analyze(text), analyze(text));
    namesTakenOver += analyzer.lastNamesTakenOver;
  }
  return { namesTakenOver };
}

describe('incremental analysis equals analysis from scratch', () => {
  test('after each of 60 random edits (typing, deleting, pasting whole stories)', () => {
    const pieces = ['a', 'e', ' ', '.', '“', '”', '\n', 'Sen. Ana Ruiz said', ' 30 percent', DIGEST.slice(0, 900)];
    editAndCompare(new Analyzer(), DIGEST, { seed: 7, pieces, deleteChance: 0.35, longestDelete: 6 });
  });

  test('after each of 60 random edits of a file whose every story keeps its sentences’ work (stories split, notes opened)', () => {
    const pieces = ['a', ' ', '.', '“', '”', '\n', 'Sen. Ana Ruiz said', ' 30 percent', DIGEST.slice(0, 900), '<!--', '-->', '\nPublished at Mon, 12 Aug 2024 22:47:30 +0000\n', 'x', ' said'];
    const { namesTakenOver } = editAndCompare(new Analyzer(0), DIGEST, { seed: 19, pieces, deleteChance: 0.3, longestDelete: 10 });
    assert.ok(namesTakenOver > 5, `entities taken over after ${namesTakenOver} of 60 edits`);
  });

  test('in one long story, after each of 60 random edits (quote marks, names, whole paragraphs repeated)', () => {
    const story = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8');
    const pieces = ['x', ' ', '"', '“', '”', '\n\n', '. ', 'Gov. Ana Ruiz', ' said', ' on Friday', story.slice(400, 1400)];
    const { namesTakenOver } = editAndCompare(new Analyzer(0), story, { seed: 11, pieces, deleteChance: 0.3, longestDelete: 12 });
    // Both ways of getting the story's entities are compared: read again, and taken over from
    // the last analysis when an edit changed no name.
    assert.ok(namesTakenOver > 5 && namesTakenOver < 55, `entities taken over after ${namesTakenOver} of 60 edits`);
  });

  test('after each of 60 random edits that open and close editor notes and add published lines', () => {
    // A note marker typed in one story can blank copy in stories far after it.
    const pieces = ['<!--', '-->', '<!-- note -->', '\nPublished at Mon, 12 Aug 2024 22:47:30 +0000\n', '\n\n', 'x'];
    editAndCompare(new Analyzer(), DIGEST, { seed: 13, pieces, deleteChance: 0.2, longestDelete: 6 });
  });

  test('a result already handed out stays right, however later edits move what it was read from', () => {
    // Later analyses move the kept tokens and name candidates where they are: none of that may
    // show through the results of earlier versions, which hovers and the outline still read
    // (and which are put together only when first read).
    const story = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8');
    const analyzer = new Analyzer(0); // every story counts as long: the sentences' work is kept
    analyzer.analyze(story);
    const next = random(5);
    const held: { result: unknown; text: string }[] = [];
    let text = story;
    for (let i = 0; i < 30; i++) {
      const at = Math.floor(next() * text.length);
      text = text.slice(0, at) + (i % 3 === 0 ? '\n\nFlorida Gov. Ana Ruiz said so. ' : 'x') + text.slice(at);
      held.push({ result: analyzer.analyze(text), text });
    }
    for (const { result, text } of held) same(result, analyze(text));
  });

  test('a sentence whose own text is unchanged is read again when the quotation reaching into it changes', () => {
    // The second sentence keeps its text through the edits, but not which of its words are quoted.
    const story = 'Budget vote set\n\nSPRINGFIELD, Ill. (AP) — “The budget is late. Officials say the plan will pass soon,” Mayor Ana Ruiz said, “and on time.” Others disagreed.\n';
    const unopened = story.replace('“The budget', 'The budget');
    const analyzer = new Analyzer(0);
    analyzer.analyze(story);
    for (const text of [unopened, story, unopened]) same(analyzer.analyze(text), analyze(text));
  });

  test('a story whose last character changed, or whose copy a note opened in an earlier story blanks, is analysed afresh', () => {
    const analyzer = new Analyzer();
    const firstStamp = DIGEST.indexOf('+0000') + '+0000'.length; // the end of the first story
    const lastStory = DIGEST.lastIndexOf('Published at', DIGEST.lastIndexOf('Published at') - 1);
    const steps = [
      DIGEST,
      DIGEST.slice(0, firstStamp - 1) + '1' + DIGEST.slice(firstStamp), // `+0001`: the story's very last character
      DIGEST.slice(0, lastStory) + '-->' + DIGEST.slice(lastStory), // a stray close, late in the file
    ];
    // An open mark in the first story now blanks everything up to that close: the text of the
    // stories between is unchanged, their copy is not.
    const open = DIGEST.indexOf('\n', DIGEST.indexOf('Published at') + 1) + 1;
    steps.push(steps[2]!.slice(0, open) + '<!--' + steps[2]!.slice(open), steps[2]!);
    for (const text of steps) same(analyzer.analyze(text), analyze(text));
  });

  test('with settings and a names file', () => {
    const options = { houseStyle: 'reuters' as const, names: [{ name: 'Terrence Okafor', type: 'person' as const, role: 'State Rep.' }] };
    const analyzer = new Analyzer();
    analyzer.analyze(DIGEST, options);
    const edited = DIGEST.replace('Okafur said', 'Okafer said');
    same(analyzer.analyze(edited, options), analyze(edited, options));
  });

  test('the same text under other settings, then an edit under the first ones again', () => {
    const reuters = { houseStyle: 'reuters' as const };
    const analyzer = new Analyzer();
    analyzer.analyze(DIGEST);
    same(analyzer.analyze(DIGEST, reuters), analyze(DIGEST, reuters));
    const edited = DIGEST.replace('budget', 'budgets');
    same(analyzer.analyze(edited), analyze(edited));
  });
});

describe('analyses given up or overtaken', () => {
  test('an analysis given up half way through a long story leaves the caches whole', () => {
    const story = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8');
    const analyzer = new Analyzer(0); // every story counts as long: the seed is short
    analyzer.analyze(story);
    const first = story.replace('Kirby', 'Kirbie');
    const steps = analyzer.steps(first);
    for (let i = 0; i < 3; i++) steps.next(); // into the story's passes
    steps.return(undefined as never); // its version went stale
    const second = first.replace('technical issues', 'technical problems');
    same(analyzer.analyze(second), analyze(second));
    assert.ok(analyzer.lastSentencesRead <= 2, `only the two edited sentences are read again, not ${analyzer.lastSentencesRead}`);
  });

  test('an analysis resumed after another one ran on the same analyzer stays right, and so does the next', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(DIGEST);
    // Same-length changes in the first two stories: the stories keep their places, not their text.
    const changed = DIGEST.replace('Musk', 'Mask').replace('Ana Ruiz', 'Ana Ruis');
    assert.notEqual(changed.indexOf('Ruis'), -1);
    const steps = analyzer.steps(changed);
    steps.next(); // paused inside the first story's analysis
    analyzer.analyze(DIGEST); // a request analyses another version meanwhile
    let step = steps.next();
    while (!step.done) step = steps.next();
    same(step.value, analyze(changed));
    const next = DIGEST + '\nThe end.';
    same(analyzer.analyze(next), analyze(next));
  });

  test('a long story\'s analysis resumed after another one moved its kept work stays right, wherever it paused', () => {
    // Both versions edit the same story: the other one moves the sentences, names and cue
    // frames the paused one had placed, by 6 characters for those between the two edits.
    const story = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8');
    const changed = story.replace('Kirby', 'Kirbie');
    const at = story.indexOf('Kirby') - 200;
    const other = `${story.slice(0, at)}xxxxx ${story.slice(at)}`;
    for (let pause = 1; pause <= 6; pause++) {
      const analyzer = new Analyzer(0); // every story counts as long: the sentences' work is kept
      analyzer.analyze(story);
      const steps = analyzer.steps(changed);
      for (let i = 0; i < pause; i++) steps.next();
      analyzer.analyze(other);
      let step = steps.next();
      while (!step.done) step = steps.next();
      same(step.value, analyze(changed));
      const next = `${changed}\nThe end.`;
      same(analyzer.analyze(next), analyze(next));
    }
  });
});

describe('entities taken over when an edit changes no name', () => {
  const STORY = [
    'Council backs budget',
    '',
    'SPRINGFIELD, Ill. (AP) — Mayor Ana Ruiz said Tuesday that the city budget would pass.',
    '',
    'The vote came after a long debate over library hours and road repairs.',
    '',
    'Ruiz, the council president, said the plan was fair. Tom Smith, a spokesman for the union, disagreed.',
    '',
  ].join('\n');

  /** `story` opened as a long one, then `edits` made one after another: whether each took the
   *  story's entities over, each result checked against an analysis from scratch. */
  function takenOverIn(story: string, ...edits: ((text: string) => string)[]): boolean[] {
    const analyzer = new Analyzer(0); // every story counts as long: its sentences' work is kept
    analyzer.analyze(story);
    let text = story;
    return edits.map((edit) => {
      const edited = edit(text);
      assert.notEqual(edited, text, 'the edit changes the text');
      text = edited;
      same(analyzer.analyze(text), analyze(text));
      return analyzer.lastNamesTakenOver === 1;
    });
  }
  const takenOver = (...edits: ((text: string) => string)[]) => takenOverIn(STORY, ...edits);
  const insert = (after: string, what: string) => (text: string) => text.replace(after, after + what);

  test('typing in words away from any name, or adding a sentence that names no one', () => {
    assert.deepEqual(takenOver(insert('libr', 'x'), insert('repairs.', ' It ran late.'), insert('pl', 'x'), insert('hou', 'x')), [true, true, true, true]);
  });

  test('the findings about names are taken over with them, moved past the edit', () => {
    const story = `${STORY}Senator Ted Cruz spoke, and Kim Jong-un met Kim Jong Un.\n`;
    const rules = (text: string) => new Set(analyze(text).findings.map((f) => f.rule));
    assert.ok(rules(story).has('entity/name-variant') && rules(story).has('entity/title-style'), 'the story has findings of both rules that read names only');
    assert.deepEqual(takenOverIn(story, insert('libr', 'x'), insert('Cruz spo', 'x'), insert('fai', 'x')), [true, true, true]);
  });

  test('a first reference by surname is taken over with the names while the headings stand, and found again when a subhead becomes copy', () => {
    const story = ['Council backs budget', '', 'SPRINGFIELD, Ill. (AP) — The city budget passed on Tuesday after a long debate.', '', 'Ruiz speaks out', '', 'Mayor Ana Ruiz said the plan was fair.', ''].join('\n');
    const firstReferences = (text: string) => analyze(text).findings.filter((f) => f.rule === 'entity/first-reference').length;
    assert.equal(firstReferences(story), 0, 'a subhead is not a first reference');
    assert.deepEqual(takenOverIn(story, insert('city budg', 'x'), insert('Ruiz speaks out', '.'), insert('plan was', 'x')), [true, true, true]);
    assert.equal(firstReferences(story.replace('Ruiz speaks out', 'Ruiz speaks out.')), 1, 'the surname alone once the subhead is a sentence of copy');
  });

  test('attributions are taken over too when the edit changes no quotation or cue, and read again when it does', () => {
    const story = `${STORY}“We will build it,” Ruiz said. The plan was long. Work starts in June.\n`;
    const cases: [string, (text: string) => string, boolean][] = [
      ['a word in a sentence with no cue', insert('libr', 'x'), true],
      ['a word in the words a cue attributes', insert('city budg', 'x'), true],
      ['a word far from the quotation', insert('Work sta', 'x'), true],
      ['the cue itself', insert('Ruiz sai', 'x'), false],
      ['inside the quotation', insert('We will bui', 'x'), false],
      ['the sentence after the quotation, whose speaker is found as it was', insert('The pl', 'x'), true],
      ['a new cue', insert('repairs', ', officials said'), false],
    ];
    for (const [what, edit, expected] of cases) {
      const analyzer = new Analyzer(0);
      analyzer.analyze(story);
      const text = edit(story);
      same(analyzer.analyze(text), analyze(text));
      assert.equal(analyzer.lastAttributionsTakenOver === 1, expected, what);
    }
    // A quotation opening a sentence is the speaker's who ends the sentence before it.
    const opening = 'Plan passes\n\nThe council met on Tuesday to vote. Ruiz said.\n\n“We will build it.” The vote was close.\n';
    assert.equal(analyze(opening).attributions[0]?.speakerName, 'Ruiz');
    for (const words of [' wearily', ' x']) {
      const analyzer = new Analyzer(0);
      analyzer.analyze(opening);
      const text = opening.replace('Ruiz said.', `Ruiz said${words}.`);
      same(analyzer.analyze(text), analyze(text));
      assert.equal(analyzer.lastAttributionsTakenOver, 0, `a word after the cue before a quotation: “${words}”`);
    }
  });

  test('dates are taken over with the attributions, and read again in the sentences an edit touched or when the story is published anew', () => {
    const story = `${STORY.replace('Tuesday', 'on Tuesday')}The fair opens next week. It ran on Aug. 12 last year.\nPublished at Mon, 12 Aug 2024 22:47:30 +0000\n`;
    assert.ok(analyze(story).dates.filter((d) => d.resolved).length >= 3, 'the story has dates resolved against its publication');
    const edits = [
      insert('libr', 'x'), // before the dates: they move
      insert('The fair op', 'x'), // in a sentence that holds a date
      (t: string) => t.replace('Mon, 12 Aug 2024', 'Tue, 13 Aug 2024'), // published anew
      insert('It ran on Aug. 1', '3'), // a date itself
    ];
    const analyzer = new Analyzer(0);
    analyzer.analyze(story);
    let text = story;
    let taken = 0;
    for (const edit of edits) {
      text = edit(text);
      same(analyzer.analyze(text), analyze(text));
      taken += analyzer.lastAttributionsTakenOver;
    }
    assert.ok(taken >= 2, `attributions (and dates) taken over after ${taken} of ${edits.length} edits`);
  });

  test('a story whose earlier stories name other people is not given its last entities', () => {
    // `Ruskin` alone is a person only once the first story names Dana Ruskin in full.
    const text = 'First story\nThe vote was close.\nPublished at Mon, 12 Aug 2024 12:00:00 +0000\nSecond story\nRuskin spoke again on Tuesday. The hall was full.\n';
    const analyzer = new Analyzer(0); // both stories keep their sentences' work
    analyzer.analyze(text);
    const steps = [
      (t: string) => t.replace('The vote was close.', 'Mayor Dana Ruskin said the vote was close.'),
      (t: string) => t.replace('hall', 'halls'),
      (t: string) => t.replace('Mayor Dana Ruskin said the vote', 'The vote'),
      (t: string) => t.replace('halls', 'hall'),
    ];
    let now = text;
    const taken: number[] = [];
    for (const step of steps) {
      now = step(now);
      same(analyzer.analyze(now), analyze(now));
      taken.push(analyzer.lastNamesTakenOver);
    }
    assert.deepEqual(taken, [0, 1, 0, 1], 'taken over only when the earlier story named the same people as before');
  });

  test('an edit to a name, its role, its title or the words its type is read from is read again', () => {
    const cases: [string, (text: string) => string][] = [
      ['inside a name', insert('Ana Ru', 'x')],
      ['a space inside a name', insert('Tom', ' ')],
      ['a new name', insert('library', ' in Chicago')],
      ['a name no longer written', (t) => t.replace('Tom Smith, ', '')],
      ['an appositive role', insert('the council pres', 'x')],
      ['a role before a name', (t) => t.replace('Mayor Ana', 'Former Mayor Ana')],
      ['the dateline', insert('SPRINGFIEL', 'x')],
      ['a word of a role after the name', insert('a spokes', 'x')],
      ['a word between a name and its role', insert('Tom Smith,', ' not')],
      ['enough words of sport to make a sports story', insert('debate', ' about football, soccer and the league')],
    ];
    for (const [what, edit] of cases) assert.deepEqual(takenOver(edit), [false], what);
  });
});

describe('entities updated when an edit drops or adds a few names', () => {
  const TOWN = [
    'Council backs budget',
    '',
    'SPRINGFIELD, Ill. (AP) — Mayor Ana Ruiz said Tuesday that the city budget would pass.',
    '',
    'The vote came after a long debate over library hours and road repairs in Peoria and Decatur. Analysts expected it.',
    '',
    'Ruiz, the council president, said the plan was fair. Baker said Peoria would lose.',
    '',
    'The National Education Association, or NEA, backed the plan. Sen. Dana Ruskin of Urbana said NEA members were split.',
    '',
  ].join('\n');
  const insert = (after: string, what: string) => (text: string) => {
    assert.ok(text.includes(after), after);
    return text.replace(after, after + what);
  };

  /** How the story's entities came after one edit to it, opened as a long story: taken over
   *  whole, updated, or read afresh; the result checked against an analysis from scratch. */
  function way(edit: (text: string) => string, story = TOWN): 'taken' | 'updated' | 'read' {
    const analyzer = new Analyzer(0);
    analyzer.analyze(story);
    const text = edit(story);
    same(analyzer.analyze(text), analyze(text));
    assert.equal(analyzer.lastAnalysed, 1);
    return analyzer.lastNamesTakenOver ? 'taken' : analyzer.lastNamesUpdated ? 'updated' : 'read';
  }

  test('a typo in the role of the mention that gave it: the next mention that gives one gives it, or none does', () => {
    const fashion = ['Fashion week opens', '', 'PARIS (AP) — The designer Christian Lacroix showed his new line on Monday.', '', 'Lacroix said the collection was his best.', '', 'Critics were less kind to the show.', ''].join('\n');
    const later = fashion.replace('Lacroix said', 'Lacroix, the head of the fashion house, said');
    const roleOf = (text: string) => analyze(text).clusters.find((e) => e.name === 'Christian Lacroix')?.role;
    for (const [story, role] of [[fashion, null], [later, 'the head of the fashion house']] as const) {
      assert.equal(roleOf(story), 'designer');
      const typo = (t: string) => t.replace('The designer', 'The dexsigner');
      assert.equal(way(typo, story), 'updated');
      assert.equal(roleOf(typo(story)), role);
    }
  });

  test('a typo that makes a candidate no one reports leaves the entities as they were', () => {
    assert.equal(way(insert('Analys', 'x')), 'taken', 'a capitalized ordinary word misspelled');
    assert.equal(way((t) => t.replace('The vote', 'Txhe vote')), 'taken', 'a sentence’s first word misspelled');
  });

  test('names dropped or added remake only their own entities', () => {
    const cases: [string, (text: string) => string, (entities: Analysis['clusters']) => boolean][] = [
      ['a typo in a place named once', insert('Decat', 'x'), (es) => !es.some((e) => e.name === 'Decatur')],
      ['a new place', insert('road repairs', ', Champaign'), (es) => es.some((e) => e.name === 'Champaign')],
      ['a new place named as the text names places', insert('library hours', ' in Chicago'), (es) => es.some((e) => e.name === 'Chicago')],
      ['a typo in a full name no one is called by alone', insert('Dana Rusk', 'x'), (es) => es.some((e) => e.name === 'Dana Ruskxin' && e.role === 'Sen.')],
      ['a typo in an acronym', insert('or NE', 'x'), (es) => es.find((e) => e.name === 'National Education Association')?.mentions.length === 2],
      ['a word of a role given after the first', insert('the council pres', 'x'), (es) => es.find((e) => e.name === 'Ana Ruiz')?.role === 'Mayor'],
    ];
    for (const [what, edit, holds] of cases) {
      assert.equal(way(edit), 'updated', what);
      assert.ok(holds(analyze(edit(TOWN)).clusters), `${what}: the edit changes the entities as the case says`);
    }
  });

  test('attributions are taken over with the entities updated, unless a changed name may be who spoke', () => {
    const cases: [string, (text: string) => string, boolean][] = [
      ['a typo in a place named in a sentence with no source', insert('Decat', 'x'), true],
      ['a new place', insert('road repairs', ', Champaign'), true],
      ['a typo in a person’s name: a pronoun means the person named last', insert('Dana Rusk', 'x'), false],
      ['a typo in a name inside a source', insert('of Urb', 'x'), false],
    ];
    const attributionsTaken = (story: string, edit: (text: string) => string) => {
      const analyzer = new Analyzer(0);
      analyzer.analyze(story);
      const text = edit(story);
      same(analyzer.analyze(text), analyze(text));
      assert.equal(analyzer.lastNamesUpdated, 1);
      return analyzer.lastAttributionsTakenOver === 1;
    };
    for (const [what, edit, expected] of cases) assert.equal(attributionsTaken(TOWN, edit), expected, what);
    // `He` is whoever was named last: a typo in that name changes who spoke, far from the edit.
    const pronoun = 'Plan passes\n\nThe city budget passed on Tuesday.\n\nThe vote ran late. Tom Smith arrived at nine.\n\nHe said the plan was fair.\n';
    assert.ok(analyze(pronoun).attributions.some((a) => a.speaker === 'person:tom-smith'));
    assert.equal(attributionsTaken(pronoun, insert('Tom Smi', 'x')), false, 'a typo in the name of the person a pronoun means');
    assert.equal(attributionsTaken(pronoun, insert('arrived at nine', ' with Dana Ruskin')), false, 'a person named after them');
    // A person named before them changes nothing `He` means.
    const earlier = pronoun.replace('passed on Tuesday.', 'passed on Tuesday. Dana Ruskin voted no.');
    assert.equal(attributionsTaken(earlier, insert('Dana Rusk', 'x')), true, 'a typo in the name of a person named before the one a pronoun means');
  });

  test('a person named in full, and then by a lone surname, is updated where no one else is called by the words they share', () => {
    const union = 'Union backs deal\n\nUnion leader Tom Smith spoke on Monday. Tom Jones, a shop steward, agreed.\n\nLater Tom Smith, the union president, said the deal was fair. Smith said he would sign.\n';
    const smith = (text: string) => analyze(text).clusters.find((e) => e.id === 'person:tom-smith');
    assert.deepEqual(smith(union)?.aliases, ['Smith'], 'the lone surname is Tom Smith');
    // Named in full again where it was, only a word of its role changed: whom `Smith` means stays.
    assert.equal(way(insert('the union pres', 'x'), union), 'updated', 'a word of the role of a later full naming');
    // `Tom` is two people's, but no one is called `Tom` alone: a lone `Smith` is Tom Smith's,
    // made again when the words around it change (its cue misspelled).
    assert.equal(way(insert('fair. Smith sai', 'x'), union), 'updated', 'a word after the lone surname');
  });

  test('what the story says of a key or a lone word, changed, updates the names elsewhere that read it when they come out as they were', () => {
    // `repairs in Peoria` types the key most strongly; `Peoria would lose` stays a place without it.
    assert.equal(way(insert('repairs in Peor', 'x')), 'updated', 'a typo in the strongest naming of a place named again');
    assert.ok(analyze(insert('repairs in Peor', 'x')(TOWN)).clusters.some((e) => e.name === 'Peoria' && e.type === 'place'));
    // The role makes the first full naming the strongest; the second is a person by its own words.
    const fashion = 'Fashion week opens\n\nThe designer Christian Lacroix showed his new line on Monday.\n\nChristian Lacroix said the collection was his best.\n';
    assert.equal(way((t) => t.replace('The designer', 'The dexsigner'), fashion), 'updated', 'the strongest naming of a person named in full again');
    // `Quorvale` used alone no more: the titled full name is a person all the same.
    const titled = 'Council backs budget\n\nOfficials met Mayor Vekka Quorvale on Monday. Analysts expected it.\n\nThe plan, Quorvale said, was fair.\n';
    assert.equal(way(insert('plan, Quorv', 'x'), titled), 'updated', 'a word no longer used alone, ending a full name typed by its own words');
  });

  test('a person’s only full naming dropped leaves their lone surname a person of its own, with the role it gives', () => {
    const mayor = 'Council backs budget\n\nOfficials met Mayor Vekka Quorvale on Monday. Analysts expected it.\n\nThe plan, Quorvale said, was fair. Quorvale, the mayor, left.\n';
    const joined = (t: string) => t.replace('Vekka Quorvale', 'VekkaQuorvale');
    assert.deepEqual(analyze(mayor).clusters.map((e) => e.id), ['person:vekka-quorvale']);
    assert.deepEqual(analyze(joined(mayor)).clusters.map((e) => `${e.id} ${e.role}`), ['person:vekkaquorvale Mayor', 'person:quorvale the mayor']);
    assert.equal(way(joined, mayor), 'updated', 'the space of the full name deleted');
    // Someone else named in full by the surname: whom `Quorvale` means is read afresh.
    const sisters = 'Council backs budget\n\nOfficials met Mayor Vekka Quorvale on Monday. Dana Quorvale, her sister, came too.\n\nThe plan, Quorvale said, was fair.\n';
    assert.equal(way(joined, sisters), 'read', 'another person named in full by the surname');
    // A lone surname that was a person only as a word of the full name is no name without it.
    const wanted = 'Council backs budget\n\nOfficials met Mayor Vekka Quorvale on Monday. Analysts expected it.\n\nThe plan was what Quorvale wanted.\n';
    assert.ok(analyze(wanted).clusters.some((e) => e.aliases.includes('Quorvale')));
    assert.ok(!analyze(joined(wanted)).clusters.some((e) => e.name === 'Quorvale' || e.aliases.includes('Quorvale')));
    assert.equal(way(joined, wanted), 'read', 'a lone surname typed otherwise');
  });

  test('names whose change reaches other names read the story afresh', () => {
    const cases: [string, (text: string) => string][] = [
      ['a typo in a full name whose surname is used alone', insert('Ana Ru', 'x')],
      ['a typo in the name an acronym abbreviates', insert('National Educ', 'x')],
    ];
    for (const [what, edit] of cases) assert.equal(way(edit), 'read', what);
    // Names elsewhere typed otherwise by the change: the later `Quorvale` is a person only by the
    // governor's naming, and `Vekka Quorvale` only by `Quorvale` used alone.
    const governor = 'Council backs budget\n\nGov. Quorvale spoke on Monday. Analysts expected it.\n\nOfficials said Quorvale backed the plan.\n';
    const lone = 'Council backs budget\n\nOfficials met Vekka Quorvale on Monday. Analysts expected it.\n\nThe plan, Quorvale said, was fair.\n';
    const retyped: [string, string, (text: string) => string, string][] = [
      ['the strongest naming of a key that another name is typed by', governor, insert('Gov. Quorv', 'x'), 'Quorvale'],
      ['a word no longer used alone that typed a full name', lone, insert('plan, Quorv', 'x'), 'Vekka Quorvale'],
    ];
    // As strong and of different types, the first naming types the key: swapping the paragraphs
    // (one edit, as moving a line up sends it) swaps it, though no name was dropped or added.
    const company = 'The company Zorbex opened a plant on Monday.';
    const founder = 'The entrepreneur Zorbex spoke at the event.';
    const zorbex = `Zorbex news\n\n${company}\n\n${founder}\n\nOfficials met Zorbex there.\n`;
    const swap = (t: string) => t.replace(`${company}\n\n${founder}`, `${founder}\n\n${company}`);
    const lastType = (t: string) => analyze(t).entities.filter((m) => m.text === 'Zorbex').pop()?.type;
    assert.deepEqual([lastType(zorbex), lastType(swap(zorbex))], ['organization', 'person']);
    assert.equal(way(swap, zorbex), 'read', 'two namings as strong swapped');
    for (const [what, story, edit, name] of retyped) {
      assert.ok(analyze(story).clusters.some((e) => e.name === name), `${what}: named before`);
      assert.ok(!analyze(edit(story)).clusters.some((e) => e.name === name), `${what}: typed otherwise after`);
      assert.equal(way(edit, story), 'read', what);
    }
    // `Okafur` is a person only while the story names someone `Okafor`.
    const sports = 'Lions win again\n\nThe team beat the visitors on Sunday. Terrence Okafor scored twice.\n\nOkafur returned from injury last month.\n';
    assert.ok(analyze(sports).clusters.some((e) => e.name === 'Okafur'));
    assert.equal(way(insert('Terrence Okaf', 'x'), sports), 'read', 'a typo in a person’s name that another is read as misspelling');
  });

  test('a block of many names pasted in is read afresh', () => {
    const block = (n: number) => Array.from({ length: n }, () => 'Repairs in Peoria and Decatur went on.').join(' ');
    assert.equal(way(insert('Analysts expected it.', ` ${block(4)}`)), 'updated', 'a few names the story has already');
    assert.equal(way(insert('Analysts expected it.', ` ${block(40)}`)), 'read', 'eighty of them');
  });

  test('random typos in the names of a long story come out as from scratch, most without clustering again', () => {
    const analyzer = new Analyzer(0);
    let text = DIGEST;
    analyzer.analyze(text);
    let seed = 5;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const pieces = ['x', ' ', 'e', 'Smith', ' Paris', ' IBM', '-', ' Jones', 'Jones ', ' said'];
    let updated = 0;
    for (let i = 0; i < 200; i++) {
      const names = [...text.matchAll(/[A-Z][a-z]+/g)];
      const name = names[Math.floor(random() * names.length)]!;
      const at = name.index! + Math.floor(random() * (name[0].length + 1));
      const piece = pieces[Math.floor(random() * pieces.length)]!;
      text = random() < 0.3 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + piece + text.slice(at);
      same(analyzer.analyze(text), analyze(text));
      updated += analyzer.lastNamesUpdated;
    }
    assert.ok(updated >= 30, `entities updated after ${updated} of 200 edits`);
  });
});

describe('rules asked only about the paragraph an edit changed', () => {
  const STORY = [
    'Council backs budget',
    '',
    'SPRINGFIELD, Ill. (AP) — Mayor Ana Ruiz said Tuesday that the city budget would pass.',
    '',
    '12 members voted for the plan, and critics say it is too costly.',
    '',
    "Sales rose 40% last year to the highest level since the 1990's.",
    '',
    '“We will build the bridge and the road before winter comes.”',
    '',
    'The mayor claimed that the the plan was fair. She wrote in an e-mail on Monday, Aug. 13, 2024.',
    '',
    'The library hours stay the same. Work starts at 10:00 a.m. on June 5th, and a hour later last Tuesday.',
    '',
    'Published at Mon, 12 Aug 2024 22:47:30 +0000',
    '',
  ].join('\n');
  const LOCAL = RULES.filter((r) => r.paragraphLocal).map((r) => r.id);
  const insert = (after: string, what: string) => (text: string) => text.replace(after, after + what);

  /** How many rules each edit (made to `story` opened as a long story) asked only about the
   *  paragraph it changed, each result checked against an analysis from scratch. */
  function rulesInPart(story: string, ...edits: ((text: string) => string)[]): number[] {
    return edits.map((edit) => {
      const analyzer = new Analyzer(0); // every story counts as long: its sentences' work is kept
      analyzer.analyze(story);
      const text = edit(story);
      assert.notEqual(text, story, 'the edit changes the text');
      same(analyzer.analyze(text), analyze(text));
      return analyzer.lastRulesInPart;
    });
  }

  test('the story has findings of most rules that read a paragraph at a time', () => {
    const found = new Set(analyze(STORY).findings.map((f) => f.rule));
    assert.ok(LOCAL.filter((id) => found.has(id)).length >= 12, `findings of ${[...found].join(', ')}`);
  });

  test('an edit inside a paragraph, finding nothing, a finding more or one less, leaves the rest of the story’s findings moved', () => {
    const edits = [
      insert('libr', 'x'), // a paragraph with no findings before the others end
      insert('The library hours stay the same. ', '7 '), // a figure now starts a sentence
      (t: string) => t.replace('the the plan', 'the plan'), // a doubled word gone
      (t: string) => t.replace('Monday, Aug. 13', 'Tuesday, Aug. 13'), // a weekday put right
      insert('it is too', 'x'), // a word in a paragraph whose findings stay
      insert('Sales rose 4', '5'), // a figure inside a claim
      insert('Council backs', 'x'), // the headline
    ];
    assert.deepEqual(rulesInPart(STORY, ...edits), edits.map(() => LOCAL.length));
  });

  test('so does one that changes a cue or a quotation, the attributions read again coming out the same around it', () => {
    const edits = [
      insert('Ruiz sai', 'x'), // a cue no longer
      insert('The mayor claim', 'x'), // a loaded verb no longer
      insert('We will bui', 'x'), // inside a quotation
      insert('too costly', ', he said'), // a new cue
    ];
    for (const edit of edits) {
      const analyzer = new Analyzer(0);
      analyzer.analyze(STORY);
      analyzer.analyze(edit(STORY));
      assert.equal(analyzer.lastAttributionsTakenOver, 0, 'the attribution pass runs again');
    }
    assert.deepEqual(rulesInPart(STORY, ...edits), edits.map(() => LOCAL.length));
  });

  test('an edit outside one paragraph, or one whose attributions or dates change around it, asks every rule about the whole story', () => {
    const edits = [
      (t: string) => t.replace('Council backs', 'Council\nbacks'), // the headline broken over two lines
      insert('too costly.', '\n\nA new paragraph.'), // paragraphs added
      (t: string) => t.replace('The library hours', 'The library\n\nhours'), // a paragraph split
      (t: string) => t.replace('Mon, 12 Aug 2024', 'Tue, 13 Aug 2024'), // published anew
    ];
    assert.deepEqual(rulesInPart(STORY, ...edits), edits.map(() => 0));
    // A person named before a `she said` in the next paragraph: who said it changes there.
    const pronoun = ['Plan passes', '', 'Mayor Ana Ruiz spoke first at the meeting on Tuesday.', '', 'The plan is fair and the budget is sound, she said.', ''].join('\n');
    assert.deepEqual(rulesInPart(pronoun, insert('spoke first', ', and Gov. Kim Lee spoke second'), insert('the meet', 'x')), [0, LOCAL.length]);
    // A byline that becomes copy takes the dateline, and a sentence's start, to the next paragraph.
    const byline = 'Storm hits coast\nBy Jane Doe\nWASHINGTON (AP) — 12 people were hurt.\n';
    assert.deepEqual(rulesInPart(byline, insert('Doe', '!')), [0]);
    assert.deepEqual(rulesInPart(byline.replace('Doe', 'Doe!'), (t) => t.replace('Doe!', 'Doe')), [0]);
  });

  test('edits at a paragraph’s first and last characters, in CRLF copy and in wrapped copy, one after another on one analyzer', () => {
    const wrapped = [
      'Residents gathered at the bridge on Monday morning, and the mayor said',
      'that the bridge was safe and that all the repairs had been done in May,',
      'before the inspectors found the cracks that 12 engineers warned about.',
    ].join('\n');
    const stories = [STORY, STORY.replace(/\n/g, '\r\n'), `Bridge plan\n\n${wrapped}\n\n${wrapped.replace('12 ', 'the ')}\n\n${wrapped}\n`];
    assert.equal(analyze(stories[2]!).file.stories[0]!.layout, 'wrapped');
    for (const story of stories) {
      const analyzer = new Analyzer(0);
      analyzer.analyze(story);
      let text = story;
      const paragraphs = analyze(story).file.stories[0]!.paragraphs;
      // Each paragraph's first character, its last, and a word in its middle, from the last paragraph up.
      for (const p of [...paragraphs].reverse()) {
        for (const at of [p.start, p.end, (p.start + p.end) >> 1]) {
          text = text.slice(0, at) + 'x' + text.slice(at);
          same(analyzer.analyze(text), analyze(text));
          assert.equal(analyzer.lastRulesInPart, LOCAL.length, `typing at ${at} of ${JSON.stringify(text.slice(p.start, p.end + 1))}`);
        }
      }
    }
  });

  test('a finding that reaches across the edited paragraph’s edge has its rule asked about the whole story', () => {
    const story = ['Bridge plan', '', 'Officials met on Tuesday. “We will build the bridge and the road,', '', '“and we will pay for all of it before the winter comes.” The library stays open.', '', 'Work starts in June.', ''].join('\n');
    const quote = analyze(story).findings.find((f) => f.rule === 'attribution/unattributed-quote');
    assert.ok(quote && story.slice(quote.start, quote.end).includes('\n'), 'an unattributed quotation over two paragraphs');
    // In the paragraph it starts in, in the one it ends in, and in one after it.
    assert.deepEqual(rulesInPart(story, insert('Officials me', 'x'), insert('The libr', 'x'), insert('Work sta', 'x')), [LOCAL.length - 1, LOCAL.length - 1, LOCAL.length]);
  });
});

describe('how much an edit re-analyses', () => {
  test('an edit inside one story re-analyses that story only', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(DIGEST);
    assert.equal(analyzer.lastAnalysed, analyze(DIGEST).file.stories.length, 'every story the first time');
    const at = DIGEST.indexOf('Fights over the library');
    analyzer.analyze(DIGEST.slice(0, at) + 'X' + DIGEST.slice(at));
    assert.equal(analyzer.lastAnalysed, 1);
  });

  test('an edit inside one sentence of a long story re-reads that sentence only', () => {
    const story = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8');
    const analyzer = new Analyzer(0); // every story counts as long: the seed is short
    analyzer.analyze(story);
    const sentences = analyze(story).attribution.sentences.length;
    assert.ok(analyzer.lastSentencesRead >= sentences, 'every sentence when opened');
    const at = story.indexOf('Kirby');
    assert.ok(at > 0);
    analyzer.analyze(story.slice(0, at) + 'John ' + story.slice(at));
    assert.equal(analyzer.lastAnalysed, 1, 'the story is analysed again');
    assert.equal(analyzer.lastSentencesRead, 1, 'but only the edited sentence is read again');
    assert.equal(analyzer.lastParagraphsSplit, 1, 'and only its paragraph split into sentences again');
    assert.equal(analyzer.lastParagraphsByText, 1, 'the others are found where they stood, not by their text');
  });

  test('a new paragraph of two sentences is all an edit re-reads', () => {
    const story = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8');
    const analyzer = new Analyzer(0); // every story counts as long: the seed is short
    analyzer.analyze(story);
    const at = story.indexOf('\n', story.indexOf('Kirby')) + 1;
    analyzer.analyze(story.slice(0, at) + '\nThe council met on Tuesday. It voted 5-2.\n' + story.slice(at));
    assert.equal(analyzer.lastSentencesRead, 2);
    assert.equal(analyzer.lastParagraphsSplit, 1, 'the new paragraph is the only one split');
  });

  test('a long story keeps its sentences from its first reading; the command line keeps none', () => {
    const story = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8');
    const sentences = analyze(story).attribution.sentences.length;
    const analyzer = new Analyzer(0); // every story counts as long: the seed is short
    const opened = analyzer.analyze(story);
    assert.ok(analyzer.sentencesKept >= sentences, 'opening keeps every sentence');
    same(analyzer.analyze(story), opened);
    assert.equal(analyzer.lastAnalysed, 0, 'the same text is not read again');
    const edited = story.replace('Kirby', 'Kirbie');
    same(analyzer.analyze(edited), analyze(edited));
    assert.equal(analyzer.lastSentencesRead, 1, 'the first edit re-reads one sentence');

    const once = new Analyzer(0, true); // as `analyze` reads a file for the command line
    once.analyze(story);
    assert.equal(once.sentencesKept, 0);
  });

  test('a sentence written twice keeps each place, as edits move the tokens they share', () => {
    // The same sentences at several places share their cached work; each must still be read
    // where it stands, before and after an edit moves one of them and not the other.
    const repeated = 'Ana Ruiz said the plan would cost $5 million. Critics say it is too late.';
    const story = `Budget vote\n\nCITY (AP) — ${repeated} The council met Tuesday.\n\n${repeated}\n\nLater, Ruiz said: “${repeated}”\n\n${repeated}\nPublished at Mon, 12 Aug 2024 22:47:30 +0000\n`;
    const analyzer = new Analyzer(0); // every story counts as long: the sentences' work is kept
    analyzer.analyze(story);
    let text = story;
    for (const at of [text.indexOf('council'), text.indexOf('Later'), text.lastIndexOf('Critics'), 20]) {
      text = text.slice(0, at) + 'Meanwhile, ' + text.slice(at);
      same(analyzer.analyze(text), analyze(text));
    }
    assert.equal(analyzer.lastSentencesRead, 1, 'the repeated sentences were read from the cache');
  });

  test('a paragraph split after a dateline is kept apart from the same words without one', () => {
    const body = 'The mayor spoke. He left early.';
    const analyzer = new Analyzer(0);
    for (const text of [`Headline\n\nLONDON (AP) — ${body}\n`, `Headline\n\n${body}\n\nLONDON (AP) — ${body}\n`]) {
      const cached = analyzer.analyze(text);
      assert.deepEqual(JSON.parse(JSON.stringify(cached)), JSON.parse(JSON.stringify(analyze(text))), 'cached parse equals a fresh one');
    }
  });

  test('a paragraph found where it stood is the same paragraph only if its sentences start where they did', () => {
    // Deleting the line before it makes the second paragraph the first of the body: its
    // dateline is found, and its sentences begin after it, though its place and text are the same.
    const body = 'LONDON (AP) — The mayor spoke. He left early.';
    const before = `Headline\n\nA line before.\n\n${body}\n\nMore to come.\n`;
    const after = before.replace('A line before.\n\n', '');
    const analyzer = new Analyzer(0); // every story counts as long: the sentences' work is kept
    analyzer.analyze(before);
    assert.equal(analyze(before).file.stories[0]!.dateline, null, 'no dateline while a paragraph comes first');
    same(analyzer.analyze(after), analyze(after));
    assert.ok(analyze(after).file.stories[0]!.dateline, 'a dateline once it is first');
    assert.equal(analyzer.lastParagraphsByText, 1, 'the next paragraph is still found where it stood');
  });

  test('the work of sentences no longer in the text is let go after the next analysis', () => {
    const first = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8');
    const second = readFileSync(join(SEEDS, 'city-council-budget.article'), 'utf8');
    const analyzer = new Analyzer(0); // every story counts as long: the sentences' work is kept
    analyzer.analyze(first);
    const firstKept = analyzer.sentencesKept;
    assert.ok(firstKept > 20, `the first story's sentences are kept (${firstKept})`);
    analyzer.analyze(second);
    const alone = new Analyzer(0);
    alone.analyze(second);
    assert.ok(alone.sentencesKept > 0);
    assert.equal(analyzer.sentencesKept, alone.sentencesKept, 'then only the second story’s');
  });

  test('a long story keeps its sentences’ work while edits fall in the other stories of its file', () => {
    const long = readFileSync(join(SEEDS, 'musk-trump-x-and-iran.article'), 'utf8').split('Published at')[0]!;
    const short = 'Council vote\n\nSPRINGFIELD, Ill. (AP) — The council met on Monday.\nPublished at Mon, 12 Aug 2024 22:47:30 +0000\n';
    const analyzer = new Analyzer(long.length - 1); // the long story alone keeps its sentences' work
    let text = short + long;
    analyzer.analyze(text);
    const kept = analyzer.sentencesKept;
    assert.ok(kept > 20);
    for (const word of ['council', 'Monday', 'met']) {
      text = text.replace(word, `${word}s`);
      same(analyzer.analyze(text), analyze(text));
      assert.equal(analyzer.lastAnalysed, 1, 'the short story alone is read again');
      assert.equal(analyzer.sentencesKept, kept, 'and the long one keeps its sentences');
    }
    const at = text.indexOf('Kirby');
    text = text.slice(0, at) + 'John ' + text.slice(at);
    same(analyzer.analyze(text), analyze(text));
    assert.equal(analyzer.lastSentencesRead, 1, 'an edit in the long story re-reads one sentence');
    assert.equal(analyzer.lastParagraphsByText, 1, 'its other paragraphs are found where they stood');
  });

  test('analysing the same text again re-analyses nothing', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(DIGEST);
    analyzer.analyze(DIGEST);
    assert.equal(analyzer.lastAnalysed, 0);
  });

  test('typing in one story asks nothing again of the stories after it while their earlier people stay the same', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(DIGEST);
    const at = DIGEST.indexOf('budget');
    const edited = DIGEST.slice(0, at) + 'x' + DIGEST.slice(at);
    const result = analyzer.analyze(edited);
    assert.equal(analyzer.lastAnalysed, 1, 'the edited story');
    assert.equal(analyzer.lastRechecked, 0, 'no later story is checked against earlier people again');
    same(result, analyze(edited));
  });

  test('a story that names a new person in full has the stories after it checked again', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(DIGEST);
    const stories = analyze(DIGEST).file.stories;
    const second = stories[1]!.paragraphs[0]!.end;
    const edited = DIGEST.slice(0, second) + ' Mayor Dana Ruskin agreed.' + DIGEST.slice(second);
    const result = analyzer.analyze(edited);
    assert.equal(analyzer.lastRechecked, stories.length - 2, 'every story after the edited one');
    same(result, analyze(edited));
  });

  test('a story deleted whole: the story after it no longer links to a person only the deleted one named', () => {
    const first = 'Budget talks\nThe vote was close.\nPublished at Mon, 12 Aug 2024 12:00:00 +0000\n';
    const deleted = 'City hall\nMayor Dana Ruskin said the vote was close.\nPublished at Mon, 12 Aug 2024 13:00:00 +0000\n';
    const last = 'Second story\nRuskin spoke again on Tuesday.';
    const analyzer = new Analyzer();
    analyzer.analyze(first + deleted + last);
    same(analyzer.analyze(first + last), analyze(first + last));
  });

  test('deleting and repeating whole stories, 60 times at random', () => {
    const next = random(17);
    const storiesOf = (text: string) => analyze(text).file.stories.map((s) => text.slice(s.start, s.end));
    const pool = storiesOf(DIGEST);
    let stories = [...pool];
    const analyzer = new Analyzer();
    analyzer.analyze(stories.join('\n'));
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(next() * stories.length);
      if (next() < 0.5 && stories.length > 1) stories.splice(at, 1);
      else stories.splice(at, 0, pool[Math.floor(next() * pool.length)]!);
      const text = stories.join('\n');
      same(analyzer.analyze(text), analyze(text));
    }
  });

  test('the stories of the text before the last edit are kept, so undoing it re-analyses nothing', () => {
    const analyzer = new Analyzer(0);
    const edited = DIGEST.replace('budget', 'budgets');
    analyzer.analyze(DIGEST);
    analyzer.analyze(edited);
    same(analyzer.analyze(DIGEST), analyze(DIGEST));
    assert.equal(analyzer.lastAnalysed, 0);
  });

  test('a new full name in an earlier story re-analyses a later story that names that surname alone', () => {
    const text = 'First story\nThe vote was close.\nPublished at Mon, 12 Aug 2024 12:00:00 +0000\nSecond story\nRuskin spoke again on Tuesday.';
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    const edited = text.replace('The vote was close.', 'Mayor Dana Ruskin said the vote was close.');
    const result = analyzer.analyze(edited);
    assert.equal(analyzer.lastAnalysed, 2);
    same(result, analyze(edited));
    assert.equal(result.entities.filter((m) => m.text.includes('Ruskin')).map((m) => m.id).length, 2);
  });
});
