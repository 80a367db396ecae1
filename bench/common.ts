/** Shared pieces of the benchmark: the corpus, a table row, medians and percentiles. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PERF = join(__dirname, '..', '..', 'shared', 'eval', 'perf');
export const CORPUS = join(PERF, 'bbc-corpus.txt');

export interface Row {
  measure: string;
  value: string;
  note: string;
  /** The target for this figure and whether it is met, where there is one. */
  target?: string;
}

/** `≤ 30 ms: met` or `≤ 30 ms: NOT met`. */
export function against(target: string, met: boolean): string {
  return `${target}: ${met ? 'met' : 'NOT met'}`;
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1e6;
}

/** The BBC corpus (5 MB, one very long story) and its first megabyte. */
export function loadCorpus(): { corpus: string; slice: string } {
  if (!existsSync(CORPUS)) {
    console.error(`bench: ${CORPUS} is missing; the benchmark corpus sits beside the project in ../shared/eval/perf/.`);
    process.exit(2);
  }
  const corpus = readFileSync(CORPUS, 'utf8');
  return { corpus, slice: corpus.slice(0, corpus.indexOf('\n', 1_000_000)) };
}

/**
 * A 1 MB wire digest: the BBC articles one after another, each closed by a published line —
 * how a newsroom's many-story file looks (the corpus alone has no published lines, so it is
 * one very long story).
 */
/**
 * A results table of about `mb` MB as one story: a paragraph a line, no quotation marks or
 * full stops, so searches that run on to the next such mark find none for a long way.
 */
export function resultsTable(mb: number): string {
  const lines: string[] = [];
  for (let i = 0, size = 0; size < mb * 1e6; i++) {
    lines.push(`Rovers ${i % 7} United ${i % 5}`);
    size += lines[i]!.length + 1;
  }
  return `Results\n\n${lines.join('\n')}`;
}

export function digestOf(text: string): string {
  const articles = text.split(/\n\n(?=[^\n]{1,120}\n\n)/);
  return articles.map((a, i) => `${a.trim()}\nPublished at Mon, 12 Aug 2024 ${String(10 + (i % 12)).padStart(2, '0')}:00:00 +0000`).join('\n');
}
