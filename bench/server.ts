/** Rows measured through the real language server (`dist/server.js --stdio`) over LSP. */
import { readFileSync } from 'node:fs';
import { TestClient } from '../test/protocol/lspClient';
import { against, median, percentile, type Row } from './common';

const URI = 'file:///bench/story.article';

/** Line and character of an offset. */
function position(lineStarts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo]! };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Cold open: a fresh server, the document opened, until its first diagnostics (median of 3). */
export async function coldOpen(label: string, text: string): Promise<Row> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const client = await TestClient.start();
    const start = performance.now();
    await client.open(URI, text);
    await client.diagnostics(URI, () => true, 120000);
    times.push(performance.now() - start);
    await client.stop();
  }
  return { measure: `cold open → first diagnostics, ${label}`, value: `${median(times).toFixed(0)} ms`, note: 'median of 3, a fresh server each', target: against('≤ 1500 ms', median(times) <= 1500) };
}

/**
 * Typing: 200 single-character edits spread over the document, sent as incremental `didChange`;
 * each timed from sending the edit to the diagnostics published for that version. With several
 * runs (a fresh server each), the percentiles are the medians of the runs'.
 */
export async function typing(label: string, text: string, runs = 1): Promise<Row> {
  const results: { p50: number; p95: number; max: number; rss: number }[] = [];
  for (let run = 0; run < runs; run++) {
    const { times, rss } = await typeInto(text);
    results.push({ p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: Math.max(...times), rss });
  }
  const p95 = median(results.map((r) => r.p95));
  const p50 = median(results.map((r) => r.p50));
  const max = median(results.map((r) => r.max));
  const rss = median(results.map((r) => r.rss));
  const runsNote = runs > 1 ? `; medians of ${runs} runs (p95 ${results.map((r) => r.p95.toFixed(0)).join(', ')})` : ', one run';
  const note = `p50 ${p50.toFixed(0)} ms, max ${max.toFixed(0)} ms, 200 edits${runsNote}; server RSS ${rss.toFixed(0)} MB after them`;
  return { measure: `typing → fresh diagnostics, ${label}`, value: `p95 ${p95.toFixed(0)} ms`, note, target: against('p95 ≤ 30 ms', p95 <= 30) };
}

/** One run of the typing measure on a fresh server: the 200 edits' times, and the server's
 *  resident memory after them. */
async function typeInto(text: string): Promise<{ times: number[]; rss: number }> {
  const client = await TestClient.start();
  await client.open(URI, text);
  await client.diagnostics(URI, () => true, 120000);
  let current = text;
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const offset = Math.floor(((i * 7919) % 200) / 200 * (current.length - 1));
    const at = position(lineStartsOf(current), offset);
    const version = i + 2;
    const start = performance.now();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
    });
    await client.diagnostics(URI, (p) => p.version === version, 120000);
    times.push(performance.now() - start);
    client.forget(URI);
    current = current.slice(0, offset) + 'x' + current.slice(offset);
  }
  const rss = memoryOf(client.pid).now;
  await client.stop();
  return { times, rss };
}

/** A process's resident memory now and at its peak, in MB (Linux /proc). */
function memoryOf(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * Typing at speed: 8 bursts of 8 keys, one every 80 ms, each burst timed from its last key to
 * the diagnostics for that version. Edits arrive while older versions are being analysed, so
 * this shows how quickly a stale analysis gives way.
 */
export async function typingBurst(label: string, text: string): Promise<Row> {
  const client = await TestClient.start();
  await client.open(URI, text);
  await client.diagnostics(URI, () => true, 120000);
  let current = text;
  let version = 1;
  const lags: number[] = [];
  for (let burst = 0; burst < 8; burst++) {
    let last = 0;
    for (let key = 0; key < 8; key++) {
      const offset = Math.floor(((burst * 8 + key) * 7919 % 64) / 64 * (current.length - 1));
      const at = position(lineStartsOf(current), offset);
      version++;
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start: at, end: at }, text: 'x' }],
      });
      current = current.slice(0, offset) + 'x' + current.slice(offset);
      last = performance.now();
      if (key < 7) await new Promise((resolve) => setTimeout(resolve, 80));
    }
    const wanted = version;
    await client.diagnostics(URI, (p) => p.version === wanted, 120000);
    lags.push(performance.now() - last);
    client.forget(URI);
  }
  await client.stop();
  return { measure: `typing burst (a key every 80 ms) → diagnostics for the last key, ${label}`, value: `p50 ${percentile(lags, 0.5).toFixed(0)} ms`, note: `max ${Math.max(...lags).toFixed(0)} ms, 8 bursts of 8 keys` };
}

