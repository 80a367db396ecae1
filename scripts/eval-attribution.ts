/**
 * Attribution on the PolNeAR development split (../shared/eval/attribution): cue detection
 * P/R/F1 (a cue counts when it overlaps one in the gold), source spans (overlap and exact), and
 * sentence-level attributed vs unsourced (a sentence is attributed when it overlaps a cue or a
 * content span). First annotator of each article. Reads the data at run time only.
 *   npm run eval:attribution
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis';

const FILE = join(__dirname, '..', '..', 'shared', 'eval', 'attribution', 'polnear-dev.jsonl');

type Range = [number, number];
interface Record {
  article: string;
  text: string;
  attributions: { source?: Range[]; cue?: Range[]; content?: Range[] }[];
}
interface Span {
  start: number;
  end: number;
}

class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  toString(): string {
    const p = this.tp / Math.max(this.tp + this.fp, 1);
    const r = this.tp / Math.max(this.tp + this.fn, 1);
    const f = (2 * p * r) / Math.max(p + r, 1e-9);
    return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`;
  }
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function main(): void {
  if (!existsSync(FILE)) {
    console.error(`eval:attribution: ${FILE} is missing; the evaluation data sits beside the project in ../shared/eval/.`);
    process.exit(2);
  }
  const seen = new Set<string>();
  const records = readFileSync(FILE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record)
    .filter((r) => !seen.has(r.article) && seen.add(r.article));
  const cue = new Score();
  const sourceOverlap = new Score();
  const sourceExact = new Score();
  const unsourced = new Score();
  const attributed = new Score();
  let chars = 0;
  const started = performance.now();
  for (const r of records) {
    chars += r.text.length;
    const toUtf16 = codePointToUtf16(r.text);
    const spans = (ranges: Range[] | undefined): Span[] => (ranges ?? []).map(([s, e]) => ({ start: toUtf16(s), end: toUtf16(e) }));
    const goldCues = r.attributions.flatMap((a) => spans(a.cue));
    const goldSources = r.attributions.flatMap((a) => spans(a.source));
    const goldContents = r.attributions.flatMap((a) => spans(a.content));
    const analysis = analyze(r.text);
    const cues = analysis.attributions.flatMap((a) => (a.cue ? [a.cue] : []));
    const sources = analysis.attributions.flatMap((a) => (a.source ? [a.source] : []));
    count(cue, cues, goldCues, overlaps);
    count(sourceOverlap, sources, goldSources, overlaps);
    count(sourceExact, sources, goldSources, (a, b) => a.start === b.start && a.end === b.end);
    const predicted = [...cues, ...analysis.attributions.map((a) => a.content)];
    for (const s of analysis.attribution.sentences) {
      const gold = [...goldCues, ...goldContents].some((g) => overlaps(g, s));
      const found = s.attributed || predicted.some((p) => overlaps(p, s));
      tally(attributed, found, gold);
      tally(unsourced, !found, !gold);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`PolNeAR dev: ${records.length} articles (first annotator), ${(chars / 1e6).toFixed(2)} M chars in ${seconds.toFixed(1)} s`);
  console.log(`  cue (overlap)              ${cue}`);
  console.log(`  source span (overlap)      ${sourceOverlap}`);
  console.log(`  source span (exact)        ${sourceExact}`);
  console.log(`  sentences: attributed      ${attributed}`);
  console.log(`  sentences: unsourced       ${unsourced}`);
}

/** Precision over predictions that match a gold span; recall over gold spans matched. */
function count(score: Score, predicted: Span[], gold: Span[], match: (a: Span, b: Span) => boolean): void {
  for (const p of predicted) (gold.some((g) => match(p, g)) ? score.tp++ : score.fp++);
  for (const g of gold) if (!predicted.some((p) => match(p, g))) score.fn++;
}

function tally(score: Score, predicted: boolean, gold: boolean): void {
  if (predicted && gold) score.tp++;
  else if (predicted) score.fp++;
  else if (gold) score.fn++;
}

function codePointToUtf16(text: string): (cp: number) => number {
  const table: number[] = [];
  let utf16 = 0;
  for (const ch of text) {
    table.push(utf16);
    utf16 += ch.length;
  }
  table.push(utf16);
  return (cp) => table[cp] ?? utf16;
}

main();
