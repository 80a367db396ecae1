/**
 * `npm run bench:hostile`: hostile input through the command line and the language server,
 * each with what came back and how long it took (limits: 2 s, 15 s for the 10 MB file), then
 * 500 open/close cycles with the heap the server keeps. Prints a markdown table
 * (with `--write`, docs/robustness.md). Measured here, never asserted in CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient } from '../test/protocol/lspClient';
import { CORPUS, resultsTable } from './common';

const CLI = join(__dirname, '..', 'dist', 'cli.js');
const SEEDS = join(__dirname, '..', 'seeds');
const SAMPLES = readdirSync(SEEDS).filter((f) => /\.(article|story)$/.test(f)).map((f) => readFileSync(join(SEEDS, f), 'utf8')).join('\n');

interface Input {
  name: string;
  /** The file's bytes for the command line, and the text an editor would send the server. */
  bytes: Buffer;
  text: string;
  limitMs: number;
}

/** A deterministic byte source, so every run feeds the same "random" binary. */
function bytesFrom(seed: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) out[i] = (s = (s * 1664525 + 1013904223) >>> 0) >>> 24;
  return out;
}

const utf8 = (name: string, text: string, limitMs = 2000): Input => ({ name, bytes: Buffer.from(text, 'utf8'), text, limitMs });

/** Text the size of real copy built from the samples, when the corpus is not beside the project. */
function corpusText(): string {
  try {
    return readFileSync(CORPUS, 'utf8');
  } catch {
    return SAMPLES.repeat(Math.ceil(5e6 / SAMPLES.length));
  }
}

