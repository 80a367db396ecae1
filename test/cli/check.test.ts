import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
let dir: string;

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CLEAN = 'Storm closes schools\nRALEIGH, N.C. (AP) — Schools will stay closed on Wednesday, officials said.\nPublished at Tue, 13 Aug 2024 11:00:00 +0000\n';
const STYLE = 'Storm closes schools\nRALEIGH, NC (AP) — Schools will stay closed at 9:00 a.m. on Thurs., officials said.\nPublished at Tue, 13 Aug 2024 11:00:00 +0000\n';
const ERROR = 'Storm closes schools\nSchools will stay closed, officials said.\nPublished at Wed, 13 Aug 2024 11:00:00 +0000\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-check-'));
  mkdirSync(join(dir, 'clean'));
  writeFileSync(join(dir, 'clean', 'a.article'), CLEAN);
  mkdirSync(join(dir, 'mixed', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'mixed', 'style.story'), STYLE);
  writeFileSync(join(dir, 'mixed', 'nested', 'error.article'), ERROR);
  writeFileSync(join(dir, 'mixed', 'notes.txt'), STYLE);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('copydesk check: exit codes and folders', () => {
  test('a clean folder exits 0', () => {
    const { code, stdout } = run(dir, 'check', 'clean');
    assert.equal(code, 0, stdout);
    assert.match(stdout, /No findings in 1 file/);
  });
  test('an error anywhere exits 1; folders are searched for .article and .story files', () => {
    const { code, stdout } = run(dir, 'check', 'mixed');
    assert.equal(code, 1);
    assert.match(stdout, /mixed\/nested\/error\.article/);
    assert.match(stdout, /mixed\/style\.story/);
    assert.doesNotMatch(stdout, /notes\.txt/);
    assert.match(stdout, /\n {2}3:14 +error +.*date\/published-weekday/);
  });
  test('--glob adds other files', () => assert.match(run(dir, 'check', 'mixed', '--glob', '*.txt').stdout, /notes\.txt/));
  test('warnings alone exit 0, unless there are more than --max-warnings', () => {
    const file = join('mixed', 'style.story');
    assert.equal(run(dir, 'check', file).code, 0);
    assert.equal(run(dir, 'check', file, '--max-warnings', '0').code, 1);
    assert.equal(run(dir, 'check', file, '--max-warnings', '5').code, 0);
  });
  test('a missing path or a bad option exits 2', () => {
    assert.equal(run(dir, 'check', 'nowhere').code, 2);
    assert.equal(run(dir, 'check', 'clean', '--format', 'xml').code, 2);
    assert.equal(run(dir, 'check', 'clean', '--max-warnings', 'many').code, 2);
  });
});

