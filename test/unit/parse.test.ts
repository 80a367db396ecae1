import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { outlineFile, parseArticleFile, publishedLines } from '../../server/src/analysis/article/parse';
import type { Story } from '../../server/src/analysis/article/model';
import { lines } from './helpers';

const STORY_A = [
  'Council passes budget after late-night session',
  'BUTLER, Pa. (AP) — The Butler City Council passed a $48 million budget early Tuesday.',
  '“We did what we had to do,” Council President Ana Ruiz said.',
  'Fights over the library',
  'The library lost two positions. Ruiz said the cuts were painful.',
  'Published at Tue, 13 Aug 2024 09:15:00 +0000',
];
const STORY_B = [
  'Storm closes schools across the county',
  'Schools will stay closed on Wednesday, officials said.',
  'Published at Tue, 13 Aug 2024 11:00:00 +0000',
];

/** What a reader of the outline sees of a story. */
function summary(copy: string, s: Story) {
  return {
    headline: s.headline.text,
    dateline: s.dateline?.text ?? null,
    kinds: s.paragraphs.map((p) => p.kind),
    subheads: s.paragraphs.filter((p) => p.kind === 'subhead').map((p) => copy.slice(p.start, p.end)),
    published: s.published?.iso ?? null,
    layout: s.layout,
  };
}

function parse(text: string) {
  const { file, copy } = parseArticleFile(text);
  return { file, copy, stories: file.stories.map((s) => summary(copy, s)) };
}

const STORY_A_SUMMARY = {
  headline: 'Council passes budget after late-night session',
  dateline: 'BUTLER, Pa. (AP) —',
  kinds: ['body', 'body', 'subhead', 'body'],
  subheads: ['Fights over the library'],
  published: '2024-08-13T09:15:00Z',
  layout: 'lines',
};
const STORY_B_SUMMARY = {
  headline: 'Storm closes schools across the county',
  dateline: null,
  kinds: ['body'],
  subheads: [],
  published: '2024-08-13T11:00:00Z',
  layout: 'lines',
};