function inputs(): Input[] {
  const corpus = corpusText();
  const tenMb = corpus.repeat(Math.ceil(10e6 / corpus.length)).slice(0, 10_000_000);
  const oneMb = corpus.slice(0, 1_000_000);
  const binary = bytesFrom(7, 1_000_000);
  const loneSurrogates = SAMPLES.replace(/e/g, '\uD800').replace(/o/g, '\uDFFF');
  const rtl = Array.from({ length: 2000 }, (_, i) => `قال الرئيس ${i} “إن الاتفاق قريب” لوكالة (AP) — שלום עולם \u202Eevil\u202C said Ruiz.`).join('\n');
  const emoji = Array.from({ length: 20000 }, (_, i) => `👨‍👩‍👧‍👦 🇺🇸 👍🏽 “${'😀'.repeat(i % 7)}” Trump said 🔥.`).join('\n');
  // Runs aimed at the patterns' weak spots: each a 100,000-character paragraph of one
  // character or pair under a headline, in a file of its own, so a slow pattern shows up by name.
  const runs = ['!', '.', '(', '“', '"', '-', '—', '\t', ' ', '0', 'a ', 'ªa', '${0:', "HIS\tBEST'IN OT'IN ", 'X,UP,', ',', "'", 'By ', 'the the ']
    .map((unit) => utf8(`a run of ${JSON.stringify(unit)} (100,000 characters)`, `Runs\n${unit.repeat(Math.ceil(100_000 / unit.length))}x`));
  // Marks far apart: a search that runs on from each paragraph to the next mark reads the
  // rest of the story every time. Copy without quotation marks or full stops, and a results table.
  const unquoted = oneMb.replace(/["“”„«»‘’']/g, '');
  const unstopped = oneMb.replace(/[.!?…]/g, '');
  // Work per item that read on along the whole line, sentence or file: 500 KB each.
  const repeated = (unit: (i: number) => string) => Array.from({ length: 500_000 / unit(0).length }, (_, i) => unit(i)).join('');
  const claimsOnOneLine = `Head\n\n${repeated((i) => `Sales rose 5% in year ${i % 10}. `)}`;
  const fixtures = `Fixtures\n\n${repeated((i) => `Monday night  Arsenal ${i % 9} Chelsea 1  at the Emirates Stadium ground\n`)}\nPublished at Mon, 12 Aug 2024 22:47:30 +0000`;
  const openNotes = `Head\n\n${repeated((i) => `Line ${i % 10} of the copy <!-- check this\n`)}`;
  // Work per item that compared it with every item before it: directives against findings,
  // a surname against everyone holding it, vague sourcing against what one sentence holds.
  const directives = `Head\n\n${repeated((i) => `Line ${i % 10} of the the copy <!-- copydesk-disable-line style/doubled-word -->\n<!-- copydesk-disable style/percent -->\nUp 5 percent.\n<!-- copydesk-enable style/percent -->\n`)}`;
  const syllables = ['Min', 'Jae', 'Soo', 'Hye', 'Dong', 'Young', 'Sung', 'Eun', 'Ji', 'Hyun', 'Tae', 'Seo', 'Woo', 'Yeon', 'Joon'];
  const given = (i: number) => `${syllables[i % 15]}${String.fromCharCode(97 + ((i >> 4) % 26), 97 + ((i >> 8) % 26))}`;
  const oneSurname = `Roll call\n\n${repeated((i) => `Kim ${given(i)} spoke. Kim agreed. `)}`;
  const vagueSentence = `Head\n\n${repeated((i) => `critics say ${i % 10} and experts warn ${i % 10}, `)}`;
  const year = SAMPLES.replace(/Published at (\w+), (\d+) (\w+) (\d{4})/g, 'Published at $1, $2 $3 99999');
  return [
    { name: `10 MB file (${(tenMb.length / 1e6).toFixed(0)} M characters)`, bytes: Buffer.from(tenMb, 'utf8'), text: tenMb, limitMs: 15_000 },
    utf8('1 MB on a single line', oneMb.replace(/\r?\n/g, ' ')),
    utf8('1 MB of copy without quotation marks', unquoted),
    utf8('1 MB of copy without sentence punctuation', unstopped),
    utf8('a 1 MB results table: a paragraph a line, no quotation marks or full stops', resultsTable(1)),
    utf8('500 KB of unsourced claims on one line', claimsOnOneLine),
    utf8('a 500 KB fixtures table read as one sentence, a weekday on each line', fixtures),
    utf8('500 KB of editor notes that never close', openNotes),
    utf8('500 KB with inline directives on every line', directives),
    utf8('500 KB naming thousands of people who share one surname', oneSurname),
    utf8('500 KB of vague sourcing in one sentence', vagueSentence),
    utf8('100,000 unbalanced quotation marks', Array.from({ length: 100_000 }, (_, i) => (i % 3 === 0 ? '“word ' : i % 3 === 1 ? '"more ' : '‘word ')).join('')),
    { name: 'binary: 1 MB of random bytes (NULs among them)', bytes: binary, text: binary.toString('latin1'), limitMs: 2000 },
    { name: 'NUL bytes inside an article', bytes: Buffer.from(SAMPLES.replace(/\n/g, '\n\u0000'), 'utf8'), text: SAMPLES.replace(/\n/g, '\n\u0000'), limitMs: 2000 },
    { name: 'lone surrogates (server) / their WTF-8 bytes (command line)', bytes: Buffer.from(loneSurrogates, 'utf8'), text: loneSurrogates, limitMs: 2000 },
    utf8('CRLF line ends', SAMPLES.replace(/\n/g, '\r\n').repeat(20)),
    utf8('mixed line ends (LF, CRLF, CR)', SAMPLES.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('').repeat(20)),
    utf8('byte order mark', `\uFEFF${SAMPLES}`),
    utf8('right-to-left text with direction overrides', rtl),
    utf8('emoji-heavy text', emoji),
    ...runs,
    utf8('published lines with the year 99999', year),
    utf8('empty file', ''),
  ];
}

/** `copydesk check` on the file: exit code, time, and what it said. */
function throughCli(dir: string, input: Input, index: number): { ms: number; said: string } {
  const file = join(dir, `hostile-${index}.article`);
  writeFileSync(file, input.bytes);
  const start = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'check', file, '--format', 'json'], { maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const stderr = r.stderr.toString().trim();
  let said = `exit ${r.status}`;
  try {
    const report = JSON.parse(r.stdout.toString()) as { findings?: unknown[]; error?: string }[];
    const first = report[0];
    said += first?.error ? `, “${first.error}”` : `, ${first?.findings?.length ?? 0} findings`;
  } catch {
    said += stderr ? `, “${stderr.split('\n')[0]}”` : ', no report';
  }
  return { ms, said };
}

/** The document opened in the server: time to its diagnostics, then a hover and the outline. */
async function throughServer(client: TestClient, input: Input, index: number): Promise<{ ms: number; said: string }> {
  const uri = `file:///hostile/${index}.article`;
  const start = performance.now();
  await client.open(uri, input.text);
  const published = await client.diagnostics(uri, () => true, 120_000);
  const ms = performance.now() - start;
  const requestStart = performance.now();
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
  const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const requestsMs = performance.now() - requestStart;
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { ms, said: `${published.diagnostics.length} diagnostics, ${symbols.length} outline entries; hover + outline ${requestsMs.toFixed(0)} ms` };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** The heap settles after a few hundred documents. */
const WARM_UP = 250;

/**
 * 500 open/close cycles of the sample articles after some to warm up: the server must not keep
 * more and more. Every 100 cycles the server (with a probe preloaded) collects all garbage and
 * says how much heap it still uses; that must not climb. RSS is shown too, but it rises and
 * falls with when the collector last gave memory back, so it is not the verdict.
 */
async function openCloseCycles(dir: string): Promise<string> {
  const heapFile = join(dir, 'heap.txt');
  const probe = join(__dirname, 'heapProbe.cjs');
  const client = await TestClient.start(undefined, { nodeArgs: ['--expose-gc', '--require', probe], env: { ...process.env, COPYDESK_HEAP_FILE: heapFile } });
  const uri = 'file:///hostile/cycle.article';
  const cycle = async (version: number) => {
    await client.open(uri, SAMPLES, version);
    await client.diagnostics(uri, (p) => p.version === version, 60_000);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.diagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0, 60_000);
  };
  const heapMb = async (): Promise<number> => {
    rmSync(heapFile, { force: true });
    process.kill(client.pid, 'SIGUSR2');
    for (let waited = 0; !existsSync(heapFile) || readFileSync(heapFile, 'utf8') === ''; waited += 20) {
      if (waited > 10_000) throw new Error('the server did not report its heap');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return Number(readFileSync(heapFile, 'utf8')) / 1e6;
  };
  for (let i = 1; i <= WARM_UP; i++) await cycle(i);
  const heaps = [await heapMb()];
  const rss = [rssMb(client.pid)];
  for (let i = 1; i <= 500; i++) {
    await cycle(WARM_UP + i);
    if (i % 100 === 0) {
      heaps.push(await heapMb());
      rss.push(rssMb(client.pid));
    }
  }
  await client.stop();
  const rise = heaps[heaps.length - 1]! - heaps[0]!;
  const said = `heap in use after a full collection, every 100 cycles: ${heaps.map((h) => h.toFixed(1)).join(' → ')} MB (RSS ${rss.map((r) => r.toFixed(0)).join(' → ')} MB)`;
  return `| 500 open/close cycles of the samples (${(SAMPLES.length / 1000).toFixed(0)} K characters) after ${WARM_UP} to warm up | ${said} | ${rise < 2 ? 'stable' : 'CLIMBS'} |`;
}

async function main(): Promise<void> {
  // `--only <words>`: just the inputs whose name holds them (no stress run, nothing written).
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-hostile-'));
  const header = `Copydesk hostile input — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`;
  console.log(`${header}\n`);
  const rows = ['| input | command line | language server | within limit |', '| --- | --- | --- | --- |'];
  try {
    const client = await TestClient.start();
    try {
      for (const [i, input] of inputs().entries()) {
        if (only !== undefined && !input.name.includes(only)) continue;
        const cli = throughCli(dir, input, i);
        const server = await throughServer(client, input, i);
        const ok = cli.ms <= input.limitMs && server.ms <= input.limitMs;
        const row = `| ${input.name} | ${cli.ms.toFixed(0)} ms: ${cli.said} | ${server.ms.toFixed(0)} ms: ${server.said} | ${ok ? 'yes' : 'NO'} (${input.limitMs / 1000} s) |`;
        console.log(row);
        rows.push(row);
      }
    } finally {
      await client.stop();
    }
    if (only !== undefined) return;
    rows.push('', '| stress | result | verdict |', '| --- | --- | --- |', await openCloseCycles(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(rows.slice(-1)[0]);
  if (process.argv.includes('--write')) {
    const doc = `# Robustness\n\nWritten by \`npm run bench:hostile -- --write\`. ${header}.\n\nEach input goes through \`copydesk check --format json\` (a process) and through the language server (\`dist/server.js --stdio\`, opened, diagnostics, a hover and the outline). Times are wall-clock on this machine; CI does not time anything.\n\n${rows.join('\n')}\n`;
    writeFileSync(join(__dirname, '..', 'docs', 'robustness.md'), doc);
  }
}

void main();