describe('copydesk check: formats', () => {
  test('json: every file with its findings, positions 1-based', () => {
    const results = JSON.parse(run(dir, 'check', 'mixed', '--format', 'json').stdout) as { path: string; findings: { rule: string; line: number; column: number }[] }[];
    const error = results.find((r) => r.path.endsWith('error.article'))!;
    const weekday = error.findings.find((f) => f.rule === 'date/published-weekday')!;
    assert.deepEqual([weekday.line, weekday.column], [3, 14]);
  });
  test('json: each finding whole, as the analysis made it (an unneeded directive marked so), with its place', () => {
    const text = 'Storm closes schools\n\nSchools will stay closed, officials said.\n\n<!-- copydesk-disable style/percent -->\n\nThe the vote failed.\n';
    writeFileSync(join(dir, 'whole.article'), text);
    const [result] = JSON.parse(run(dir, 'check', 'whole.article', '--format', 'json').stdout);
    const place = (offset: number) => {
      const before = text.slice(0, offset).split('\n');
      return [before.length, before.at(-1)!.length + 1];
    };
    const expected = analyze(text).findings.map((f) => {
      const [line, column] = place(f.start);
      const [endLine, endColumn] = place(f.end);
      return { ...f, line, column, endLine, endColumn };
    });
    assert.ok(expected.some((f) => f.unnecessary) && expected.some((f) => f.fixes.length > 0), JSON.stringify(expected));
    assert.deepEqual(result.findings, expected);
  });
  test('sarif: SARIF 2.1.0 with rules (description, help) and results with regions', () => {
    const log = JSON.parse(run(dir, 'check', 'mixed', '--format', 'sarif').stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif(-schema)?-2\.1\.0\.json$/);
    const [run0] = log.runs;
    assert.equal(run0.tool.driver.name, 'copydesk');
    const ids = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.ok(ids.includes('date/published-weekday') && ids.includes('attribution/unsourced-claim'));
    for (const rule of run0.tool.driver.rules) {
      assert.ok(rule.shortDescription.text.length > 0, rule.id);
      assert.ok(rule.helpUri, rule.id);
      assert.ok(rule.help.text.startsWith(rule.shortDescription.text) && rule.help.text.includes(`"${rule.id}": "off"`), rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
    }
    assert.ok(run0.results.length > 0);
    for (const r of run0.results) {
      assert.ok(ids.includes(r.ruleId));
      assert.ok(['error', 'warning', 'note'].includes(r.level));
      assert.ok(r.message.text.length > 0);
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      assert.match(artifactLocation.uri, /^file:\/\//);
      assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
    }
  });
  test('stylish output has no colour codes when not a terminal', () => assert.doesNotMatch(run(dir, 'check', 'mixed').stdout, /\x1b\[/));
});

describe('copydesk check --fix', () => {
  function copy(name: string, content: string | Buffer): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  }

  test('applies the safe fixes, keeps CRLF and the BOM, and a second run changes nothing', () => {
    const path = copy('fix-crlf.article', Buffer.from(`\uFEFF${STYLE.replace(/\n/g, '\r\n')}`, 'utf8'));
    assert.equal(run(dir, 'check', path, '--fix').code, 0);
    const once = readFileSync(path);
    assert.equal(once.subarray(0, 3).toString('hex'), 'efbbbf');
    const text = once.toString('utf8').slice(1);
    assert.equal(text, 'Storm closes schools\r\nRALEIGH, N.C. (AP) — Schools will stay closed at 9 a.m. on Thursday, officials said.\r\nPublished at Tue, 13 Aug 2024 11:00:00 +0000\r\n');
    run(dir, 'check', path, '--fix');
    assert.deepEqual(readFileSync(path), once);
  });

  test('a Windows-1252 file is written back as Windows-1252', () => {
    const path = copy('fix-1252.article', Buffer.from('Caf\xe9 closes\nRALEIGH, NC (AP) \x97 The caf\xe9 closes at 9:00 a.m., its owner said.\n', 'latin1'));
    run(dir, 'check', path, '--fix');
    assert.equal(readFileSync(path).toString('latin1'), 'Caf\xe9 closes\nRALEIGH, N.C. (AP) \x97 The caf\xe9 closes at 9 a.m., its owner said.\n');
  });

  test('keeps the file’s permissions', () => {
    const path = copy('fix-mode.article', STYLE);
    chmodSync(path, 0o640);
    run(dir, 'check', path, '--fix');
    assert.equal(statSync(path).mode & 0o777, 0o640);
  });

  test('--fix-dry-run prints a diff and writes nothing', () => {
    const path = copy('dry.article', STYLE);
    const { stdout } = run(dir, 'check', path, '--fix-dry-run');
    assert.match(stdout, /^-RALEIGH, NC \(AP\)/m);
    assert.match(stdout, /^\+RALEIGH, N\.C\. \(AP\)/m);
    assert.equal(readFileSync(path, 'utf8'), STYLE);
  });

  test('never writes placeholders', () => {
    const body = 'Headline\n“We will rebuild the bridge by spring.”\nHome sales fell 30% last year.\n';
    const path = copy('placeholders.article', body);
    run(dir, 'check', path, '--fix');
    assert.equal(readFileSync(path, 'utf8'), body);
  });
});

describe('.copydesk.json with the command line', () => {
  test('the nearest file wins over the outer one, rule by rule', () => {
    const root = join(dir, 'house');
    mkdirSync(join(root, 'desk'), { recursive: true });
    writeFileSync(join(root, '.copydesk.json'), JSON.stringify({ rules: { 'dateline/state-style': 'error', 'date/time-style': 'off' } }));
    writeFileSync(join(root, 'desk', '.copydesk.json'), JSON.stringify({ rules: { 'dateline/state-style': 'off' } }));
    writeFileSync(join(root, 'desk', 's.article'), STYLE);
    writeFileSync(join(root, 's.article'), STYLE);
    const rules = (path: string) => (JSON.parse(run(root, 'check', path, '--format', 'json').stdout)[0].findings as { rule: string; severity: string }[]).map((f) => `${f.rule}:${f.severity}`);
    assert.ok(rules('s.article').includes('dateline/state-style:error'));
    assert.ok(!rules('s.article').some((r) => r.startsWith('date/time-style')));
    assert.ok(!rules(join('desk', 's.article')).some((r) => r.startsWith('dateline/state-style') || r.startsWith('date/time-style')));
  });
  test('an invalid file is reported once with its location, and the defaults apply', () => {
    const root = join(dir, 'broken-house');
    mkdirSync(root);
    writeFileSync(join(root, '.copydesk.json'), '{\n  "houseStyle": "chicago",\n  "rules": { "no/such-rule": "off" }\n}\n');
    writeFileSync(join(root, 'a.article'), STYLE);
    writeFileSync(join(root, 'b.article'), STYLE);
    const { stderr, stdout } = run(root, 'check', '.');
    assert.equal(stderr.match(/"houseStyle" must be "ap" or "reuters"/g)?.length, 1);
    assert.match(stderr, /\.copydesk\.json:2:3: "houseStyle"/);
    assert.match(stderr, /"no\/such-rule" is not a Copydesk rule/);
    assert.match(stdout, /dateline\/state-style/, 'AP defaults still apply');
  });
});

describe('copydesk export --clean', () => {
  test('strips editor notes and the lines that held only notes', () => {
    const path = join(dir, 'notes.article');
    writeFileSync(path, 'Headline\n<!-- TK: check the figure -->\nCopy <!-- copydesk-disable-line style/percent --> here.\n');
    const { code, stdout } = run(dir, 'export', '--clean', path);
    assert.equal(code, 0);
    assert.equal(stdout, 'Headline\nCopy here.\n');
  });
});
