/** Rows measured in this process: analysis throughput, and the tools we compare with. */
import nlp from 'compromise';
import { loadAnalysis } from './analysisBundle';
import { against, median, megabytes, type Row } from './common';

const RUNS = 5;
const { analyze, parseArticleFile, findAttributions, findEntities } = loadAnalysis();

/** A full collection, when the bench runs with --expose-gc (as `npm run bench` does). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function timed(label: string, text: string, run: () => void): Row & { mbPerSecond: number } {
  run(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    collectGarbage(); // each run starts from a clean heap, not the last run's garbage
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const ms = median(times);
  const mbPerSecond = megabytes(text) / (ms / 1000);
  return { measure: label, value: `${mbPerSecond.toFixed(2)} MB/s`, note: `median of ${RUNS}: ${ms.toFixed(0)} ms`, mbPerSecond };
}

/** Full analysis: every rule, entities, attribution, dates, from scratch, one core. */
export function fullAnalysis(label: string, text: string): Row & { mbPerSecond: number } {
  const row = timed(`full analysis, ${label}`, text, () => analyze(text));
  return { ...row, target: against('≥ 1 MB/s', row.mbPerSecond >= 1) };
}

export function entityPass(label: string, text: string): Row {
  const { file, copy } = parseArticleFile(text);
  return timed(`entities alone, ${label}`, text, () => findEntities(file, copy));
}

export function attributionPass(label: string, text: string): Row {
  const { file, copy } = parseArticleFile(text);
  const { entities } = findEntities(file, copy);
  return timed(`attribution alone, ${label}`, text, () => findAttributions(file, copy, entities));
}

/** compromise's own people/places/organizations pass on the same text, once (it is slow). */
export function compromiseAlone(label: string, text: string, ours: number): Row {
  const start = performance.now();
  const doc = nlp(text);
  const found = doc.people().length + doc.places().length + doc.organizations().length;
  const seconds = (performance.now() - start) / 1000;
  const rate = megabytes(text) / seconds;
  return { measure: `compromise alone (people, places, organizations), ${label}`, value: `${rate.toFixed(3)} MB/s`, note: `one run: ${seconds.toFixed(1)} s, ${found} names; Copydesk full analysis is ${(ours / rate).toFixed(0)}× faster` };
}

/** harper.js (WASM grammar checker) on the same text, once. */
export async function harperAlone(label: string, text: string, ours: number): Promise<Row> {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  const start = performance.now();
  const lints = await linter.lint(text);
  const seconds = (performance.now() - start) / 1000;
  const rate = megabytes(text) / seconds;
  return { measure: `harper.js alone, ${label}`, value: `${rate.toFixed(3)} MB/s`, note: `one run: ${seconds.toFixed(1)} s, ${lints.length} lints; Copydesk full analysis is ${(ours / rate).toFixed(0)}× faster` };
}
