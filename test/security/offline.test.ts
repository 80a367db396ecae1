/**
 * Copydesk never opens a connection, looks up a name or starts a process: stories are often
 * under embargo. The built server and command line run here with every such Node entry point
 * replaced by a recorder (recordNetwork.cjs); the record must stay empty. The first test
 * proves the recorder catches each entry point, so an empty record means something.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../protocol/lspClient';
import { parseHouseConfig } from '../../server/src/analysis';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SEEDS = join(ROOT, 'seeds');
const RECORDER = join(__dirname, 'recordNetwork.cjs');
const ARTICLES = readdirSync(SEEDS).filter((f) => /\.(article|story)$/.test(f));

let dir: string;
let log: string;
const recorded = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);
const env = () => ({ ...process.env, COPYDESK_NETWORK_LOG: log });

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--require', RECORDER, CLI, ...args], { encoding: 'utf8', env: env(), cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-offline-'));
  log = join(dir, 'network.log');
  for (const f of ARTICLES) copyFileSync(join(SEEDS, f), join(dir, f));
  // A configuration written as if it could run something: it is data, read and refused.
  writeFileSync(
    join(dir, '.copydesk.json'),
    '{ "houseStyle": "require(\'child_process\').execSync(\'touch pwned\')", "agency": "AP", "__proto__": { "polluted": true }, "rules": { "constructor": "off" } }',
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('offline: the recorder', () => {
  test('catches every entry point it guards (so an empty record below means something)', () => {
    const attempts = [
      "require('net').connect(80, '127.0.0.1')",
      "require('net').createServer()",
      "new (require('net').Socket)().connect(80, '127.0.0.1')",
      "require('tls').connect(443, 'example.com')",
      "require('http').get('http://example.com')",
      "require('https').request('https://example.com')",
      "require('http2').connect('https://example.com')",
      "require('dns').lookup('example.com', () => {})",
      "require('dns').promises.resolve4('example.com')",
      "require('dgram').createSocket('udp4')",
      "fetch('https://example.com')",
      "require('child_process').spawn('true')",
      "require('child_process').execSync('true')",
      "require('child_process').fork('x.js')",
    ];
    const script = attempts.map((a) => `try { ${a}; } catch {}`).join('\n');
    const r = spawnSync(process.execPath, ['--require', RECORDER, '-e', script], { encoding: 'utf8', env: env() });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(recorded(), [
      'net.connect',
      'net.createServer',
      'net.Socket#connect',
      'tls.connect',
      'http.get',
      'https.request',
      'http2.connect',
      'dns.lookup',
      'dns.promises.resolve4',
      'dgram.createSocket',
      'fetch',
      'child_process.spawn',
      'child_process.execSync',
      'child_process.fork',
    ]);
    rmSync(log);
  });
});

describe('offline: a whole editing session through the server', () => {
  test('opens, checks, hovers, fixes, edits and closes every sample without a connection or a process', async () => {
    const client = await TestClient.start(undefined, { nodeArgs: ['--require', RECORDER], env: env() });
    try {
      for (const [i, name] of ARTICLES.entries()) {
        const uri = pathToFileURL(join(dir, name)).href;
        const text = readFileSync(join(SEEDS, name), 'utf8');
        await client.open(uri, text);
        const { diagnostics } = await client.diagnostics(uri, (p) => p.version === 1, 30_000);
        const doc = { textDocument: { uri } };
        await client.request('textDocument/documentSymbol', doc);
        await client.request('textDocument/foldingRange', doc);
        await client.request('textDocument/semanticTokens/full', doc);
        for (let line = 0; line < 12; line++) await client.request('textDocument/hover', { ...doc, position: { line, character: 4 } });
        for (const d of diagnostics) await client.request('textDocument/codeAction', { ...doc, range: d.range, context: { diagnostics: [d] } });
        await client.request('copydesk/fixStory', { uri, position: { line: 1, character: 0 } });
        await client.request('copydesk/cleanStory', { uri, position: { line: 1, character: 0 } });
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: 2 },
          contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `The the edit ${i}. ` }],
        });
        await client.diagnostics(uri, (p) => p.version === 2, 30_000);
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        await client.connection.sendNotification('textDocument/didClose', doc);
      }
      await client.request('copydesk/checkText', { uri: pathToFileURL(join(dir, 'unopened.article')).href, text: 'Headline\nOfficials said so.\n' });
    } finally {
      await client.stop();
    }
    assert.deepEqual(recorded(), []);
  });
});

describe('offline: the command line over the samples', () => {
  test('check in every format, a dry-run fix, analyze and export: no connection, no process', () => {
    for (const format of ['stylish', 'json', 'sarif']) assert.notEqual(cli('check', '.', '--format', format).code, 2);
    const dry = cli('check', '.', '--fix-dry-run');
    assert.notEqual(dry.code, 2, dry.stderr);
    const files = ARTICLES;
    assert.equal(cli('analyze', ...files, '--json').code, 0);
    assert.equal(cli('export', '--clean', ...files).code, 0);
    assert.deepEqual(recorded(), []);
  });
  test('.copydesk.json is data: code in it is a refused value, its keys reach no prototype', () => {
    const r = cli('check', '.', '--format', 'json');
    assert.match(r.stderr, /"houseStyle" must be "ap" or "reuters"/);
    assert.equal(existsSync(join(dir, 'pwned')), false);
    const parsed = parseHouseConfig(readFileSync(join(dir, '.copydesk.json'), 'utf8'));
    assert.deepEqual(parsed.options, { agency: 'AP', rules: {} });
    assert.equal(({} as { polluted?: unknown }).polluted, undefined);
    assert.deepEqual(recorded(), []);
  });
});