describe('parseArticleFile: the file shapes newsrooms produce', () => {
  test('two stories, each closed by its published line', () => {
    assert.deepEqual(parse(lines('\n', ...STORY_A, ...STORY_B)).stories, [STORY_A_SUMMARY, STORY_B_SUMMARY]);
  });

  test('CRLF line ends give the same model as LF, offsets shifted by the extra characters', () => {
    const lf = parse(lines('\n', ...STORY_A, ...STORY_B));
    const crlf = parse(lines('\r\n', ...STORY_A, ...STORY_B));
    assert.deepEqual(crlf.stories, lf.stories);
    const second = crlf.file.stories[1]!;
    assert.equal(crlf.copy.slice(second.headline.start, second.headline.end), STORY_B[0]);
  });

  test('a blank line after the headline and between paragraphs', () => {
    const text = lines('\n', STORY_A[0]!, '', STORY_A[1]!, '', STORY_A[2]!, '', STORY_A[3]!, '', STORY_A[4]!, '', STORY_A[5]!);
    assert.deepEqual(parse(text).stories, [STORY_A_SUMMARY]);
  });

  test('no published line: the whole file is one story', () => {
    const text = lines('\n', ...STORY_A.slice(0, 5));
    assert.deepEqual(parse(text).stories, [{ ...STORY_A_SUMMARY, published: null }]);
  });

  test('a story ends at its published line even with blank lines around', () => {
    const text = lines('\n', '', ...STORY_A, '', '', ...STORY_B, '', '');
    assert.deepEqual(parse(text).stories, [STORY_A_SUMMARY, STORY_B_SUMMARY]);
  });

  test('an empty file, and a file of blank lines, have no stories', () => {
    for (const text of ['', '\n\n  \n', '\r\n']) assert.deepEqual(parse(text).file.stories, []);
  });

  test('a published line with nothing above it is kept as stray, not a story', () => {
    const { file } = parse(lines('\n', 'Published at Mon, 12 Aug 2024 22:47:30 +0000', ...STORY_B));
    assert.equal(file.strayPublished.length, 1);
    assert.deepEqual(file.stories.map((s) => s.headline.text), [STORY_B[0]]);
  });

  test('a byte order mark is not part of the headline, and offsets still index the text', () => {
    const text = '\uFEFF' + lines('\n', ...STORY_B);
    const { file, stories } = parse(text);
    assert.equal(file.bom, true);
    assert.deepEqual(stories, [STORY_B_SUMMARY]);
    assert.equal(file.stories[0]!.headline.start, 1);
  });

  test('hard-wrapped wire copy: title, blank line, wrapped paragraphs marked by indents', () => {
    const text = lines(
      '\n',
      'BAHIA COCOA CROP SEEN LOWER',
      '',
      'SALVADOR, Feb 26 - Showers continued throughout the week in the',
      'cocoa zone, easing the drought since early January, a trade',
      'house said in its weekly review.',
      '    The dry spell means the main crop will be late this year,',
      'it said, and arrivals fell to 155,221 bags in the week.',
      '    Exporters said sales were light.',
    );
    const { stories, file, copy } = parse(text);
    assert.deepEqual(stories, [
      { headline: 'BAHIA COCOA CROP SEEN LOWER', dateline: 'SALVADOR, Feb 26 -', kinds: ['body', 'body', 'body'], subheads: [], published: null, layout: 'wrapped' },
    ]);
    const first = file.stories[0]!.paragraphs[0]!;
    assert.match(copy.slice(first.start, first.end), /^SALVADOR.*weekly review\.$/s);
    assert.equal(file.stories[0]!.paragraphs[1]!.sentences.length, 1, 'a sentence runs over the wrapped line');
  });

  test('wrapped copy with a table of figures: short lines with digits are not subheads', () => {
    const text = lines(
      '\n',
      'ACME CORP <ACM> 4TH QTR NET',
      '',
      'CHICAGO, March 2 - Acme Corp said its fourth-quarter profit',
      'rose on higher sales of machine tools to carmakers and to',
      'aircraft makers in the region.',
      '    Shr 25 cts vs 19 cts',
      '    Net 2,400,000 vs 1,800,000',
      '    Revs 40.1 mln vs 35.2 mln',
    );
    assert.deepEqual(parse(text).stories[0]!.kinds, ['body', 'body', 'body', 'body']);
  });

  test('blank-line paragraphs (one paragraph a line, blank lines between)', () => {
    const text = lines('\n', 'Ad sales lift profits at media group', '', 'Quarterly profits jumped 76% to $1.13bn.', '', 'The firm said sales rose 2%.', '');
    const { stories } = parse(text);
    assert.deepEqual(stories[0]!.kinds, ['body', 'body']);
    assert.equal(stories[0]!.layout, 'lines');
  });

  test('editor notes are not copy: not in word counts, not paragraphs, offsets kept', () => {
    const plain = lines('\n', ...STORY_B);
    const noted = lines('\n', STORY_B[0]!, '<!-- check the count with the district -->', STORY_B[1]! + ' <!-- TK: name -->', STORY_B[2]!);
    const a = parseArticleFile(plain).file.stories[0]!;
    const b = parseArticleFile(noted);
    const story = b.file.stories[0]!;
    assert.equal(story.words, a.words);
    assert.equal(story.paragraphs.length, 1);
    assert.equal(b.file.notes.length, 2);
    assert.equal(b.copy.length, noted.length);
    assert.equal(noted.slice(b.file.notes[0]!.start, b.file.notes[0]!.end), '<!-- check the count with the district -->');
  });

  test('a multi-line editor note keeps the line structure', () => {
    const text = lines('\n', STORY_B[0]!, '<!-- first line', 'second line -->', STORY_B[1]!, STORY_B[2]!);
    const { stories } = parse(text);
    assert.deepEqual(stories, [STORY_B_SUMMARY]);
  });

  test('an unclosed editor note ends at the end of its line', () => {
    const text = lines('\n', STORY_B[0]!, '<!-- TK check this', STORY_B[1]!, STORY_B[2]!);
    const { file, stories } = parse(text);
    assert.equal(file.notes[0]!.closed, false);
    assert.deepEqual(stories, [STORY_B_SUMMARY]);
  });

  test('embeds: a pasted post and its signature line are not body copy', () => {
    const text = lines(
      '\n',
      'Musk and Trump talk on X',
      'The conversation began late on Monday, organizers said.',
      'Great start tonight <a href="https://t.co/abc">pic.twitter.com/abc</a>',
      '—@someaccount',
      'https://example.com/live',
      'More than a million people listened, according to a counter.',
    );
    assert.deepEqual(parse(text).stories[0]!.kinds, ['body', 'embed', 'embed', 'embed', 'body']);
  });

  test('embed links are found in any case, and a paragraph that only names a website is copy', () => {
    const text = lines(
      '\n',
      'Posts from the rally',
      'The crowd grew through the evening, organizers said.',
      'Look at this crowd PIC.TWITTER.COM/Abc123',
      'Photos from the stage: Instagram.Com/p/xyz',
      '<BLOCKQUOTE>Doors open at six</BLOCKQUOTE>',
      'The campaign posted the schedule on Example.com and on its app.',
      'Tickets sold out, the organizers said. The .COMmittee met later.',
    );
    assert.deepEqual(parse(text).stories[0]!.kinds, ['body', 'embed', 'embed', 'embed', 'body', 'body']);
  });

  test('a byline above the first paragraph; the dateline is read after it', () => {
    const text = lines('\n', 'Flood waters recede in river towns', 'By Jane Doe and John Roe', 'ST. LOUIS (AP) — The river fell two feet overnight.');
    const { stories } = parse(text);
    assert.deepEqual(stories[0]!.kinds, ['byline', 'body']);
    assert.equal(stories[0]!.dateline, 'ST. LOUIS (AP) —');
  });

  test('subheads: short, no closing punctuation, between body paragraphs only', () => {
    const text = lines(
      '\n',
      'Headline here',
      'First paragraph of copy.',
      'What comes next?',
      'Second paragraph of copy.',
      'This line has a period.',
      'A last line without punctuation',
    );
    assert.deepEqual(parse(text).stories[0]!.kinds, ['body', 'subhead', 'body', 'body', 'body']);
  });

  test('word count covers body and subheads, not the headline, embeds or bylines', () => {
    const text = lines('\n', 'Five words in this headline', 'By Jane Doe', 'One two three four.', 'Sub head', 'Kim Jong-un’s U.S. trip cost 1.3 million.', '—@handle');
    // One two three four (4) + Sub head (2) + Kim Jong-un’s U.S. trip cost 1.3 million (7)
    assert.equal(parseArticleFile(text).file.stories[0]!.words, 13);
  });

  test('quotes are found in the headline and body, not in embeds', () => {
    const text = lines('\n', 'Mayor says ‘enough’ to delays', '“We will build it,” the mayor said.', 'Post <a href=”https://t.co/x″>pic.twitter.com/x</a>');
    const { file, copy } = parseArticleFile(text);
    const story = file.stories[0]!;
    assert.deepEqual(story.quotes.map((q) => copy.slice(q.content.start, q.content.end)), ['enough', 'We will build it,']);
    assert.deepEqual(story.quoteProblems, []);
  });
});