/** Hover and document-symbol latency on a big open document (LSP round trips). */
export async function requestLatency(label: string, text: string, mentionStarts: readonly number[]): Promise<Row[]> {
  const client = await TestClient.start();
  await client.open(URI, text);
  await client.diagnostics(URI, () => true, 120000);
  const starts = lineStartsOf(text);
  const hovers: number[] = [];
  for (let i = 0; i < 200; i++) {
    const offset = mentionStarts[Math.floor((i * mentionStarts.length) / 200)]!;
    const start = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri: URI }, position: position(starts, offset) });
    hovers.push(performance.now() - start);
  }
  // The first request builds the outline of this version; the editor's repeats (outline view,
  // breadcrumbs, sticky scroll) get the same answer, kept with the analysis.
  const symbols: number[] = [];
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
    symbols.push(performance.now() - start);
  }
  const firstSymbols = symbols.shift()!;
  await client.stop();
  return [
    { measure: `hover on a name, ${label}`, value: `p95 ${percentile(hovers, 0.95).toFixed(2)} ms`, note: `p50 ${percentile(hovers, 0.5).toFixed(2)} ms, 200 hovers`, target: against('p95 ≤ 5 ms', percentile(hovers, 0.95) <= 5) },
    { measure: `document symbols (outline), ${label}`, value: `first ${firstSymbols.toFixed(0)} ms`, note: `then the same version again: p95 ${percentile(symbols, 0.95).toFixed(1)} ms, 20 requests` },
  ];
}

/**
 * The server's peak resident memory with a document open (Linux /proc): medians of `runs`
 * fresh servers, for when garbage is collected moves the peak from one run to the next.
 */
export async function peakMemory(label: string, text: string, runs = 3): Promise<Row> {
  const results: { afterOutline: number; idle: number; peak: number }[] = [];
  for (let run = 0; run < runs; run++) results.push(await memoryOpening(text));
  const peak = median(results.map((r) => r.peak));
  const afterOutline = median(results.map((r) => r.afterOutline));
  const idle = median(results.map((r) => r.idle));
  const note = `${afterOutline.toFixed(0)} MB resident after the outline, ${idle.toFixed(0)} MB once the server is idle; medians of ${runs} runs (peaks ${results.map((r) => r.peak.toFixed(0)).join(', ')} MB)`;
  return { measure: `server peak RSS, ${label} open`, value: `${peak.toFixed(0)} MB`, note, target: against('≤ 150 MB', peak <= 150) };
}

/** One fresh server opening `text`: resident memory after the outline, once idle, and at its peak (MB). */
async function memoryOpening(text: string): Promise<{ afterOutline: number; idle: number; peak: number }> {
  const client = await TestClient.start();
  await client.open(URI, text);
  await client.diagnostics(URI, () => true, 120000);
  await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } });
  const afterOutline = memoryOf(client.pid).now;
  // Then whatever the server does in the quiet (a collection, say) shows in the peak.
  await untilIdle(client.pid);
  const { now, peak } = memoryOf(client.pid);
  await client.stop();
  return { afterOutline, idle: now, peak };
}

/** Waits until a process has used no CPU for 3 s. */
async function untilIdle(pid: number): Promise<void> {
  const cpuTicks = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  };
  let last = cpuTicks();
  let quietSince = Date.now();
  while (Date.now() - quietSince < 3000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = cpuTicks();
    if (now !== last) quietSince = Date.now();
    last = now;
  }
}
