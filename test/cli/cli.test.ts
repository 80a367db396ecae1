import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SEED = join(ROOT, 'seeds', 'musk-trump-x-and-iran.article');
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const STORY = 'Storm closes schools\r\nWASHINGTON (AP) — Schools will stay closed, officials said.\r\nPublished at Tue, 13 Aug 2024 11:00:00 +0000\r\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  writeFileSync(join(dir, 'bom-crlf.article'), `\uFEFF${STORY}`);
  writeFileSync(join(dir, 'plain.article'), STORY.replace(/\r\n/g, '\n'));
  writeFileSync(join(dir, 'empty.article'), '');
  writeFileSync(join(dir, 'binary.article'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]));
  writeFileSync(join(dir, 'cp1252.article'), Buffer.from('Caf\xe9 owner says \x93we stay open\x94\nThe caf\xe9 opened in 1990.\n', 'latin1'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('copydesk analyze --json', () => {
  test('the seed: both stories, headlines, published dates as ISO strings, in the documented shape', () => {
    const { code, stdout } = run('analyze', SEED, '--json');
    assert.equal(code, 0);
    const [report, ...others] = JSON.parse(stdout);
    assert.deepEqual(others, []);
    assert.deepEqual(Object.keys(report), ['file', 'articles', 'entities', 'attributions', 'findings']);
    assert.equal(report.file, SEED);
    assert.deepEqual(
      report.articles.map((a: { headline: { text: string }; published: { iso: string } }) => [a.headline.text, a.published.iso]),
      [
        ['Musk blames cyberattack as his chat with Trump on X hit by technical issues', '2024-08-12T22:47:30Z'],
        ['Iran could retaliate against Israel as soon as this week, White House says', '2024-08-12T18:15:01Z'],
      ],
    );
    for (const a of report.articles) {
      assert.deepEqual(Object.keys(a).slice(0, 5), ['start', 'end', 'headline', 'dateline', 'published']);
      assert.deepEqual(Object.keys(a.headline), ['start', 'end', 'text']);
    }
    for (const f of report.findings) {
      assert.deepEqual(Object.keys(f), ['rule', 'severity', 'start', 'end', 'message', 'fixes']);
    }
  });

  test('offsets are UTF-16 indices into the text without its BOM, whatever the line ends', () => {
    const { code, stdout } = run('analyze', join(dir, 'bom-crlf.article'), '--json');
    assert.equal(code, 0);
    const [article] = JSON.parse(stdout)[0].articles;
    assert.equal(article.headline.start, 0);
    assert.equal(article.dateline.text, 'WASHINGTON (AP) —');
    assert.equal(article.dateline.place, 'WASHINGTON');
    assert.equal(article.dateline.agency, 'AP');
    const text = STORY;
    assert.equal(text.slice(article.published.start, article.published.end), 'Published at Tue, 13 Aug 2024 11:00:00 +0000');
  });

  test('a missing file and a binary file get a clear error line each; the others are still analysed; exit 2', () => {
    const { code, stdout, stderr } = run('analyze', join(dir, 'missing.article'), join(dir, 'binary.article'), join(dir, 'plain.article'), '--json');
    assert.equal(code, 2);
    assert.match(stderr, /missing\.article: no such file/);
    assert.match(stderr, /binary\.article: not a text file/);
    assert.deepEqual(JSON.parse(stdout).map((r: { file: string }) => r.file), [join(dir, 'plain.article')]);
  });

  test('an empty file has no stories and no findings', () => {
    const { code, stdout } = run('analyze', join(dir, 'empty.article'), '--json');
    assert.equal(code, 0);
    const [report] = JSON.parse(stdout);
    assert.deepEqual([report.articles, report.findings], [[], []]);
  });

  test('a Windows-1252 file is read as such', () => {
    const { stdout } = run('analyze', join(dir, 'cp1252.article'), '--json');
    assert.equal(JSON.parse(stdout)[0].articles[0].headline.text, 'Café owner says “we stay open”');
  });
});

describe('copydesk analyze (text)', () => {
  test('lists stories, subheads and findings with line:column', () => {
    const { code, stdout } = run('analyze', SEED);
    assert.equal(code, 0);
    assert.match(stdout, /story 1 at 1:1: Musk blames cyberattack/);
    assert.match(stdout, /subhead at \d+:1: Light on policy detail/);
    assert.match(stdout, /\d+:\d+ {2}warning {2}.* {2}structure\/unbalanced-quotes/);
  });
  test('usage errors exit 2', () => {
    assert.equal(run('analyze').code, 2);
    assert.equal(run('frobnicate').code, 2);
  });
});
