import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/analysis';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { TestClient } from './lspClient';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
const DIGEST = ['musk-trump-x-and-iran.article', 'city-council-budget.article', 'statehouse-vote.article', 'wire-digest.story'].map(seed).join('\n');

/** A small deterministic random source, so a failure can be replayed from its seed. */
function random(seedValue: number): () => number {
  let s = seedValue >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** What an editor sees of a diagnostic. */
const shown = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`;

/** The diagnostics a fresh analysis of `text` gives, as the server would publish them. */
function fresh(uri: string, text: string): string[] {
  const doc = TextDocument.create(uri, 'article', 0, text);
  return toDiagnostics(doc, analyze(text)).map(shown);
}

/**
 * Sends `count` random edits (typing, deleting, pasting a whole story, deleting a line) to an
 * open document without waiting between them; returns the final text and version.
 */
async function edit(client: TestClient, uri: string, text: string, count: number, seedValue: number): Promise<{ text: string; version: number }> {
  const next = random(seedValue);
  let doc = TextDocument.create(uri, 'article', 1, text);
  const pastes = ['e', ' ', '“', '”', '"', '.', '\n', '\r\n', 'Sen. Ana Ruiz said', ' on Friday', '😀', seed('statehouse-vote.article')];
  const sent: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const length = doc.getText().length;
    const at = Math.floor(next() * (length + 1));
    const roll = next();
    let end = at;
    let insert = '';
    if (roll < 0.3) end = Math.min(length, at + 1 + Math.floor(next() * 20));
    else if (roll < 0.35) end = Math.min(length, at + 2000);
    else insert = pastes[Math.floor(next() * pastes.length)]!;
    const change = { range: { start: doc.positionAt(at), end: doc.positionAt(end) }, text: insert };
    doc = TextDocument.update(doc, [change], doc.version + 1);
    sent.push(client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] }));
  }
  await Promise.all(sent);
  return { text: doc.getText(), version: doc.version };
}

describe('language server under a storm of edits', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(() => client.stop());

  test('1,000 rapid random edits end with the diagnostics of a fresh analysis of the final text', async () => {
    const uri = 'file:///newsroom/storm.article';
    await client.open(uri, DIGEST);
    const final = await edit(client, uri, DIGEST, 1000, 2024);
    const last = await client.diagnostics(uri, (p) => p.version === final.version, 60_000);
    assert.deepEqual(last.diagnostics.map(shown), fresh(uri, final.text));
    assert.ok(last.diagnostics.length > 0, 'the final text has findings to compare');
  });

  test('published versions never go backwards, and a long story analysed during a burst publishes the last version', async () => {
    const uri = 'file:///newsroom/long.article';
    // One story of about 300 KB: the seed's body repeated, no published line between.
    const body = seed('musk-trump-x-and-iran.article').replace(/Published at.*$/gm, '');
    const long = Array.from({ length: 40 }, () => body).join('\n');
    await client.open(uri, long);
    const final = await edit(client, uri, long, 60, 7);
    const last = await client.diagnostics(uri, (p) => p.version === final.version, 60_000);
    const versions = client.publishedFor(uri).map((p) => p.version ?? 0);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions published in order: ${versions.join(', ')}`);
    assert.ok(versions.length < 60, `stale versions were skipped (${versions.length} published for 61 versions)`);
    assert.deepEqual(last.diagnostics.map(shown), fresh(uri, final.text));
  });
});
