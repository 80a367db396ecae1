import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../server/src/analysis/article/quotes';
import type { Span } from './helpers';

/** Paragraphs are the fixture's lines. */
function scan(...paragraphs: string[]) {
  const text = paragraphs.join('\n');
  const spans: Span[] = [];
  let at = 0;
  for (const p of paragraphs) {
    spans.push({ start: at, end: at + p.length });
    at += p.length + 1;
  }
  const { quotes, problems } = findQuotes(text, spans);
  return {
    quotes: quotes.map((q) => ({ text: text.slice(q.start, q.end), content: text.slice(q.content.start, q.content.end), mark: q.mark, nested: q.nested, closed: q.closed, paragraphs: q.paragraphs })),
    problems: problems.map((p) => ({ kind: p.kind, mark: p.mark, at: p.start })),
    text,
  };
}

describe('findQuotes: quotations', () => {
  test('curly double quote with attribution after', () => {
    const { quotes, problems } = scan('“We are ready,” Ruiz said.');
    assert.deepEqual(quotes, [{ text: '“We are ready,”', content: 'We are ready,', mark: 'double', nested: false, closed: true, paragraphs: 1 }]);
    assert.deepEqual(problems, []);
  });
  test('split quote: two quotations around the attribution', () => {
    const { quotes } = scan('“First part,” Ruiz said. “Second part.”');
    assert.deepEqual(quotes.map((q) => q.content), ['First part,', 'Second part.']);
  });
  test('straight double quotes pair up', () => {
    const { quotes, problems } = scan('He called it "a clear sign" of trouble and "a warning."');
    assert.deepEqual(quotes.map((q) => q.content), ['a clear sign', 'a warning.']);
    assert.deepEqual(problems, []);
  });
  test('nested single quotes inside double quotes', () => {
    const { quotes } = scan('“You walk in, you just say: ‘You want to quit?’ They go on strike.”');
    assert.deepEqual(
      quotes.map((q) => [q.content, q.mark, q.nested]),
      [
        ['You walk in, you just say: ‘You want to quit?’ They go on strike.', 'double', false],
        ['You want to quit?', 'single', true],
      ],
    );
  });
  test('straight single quotes nested in straight double quotes', () => {
    const { quotes } = scan(`"He told me 'never again' and left," she said.`);
    assert.deepEqual(quotes.map((q) => q.content), ["He told me 'never again' and left,", 'never again']);
  });
  test('apostrophes are not quotes', () => {
    const { quotes, problems } = scan('Trump’s team said the ’90s were Musk’s and the voters’ best years, rock ’n’ roll aside.');
    assert.deepEqual(quotes.filter((q) => q.mark === 'double'), []);
    assert.deepEqual(problems, []);
  });
  test('a quotation continued over paragraphs is one quotation', () => {
    const { quotes, problems } = scan('“We will rebuild the bridge.', '“It will take two years,” the mayor said.');
    assert.deepEqual(problems, []);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.paragraphs, 2);
    assert.equal(quotes[0]!.closed, true);
    assert.match(quotes[0]!.content, /^We will rebuild the bridge\.\n“It will take two years,$/);
  });
  test('inch marks after figures are not quote marks', () => {
    const { quotes, problems } = scan('The storm dropped 12" of snow on Tuesday.');
    assert.deepEqual(quotes, []);
    assert.deepEqual(problems, []);
  });
});

describe('findQuotes: marks that do not pair', () => {
  test('an opening mark never closed, not continued by the next paragraph', () => {
    const { quotes, problems, text } = scan('“We are ready, Ruiz said.', 'The council voted 5-2.');
    assert.deepEqual(problems, [{ kind: 'unclosed', mark: '“', at: text.indexOf('“') }]);
    assert.equal(quotes[0]!.closed, false);
    assert.equal(quotes[0]!.content, 'We are ready, Ruiz said.');
  });
  test('a closing mark with nothing open', () => {
    const { problems, text } = scan('We are ready,” Ruiz said.');
    assert.deepEqual(problems, [{ kind: 'stray-close', mark: '”', at: text.indexOf('”') }]);
  });
  test('an opening mark typed where the closing one belongs, at the end of the paragraph', () => {
    const { quotes, problems, text } = scan('“You’re all gone.’ “', 'The venue was full.');
    assert.deepEqual(problems, [{ kind: 'opener-as-closer', mark: '“', at: text.lastIndexOf('“') }]);
    assert.equal(quotes.filter((q) => q.mark === 'double').length, 1);
  });
  test('a closing mark typed where the opening one belongs', () => {
    const { problems, quotes } = scan('He said ”never” twice.');
    assert.deepEqual(problems.map((p) => p.kind), ['closer-as-opener']);
    assert.equal(quotes[0]!.content, 'never');
  });
  test('an opening mark inside an open quotation closes the earlier one as unclosed', () => {
    const { problems, quotes } = scan('“First part, Ruiz said. “Second part.”');
    assert.deepEqual(problems.map((p) => p.kind), ['unclosed']);
    assert.deepEqual(quotes.map((q) => q.content), ['First part, Ruiz said.', 'Second part.']);
  });
  test('an unclosed curly single quote inside a quotation', () => {
    const { problems } = scan('“She said ‘wait for me.”');
    assert.deepEqual(problems.map((p) => [p.kind, p.mark]), [['unclosed', '‘']]);
  });
  test('100 opening marks in a row stay linear and report each as unclosed', () => {
    const { problems } = scan('“a '.repeat(100));
    assert.equal(problems.length, 100);
  });
});