describe('outlineFile: where the stories are, before any is parsed', () => {
  /** Each story's range trimmed to its copy, from the outline and from the full parse. */
  const ranges = (text: string) => {
    const full = parseArticleFile(text);
    const parsed = full.file.stories.map((s) => full.copy.slice(s.start, s.end).trim());
    const outline = outlineFile(text);
    return { parsed, outlined: outline.stories.map((r) => outline.copy.slice(r.start, r.end).trim()), stray: [outline.strayPublished.length, full.file.strayPublished.length] };
  };
  /** Name, text, how many stories it holds. */
  const cases: [string, string, number][] = [
    ['two stories', lines('\n', ...STORY_A, ...STORY_B), 2],
    ['CR-only line ends', [...STORY_A, ...STORY_B].join('\r'), 2],
    ['CRLF and blank lines of other spaces', ['', '\u00a0', ...STORY_A, ' \t', ...STORY_B, '\u2003', ''].join('\r\n'), 2],
    ['“published at” inside a sentence is not a published line', lines('\n', 'Headline', 'The book was published at Oxford in 1998.', ...STORY_B), 1],
    ['a published line with nothing above it, then a story without one', lines('\n', 'Published at Tue, 13 Aug 2024 11:00:00 +0000', 'Headline', 'Body text.'), 1],
    ['no published line at all', lines('\n', 'Headline', '', 'Body text.', ''), 1],
    ['an editor note hiding a published line', lines('\n', 'Headline', 'Body.', '<!-- Published at Tue, 13 Aug 2024 11:00:00 +0000 -->', 'More body.'), 1],
    ['a line separator inside a line', lines('\n', 'Headline', 'Body\u2028Published at Tue, 13 Aug 2024 11:00:00 +0000', 'More.'), 1],
    ['empty', '', 0],
  ];
  for (const [name, text, count] of cases) {
    test(name, () => {
      const { parsed, outlined, stray } = ranges(text);
      assert.equal(outlined.length, count);
      assert.deepEqual(outlined, parsed);
      assert.equal(stray[0], stray[1]);
    });
  }
});

describe('publishedLines: the published lines whose words begin in a range', () => {
  const text = lines('\n', 'Headline one', 'Body one.', 'Published at Mon, 12 Aug 2024 22:47:30 +0000', 'Headline two', 'Body two.', 'published at Tue, 13 Aug 2024 10:00:00 +0000', '');
  const first = text.indexOf('Published at');
  const second = text.indexOf('published at');
  const found = (from: number, to: number) => [...publishedLines(text, from, to)].map((l) => text.slice(l.start, l.end));
  test('every one, over the whole text', () => {
    assert.deepEqual(found(0, text.length), ['Published at Mon, 12 Aug 2024 22:47:30 +0000', 'published at Tue, 13 Aug 2024 10:00:00 +0000']);
  });
  test('one whose words begin just before the end of the range, though they run past it', () => {
    assert.deepEqual(found(0, first + 1), ['Published at Mon, 12 Aug 2024 22:47:30 +0000']);
  });
  test('none whose words begin at the end of the range or after it', () => {
    assert.deepEqual(found(0, first), []);
    assert.deepEqual(found(text.indexOf('Headline two'), second), []);
  });
  test('only those from the start of the range on', () => {
    assert.deepEqual(found(text.indexOf('Headline two'), text.length), ['published at Tue, 13 Aug 2024 10:00:00 +0000']);
  });
});

