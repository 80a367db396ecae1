/**
 * `npm run bench`: how fast Copydesk is on wire-size copy, beside compromise and harper.js in
 * the same run. Prints a markdown table (and with `--write`, docs/performance.md). It never
 * asserts timings; CI does not time anything. Reads ../shared/eval/perf/ at run time.
 *   npm run bench [-- --quick] [-- --write]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis';
import { against, digestOf, loadCorpus, megabytes, PERF, resultsTable, type Row } from './common';
import { attributionPass, compromiseAlone, entityPass, fullAnalysis, harperAlone } from './inProcess';
import { coldOpen, peakMemory, requestLatency, typing, typingBurst } from './server';

const quick = process.argv.includes('--quick');

/** `copydesk check` as a process over the 2,225 BBC article files. */
function cliCheck(): Row {
  const dir = join(PERF, 'bbc-articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(__dirname, '..', 'dist', 'cli.js'), 'check', dir, '--glob', '*.txt', '--format', 'json'], { maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  const checked = (JSON.parse(r.stdout.toString()) as unknown[]).length;
  return { measure: `copydesk check, ${checked} bbc-articles files (${(bytes / 1e6).toFixed(1)} MB)`, value: `${(checked / seconds).toFixed(0)} files/s`, note: `${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${seconds.toFixed(1)} s` };
}

function vsixSize(): Row {
  const vsix = join(__dirname, '..', 'copydesk.vsix');
  try {
    return { measure: '.vsix size', value: `${(statSync(vsix).size / 1024).toFixed(0)} KiB`, note: 'npm run package' };
  } catch {
    return { measure: '.vsix size', value: 'n/a', note: 'run npm run package first' };
  }
}

/**
 * Extension activation, as the editor suite last measured it in code-server (the suite logs it;
 * the bench does not start an editor of its own).
 */
function activation(): Row {
  const log = join(__dirname, '..', '.editor', 'test-run', 'browser-console.log');
  const measure = 'extension activation (editor suite, code-server)';
  const line = existsSync(log) ? readFileSync(log, 'utf8').split('\n').find((l) => l.includes('activation: ')) : undefined;
  const found = line && /activation: (\d+) ms from opening the first article; first outline after (\d+) ms/.exec(line);
  if (!found) return { measure, value: 'n/a', note: 'run npm run test:editor first' };
  const when = statSync(log).mtime.toISOString().slice(0, 16).replace('T', ' ');
  return { measure, value: `${found[1]} ms`, note: `from opening the first article; its outline after ${found[2]} ms (suite run of ${when} UTC)` };
}

/** The same check on text whose marks are sparse: a search that runs on past its paragraph shows here. */
function tableGrowth(): Row {
  const one = fullAnalysis('1 MB results table', resultsTable(1));
  const five = fullAnalysis('5 MB results table', resultsTable(5));
  const growth = one.mbPerSecond / five.mbPerSecond;
  const note = `one story, a paragraph a line, no quotation marks or full stops: 1 MB at ${one.mbPerSecond.toFixed(2)} MB/s, 5 MB at ${five.mbPerSecond.toFixed(2)} MB/s`;
  return { measure: 'growth from 1 MB to 5 MB (results table)', value: `${growth.toFixed(2)}× the time per MB`, note, target: against('near linear (≤ 1.3×)', growth <= 1.3) };
}

function table(rows: readonly Row[]): string {
  const lines = ['| measure | value | note | target |', '| --- | --- | --- | --- |', ...rows.map((r) => `| ${r.measure} | ${r.value} | ${r.note} | ${r.target ?? ''} |`)];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { corpus, slice } = loadCorpus();
  const digest = digestOf(slice);
  const whole = `bbc-corpus (${megabytes(corpus).toFixed(1)} MB, one story)`;
  const mb = '1 MB slice (one story)';
  const dg = `1 MB digest (${analyze(digest).file.stories.length} stories)`;
  const header = `Copydesk bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`;
  console.log(`${header}\n`);
  const full1 = fullAnalysis(mb, slice);
  const full5 = fullAnalysis(whole, corpus);
  const growth = full1.mbPerSecond / full5.mbPerSecond;
  const linear: Row = { measure: 'growth from 1 MB to 5 MB (one story)', value: `${growth.toFixed(2)}× the time per MB`, note: '1.00× is linear; GC on a bigger heap adds some', target: against('near linear (≤ 1.3×)', growth <= 1.3) };
  const rows: Row[] = [full5, full1, linear, tableGrowth(), fullAnalysis(dg, digest), entityPass(mb, slice), attributionPass(mb, slice)];
  rows.push(compromiseAlone(mb, slice, full1.mbPerSecond));
  if (!quick) rows.push(await harperAlone(mb, slice, full1.mbPerSecond));
  rows.push(await coldOpen(mb, slice), await coldOpen(dg, digest));
  rows.push(await typing(dg, digest, 3), await typing(mb, slice, 3), await typingBurst(dg, digest), await typingBurst(mb, slice));
  rows.push(...(await requestLatency(mb, slice, analyze(slice).entities.map((m) => m.start))));
  rows.push(await peakMemory(whole, corpus), cliCheck(), vsixSize(), activation());
  const markdown = table(rows);
  console.log(markdown);
  if (process.argv.includes('--write')) {
    const how = [
      'From `npm run bench`; each figure is a median (or percentile) over the runs named.',
      'In-process rows time the analysis as esbuild bundles it for the server and the CLI; the',
      'server rows drive `dist/server.js --stdio` over LSP. The same measure can differ by a',
      'quarter from one run to the next on a shared virtual machine, and by more than twice from',
      'one day to another (compromise alone, the same work each time, has taken from 5.0 s to',
      '15.9 s): compare the ratios, or figures of one run.',
    ].join('\n');
    writeFileSync(join(__dirname, '..', 'docs', 'performance.md'), `# Performance\n\n${header}.\n\n${how}\n\n${markdown}\n`);
  }
}

void main();
