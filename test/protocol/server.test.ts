import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, FoldingRange, Hover, MarkupContent, SemanticTokens } from 'vscode-languageserver-protocol';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/protocol';
import { TestClient } from './lspClient';

const SEED = readFileSync(join(__dirname, '..', '..', 'seeds', 'musk-trump-x-and-iran.article'), 'utf8');
const SEED_URI = 'file:///newsroom/seed.article';
const FIRST = 'Musk blames cyberattack as his chat with Trump on X hit by technical issues';
const SECOND = 'Iran could retaliate against Israel as soon as this week, White House says';

/** Line and character of the first occurrence of `part` in `text`. */
function positionOf(text: string, part: string, delta = 0) {
  const offset = text.indexOf(part) + delta;
  assert.ok(offset >= delta, `"${part}" not in fixture`);
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('language server over stdio: the seed file', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
    await client.open(SEED_URI, SEED);
  });
  after(() => client.stop());

  test('document symbols: two stories named by their headlines, the subhead under the first', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
    assert.deepEqual(symbols.map((s) => s.name), [FIRST, SECOND]);
    assert.ok(symbols[0]!.children!.some((c) => c.name === 'Light on policy detail'));
    assert.ok(!symbols[1]!.children!.some((c) => c.name === 'Light on policy detail'));
    assert.match(symbols[0]!.detail!, /^\d+ words$/);
    assert.equal(symbols[0]!.selectionRange.start.line, 0);
    assert.equal(symbols[1]!.range.start.line, positionOf(SEED, SECOND).line);
  });

  test('diagnostics: the seed\'s opening mark used as a closing one, and nothing else from structure rules', async () => {
    const { diagnostics } = await client.diagnostics(SEED_URI);
    const structural = diagnostics.filter((d) => String(d.code).startsWith('structure/'));
    assert.deepEqual(structural.map((d) => [d.code, d.source]), [['structure/unbalanced-quotes', 'copydesk']]);
    assert.deepEqual(structural[0]!.range.start, positionOf(SEED, 'you’re all gone.’ “', 'you’re all gone.’ '.length));
  });

  test('diagnostics: the poll claim about Harris has no source', async () => {
    const { diagnostics } = await client.diagnostics(SEED_URI);
    const claim = diagnostics.find((d) => d.code === 'attribution/unsourced-claim');
    assert.ok(claim, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.deepEqual(claim.range.start, positionOf(SEED, 'Harris has erased'));
  });

  test('code actions: a placeholder attribution as a snippet, "mark as sourced elsewhere", never preferred', async () => {
    const { diagnostics } = await client.diagnostics(SEED_URI);
    const claim = diagnostics.find((d) => d.code === 'attribution/unsourced-claim')!;
    const actions = await client.request<{ title: string; isPreferred?: boolean; edit: { documentChanges: { edits: { snippet?: { value: string }; newText?: string }[] }[] } }[]>('textDocument/codeAction', {
      textDocument: { uri: SEED_URI },
      range: claim.range,
      context: { diagnostics: [claim] },
    });
    assert.deepEqual(actions.map((a) => a.title), ['Add an attribution: “, according to [SOURCE]”', 'Mark as sourced elsewhere (adds an editor note)']);
    const edit = actions[0]!.edit.documentChanges[0]!.edits[0]!;
    assert.equal(edit.snippet?.value, ', according to ${1:[SOURCE]}', 'the test client announces snippet support');
    assert.ok(actions.every((a) => !a.isPreferred));
  });

  test('hover on a quotation: who said it and through which cue', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: SEED_URI }, position: positionOf(SEED, 'Yours does not', 2) });
    assert.match((hover.contents as MarkupContent).value, /Quoted — Donald Trump\*\*, through “posted”/);
  });

  test('hover on the published line: the date in words, UTC and newsroom time', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: SEED_URI },
      position: positionOf(SEED, 'Published at Mon, 12 Aug 2024 22:47:30', 20),
    });
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /Monday, Aug\. 12, 2024/);
    assert.match(text, /6:47 p\.m\. EDT/); // 22:47 UTC is 6:47 p.m. in New York in August
    assert.match(text, /22:47:30 UTC/);
  });

  test('hover on a name: the entity card with canonical name, role and mention count', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: SEED_URI },
      position: positionOf(SEED, 'Kirby told reporters', 1),
    });
    const text = (hover.contents as MarkupContent).value;
    assert.match(text, /\*\*John Kirby\*\* · person/);
    assert.match(text, /White House national security spokesperson/);
    assert.ok(text.includes(`2 mentions in this story · first on line ${positionOf(SEED, 'John Kirby').line + 1}`), text);
    assert.match(text, /Also written: “Kirby”/);
  });

  test('the outline groups each story\'s people, organizations and places', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } });
    const groups = symbols[1]!.children!.filter((c) => ['People', 'Organizations', 'Places'].includes(c.name));
    assert.deepEqual(groups.map((g) => g.name), ['People', 'Organizations', 'Places']);
    const people = groups[0]!.children!.map((c) => c.name);
    assert.ok(people.includes('John Kirby') && people.includes('Justin Trudeau'), people.join(', '));
  });

  test('Sources in the outline: each named speaker with the statements attributed to them (stances not counted)', async () => {
    const uri = 'file:///newsroom/sources.article';
    await client.open(uri, 'Council delays vote\nMayor Ana Ruiz said the bridge was safe. Ruiz plans to return on Monday. “We will rebuild it,” Ruiz said. Council member Tom Berg told reporters the vote would wait.\n');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const sources = symbols[0]!.children!.find((c) => c.name === 'Sources')!;
    assert.deepEqual(sources.children!.map((c) => [c.name, c.detail]), [['Ana Ruiz', '2 statements'], ['Tom Berg', '1 statement']]);
  });

  test('each story of a file lists its own cast and sources, none of another story\'s', async () => {
    const uri = 'file:///newsroom/two-sources.article';
    const first = 'Council delays vote\nMayor Ana Ruiz said the bridge was safe.\nPublished at Mon, 12 Aug 2024 10:00:00 +0000\n';
    const second = 'Ships return to the harbor\nHarbor master Lena Ortiz said the port would reopen.\nPublished at Mon, 12 Aug 2024 11:00:00 +0000\n';
    await client.open(uri, first + second);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = (story: DocumentSymbol, group: string) => story.children!.find((c) => c.name === group)?.children!.map((c) => c.name);
    assert.deepEqual(symbols.map((s) => [names(s, 'People'), names(s, 'Sources')]), [
      [['Ana Ruiz'], ['Ana Ruiz']],
      [['Lena Ortiz'], ['Lena Ortiz']],
    ]);
  });

  test('no hover on plain copy', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: SEED_URI }, position: positionOf(SEED, 'lengthy delay') });
    assert.equal(hover, null);
  });

  test('folding ranges: one per story', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: SEED_URI } });
    assert.deepEqual(
      ranges.map((r) => r.startLine),
      [0, positionOf(SEED, SECOND).line],
    );
  });

  test('semantic tokens mark the two headlines and the subhead', async () => {
    const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: SEED_URI } });
    const tokens: { line: number; length: number; type: number }[] = [];
    let line = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      tokens.push({ line, length: data[i + 2]!, type: data[i + 3]! });
    }
    assert.deepEqual(tokens, [
      { line: 0, length: FIRST.length, type: 0 },
      { line: positionOf(SEED, 'Light on policy detail').line, length: 'Light on policy detail'.length, type: 2 },
      { line: positionOf(SEED, SECOND).line, length: SECOND.length, type: 0 },
    ]);
  });

  test('requests for a document that is not open get empty answers, not errors', async () => {
    const uri = 'file:///newsroom/never-opened.article';
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
  });
});

