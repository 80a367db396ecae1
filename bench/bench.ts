/**
 * `npm run bench`: how fast Copydesk is on a real wire-size corpus. Prints a table; it never
 * asserts timings (CI does not time anything). Reads ../shared/eval/perf/bbc-corpus.txt at
 * run time and says so when it is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { analyze } from '../server/src/analysis';
import { parseArticleFile } from '../server/src/analysis/article/parse';
import { findEntities } from '../server/src/analysis/entities';
import { findAttributions } from '../server/src/analysis/attribution';
import { TestClient } from '../test/protocol/lspClient';

const CORPUS = join(__dirname, '..', '..', 'shared', 'eval', 'perf', 'bbc-corpus.txt');
const RUNS = 5;

interface Row {
  measure: string;
  value: string;
  note: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1e6;
}

/** Full analysis of the whole text, `RUNS` times on one core; the median in MB/s. */
function analysisThroughput(label: string, text: string): Row {
  analyze(text); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    analyze(text);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return { measure: `analysis, ${label}`, value: `${(megabytes(text) / (ms / 1000)).toFixed(1)} MB/s`, note: `median of ${RUNS}: ${ms.toFixed(0)} ms` };
}

/** Entity recognition and clustering alone (the article already parsed), median of RUNS. */
function entityThroughput(label: string, text: string): Row {
  const { file, copy } = parseArticleFile(text);
  findEntities(file, copy);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    findEntities(file, copy);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return { measure: `entities, ${label}`, value: `${(megabytes(text) / (ms / 1000)).toFixed(1)} MB/s`, note: `median of ${RUNS}: ${ms.toFixed(0)} ms` };
}

/** Attribution alone (article and entities done), median of RUNS. */
function attributionThroughput(label: string, text: string): Row {
  const { file, copy } = parseArticleFile(text);
  const { entities } = findEntities(file, copy);
  findAttributions(file, copy, entities);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    findAttributions(file, copy, entities);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return { measure: `attribution, ${label}`, value: `${(megabytes(text) / (ms / 1000)).toFixed(1)} MB/s`, note: `median of ${RUNS}: ${ms.toFixed(0)} ms` };
}

/** compromise's own people/places/organizations pass on the same text, once (it is slow). */
function compromiseThroughput(label: string, text: string): Row {
  const start = performance.now();
  const doc = nlp(text);
  const found = doc.people().length + doc.places().length + doc.organizations().length;
  const ms = performance.now() - start;
  return { measure: `compromise alone (people, places, orgs), ${label}`, value: `${(megabytes(text) / (ms / 1000)).toFixed(2)} MB/s`, note: `one run: ${ms.toFixed(0)} ms, ${found} names` };
}

/** Hover latency through the real server on a big document: entity cards at 200 mentions. */
async function hoverLatency(label: string, text: string): Promise<Row> {
  const client = await TestClient.start();
  const uri = pathToFileURL(CORPUS).toString() + '#hover';
  await client.open(uri, text);
  await client.diagnostics(uri, () => true, 60000);
  const mentions = analyze(text).entities;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const m = mentions[Math.floor((i * mentions.length) / 200)]!;
    const line = lineStarts.findLastIndex((s) => s <= m.start);
    const start = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: m.start - lineStarts[line]! } });
    times.push(performance.now() - start);
  }
  await client.stop();
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  return { measure: `hover on a name (LSP round trip), ${label}`, value: `p95 ${p(0.95)} ms`, note: `p50 ${p(0.5)} ms, max ${p(1)} ms, 200 hovers` };
}

/** `copydesk check` as a process over the 2,225 BBC article files: files per second and MB/s. */
function cliCheck(): Row {
  const dir = join(__dirname, '..', '..', 'shared', 'eval', 'perf', 'bbc-articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(__dirname, '..', 'dist', 'cli.js'), 'check', dir, '--glob', '*.txt', '--format', 'json'], { maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  const checked = (JSON.parse(r.stdout.toString()) as unknown[]).length;
  return { measure: `copydesk check, ${checked} bbc-articles files (${(bytes / 1e6).toFixed(1)} MB)`, value: `${(checked / seconds).toFixed(0)} files/s`, note: `${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${seconds.toFixed(1)} s, exit ${r.status}` };
}

/** Cold server: spawn dist/server.js, open the document, wait for its first diagnostics. */
async function serverFirstDiagnostics(label: string, text: string): Promise<Row> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const client = await TestClient.start();
    const uri = pathToFileURL(CORPUS).toString();
    const start = performance.now();
    await client.open(uri, text);
    await client.diagnostics(uri, () => true, 60000);
    times.push(performance.now() - start);
    await client.stop();
  }
  return { measure: `server: open → first diagnostics, ${label}`, value: `${median(times).toFixed(0)} ms`, note: 'median of 3, fresh server each' };
}

function printTable(rows: Row[]): void {
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => [r.measure, r.value, r.note][c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(['measure', 'value', 'note']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line([r.measure, r.value, r.note]));
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.error(`bench: ${CORPUS} is missing; the benchmark corpus sits beside the project in ../shared/eval/perf/.`);
    process.exit(2);
  }
  const corpus = readFileSync(CORPUS, 'utf8');
  const slice = corpus.slice(0, corpus.indexOf('\n', 1_000_000));
  console.log(`Copydesk bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, corpus ${megabytes(corpus).toFixed(1)} MB\n`);
  const whole = `bbc-corpus (${megabytes(corpus).toFixed(1)} MB)`;
  const rows = [
    analysisThroughput(whole, corpus),
    analysisThroughput('1 MB slice', slice),
    entityThroughput(whole, corpus),
    entityThroughput('1 MB slice', slice),
    attributionThroughput(whole, corpus),
    attributionThroughput('1 MB slice', slice),
    compromiseThroughput('1 MB slice', slice),
    await serverFirstDiagnostics('1 MB slice', slice),
    await serverFirstDiagnostics(whole, corpus),
    await hoverLatency('1 MB slice', slice),
    cliCheck(),
  ];
  printTable(rows);
}

void main();