describe('language server over stdio: editing and settings', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(() => client.stop());

  test('an unreadable published line is an error with what was expected', async () => {
    const uri = 'file:///newsroom/broken.article';
    await client.open(uri, 'Headline\nCopy of the story.\nPublished at Mon 12 Aug 2024 22:47:30 +0000\n');
    const { diagnostics } = await client.diagnostics(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'structure/published-format');
    assert.equal(diagnostics[0]!.severity, 1);
    assert.match(diagnostics[0]!.message as string, /comma must follow the weekday/);
  });

  test('incremental edits: diagnostics follow the latest version', async () => {
    const uri = 'file:///newsroom/edit.article';
    await client.open(uri, 'Headline\n“We are ready,” Ruiz said.\n');
    await client.diagnostics(uri, (p) => p.version === 1 && p.diagnostics.length === 0);
    // Delete the closing mark: the quotation is now unclosed.
    const at = 'Headline\n“We are ready,'.length;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: at - 9 }, end: { line: 1, character: at - 8 } }, text: '' }],
    });
    const v2 = await client.diagnostics(uri, (p) => p.version === 2);
    assert.ok(v2.diagnostics.some((d) => d.code === 'structure/unbalanced-quotes'));
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = 'file:///newsroom/close.article';
    await client.open(uri, 'Headline\n“Unclosed quotation.\n');
    await client.diagnostics(uri, (p) => p.diagnostics.length >= 1);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.diagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined);
  });
  test('binary data opened as text: one clear diagnostic, no findings, empty outline', async () => {
    const uri = 'file:///newsroom/binary.article';
    await client.open(uri, 'Headline\n“Unclosed \u0000\u0001 quotation.\n');
    const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.message]), [['file/not-text', 'Copydesk did not check this document: not a text file (it contains NUL bytes).']]);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  });
  test('a hover sent while a long story is first analysed, then overtaken by an edit, is answered from the new version', async () => {
    const uri = 'file:///newsroom/long.article';
    const body = SEED.split('Published at')[0]!;
    const long = body + Array.from({ length: 40 }, () => body.slice(body.indexOf('\n') + 1)).join('\n');
    await client.open(uri, long);
    const at = positionOf(long, 'Elon Musk finally', 5);
    const hover = client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking: ' }],
    });
    assert.match(((await hover).contents as MarkupContent).value, /\*\*Elon Musk\*\* · person/);
    const v2 = await client.diagnostics(uri, (p) => p.version === 2, 60000);
    assert.ok(!client.publishedFor(uri).some((p) => p.version === 1), 'diagnostics for the overtaken version were published');
    assert.ok(v2.diagnostics.some((d) => d.code === 'attribution/unsourced-claim'));
  });

  test('after an edit, the diagnostics go out before the outline and highlighting asked for the same version', async () => {
    const uri = 'file:///newsroom/long-order.article';
    const body = SEED.split('Published at')[0]!;
    const long = body + Array.from({ length: 40 }, () => body.slice(body.indexOf('\n') + 1)).join('\n');
    await client.open(uri, long);
    await client.diagnostics(uri, (p) => p.version === 1, 60000);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking: ' }],
    });
    const published = () => client.publishedFor(uri).some((p) => p.version === 2);
    const answered = await Promise.all([
      client.request('textDocument/documentSymbol', { textDocument: { uri } }).then(published),
      client.request('textDocument/semanticTokens/full', { textDocument: { uri } }).then(published),
    ]);
    assert.deepEqual(answered, [true, true], 'the diagnostics of version 2 had arrived when each answer did');
  });

  test('a request that reads newer house options while a version is checked does not leave that version without diagnostics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-options-'));
    const uri = pathToFileURL(join(dir, 'long.article')).href;
    const longStory = (story: string) => {
      const body = story.split('Published at')[0]!;
      return body + Array.from({ length: 40 }, () => body.slice(body.indexOf('\n') + 1)).join('\n');
    };
    const [first, second] = SEED.split(/^Published at .*$/m);
    await client.open(uri, longStory(second!.trimStart()));
    await client.diagnostics(uri, (p) => p.version === 1, 60000);
    // A new text to check: the check of version 2 starts (and says so) with the options of the moment…
    const checking = new Promise<void>((resolve) => {
      const listening = client.connection.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
        if (p.uri === uri && p.state === 'checking') {
          listening.dispose();
          resolve();
        }
      });
    });
    const text = longStory(first!);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    await checking;
    // …then the desk switches a rule off. No file-watcher notice has come yet, so the hover reads
    // the new options, and its analysis takes the place of the check's (or, when the check won
    // the race, is published after it).
    writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'attribution/unsourced-claim': 'off' } }));
    await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'Elon Musk finally', 5) });
    const v2 = await client.diagnostics(uri, (p) => p.version === 2 && !p.diagnostics.some((d) => d.code === 'attribution/unsourced-claim'), 20000);
    assert.ok(v2.diagnostics.length > 0);
  });

  test('a house file changed before its watcher notice: the request that reads it has the version checked again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-options-'));
    const uri = pathToFileURL(join(dir, 'story.article')).href;
    const unsourced = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.some((d) => d.code === 'attribution/unsourced-claim');
    await client.open(uri, SEED);
    const checked = await client.diagnostics(uri, (p) => p.version === 1, 20000);
    assert.ok(unsourced(checked), 'the seed has unsourced claims while the rule is on');
    writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'attribution/unsourced-claim': 'off' } }));
    await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(SEED, 'Elon Musk', 2) });
    const again = await client.diagnostics(uri, (p) => p.version === 1 && !unsourced(p), 20000);
    assert.ok(again.diagnostics.length > 0, 'the other rules still report');
  });

  test('a rule switched off in settings reports nothing after a configuration change', async () => {
    const uri = 'file:///newsroom/settings.article';
    const quoteRule = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.filter((d) => d.code === 'structure/unbalanced-quotes').length;
    await client.open(uri, 'Headline\n“Unclosed quotation, Ruiz said.\n');
    await client.diagnostics(uri, (p) => quoteRule(p) === 1);
    client.settings.copydesk = { rules: { 'structure/unbalanced-quotes': 'off' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnostics(uri, (p) => p.version === 1 && quoteRule(p) === 0 && p.diagnostics.length > 0);
  });
});
