/**
 * Dateline detection on the Reuters development sample (../shared/eval/datelines): precision,
 * recall, exact text match, and place and month/day accuracy. Reads the data at run time; the
 * data never enters the repository.
 *   npm run eval:datelines
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis';

const DATA = join(__dirname, '..', '..', 'shared', 'eval', 'datelines');

interface Gold {
  file: string;
  dateline: string | null;
  dateline_char_start: number;
  dateline_char_end: number;
  place: string | null;
  month: string | null;
  day: number | null;
}

function main(): void {
  const index = join(DATA, 'reuters-sample.jsonl');
  if (!existsSync(index)) {
    console.error(`eval:datelines: ${index} is missing; the evaluation data sits beside the project in ../shared/eval/.`);
    process.exit(2);
  }
  const golds = readFileSync(index, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Gold);
  let found = 0, truePositive = 0, goldCount = 0, exact = 0, place = 0, monthDay = 0;
  const misses: string[] = [];
  for (const gold of golds) {
    const text = readFileSync(join(DATA, 'reuters-sample', gold.file.replace(/^.*\//, '')), 'utf8');
    const d = analyze(text).file.stories[0]?.dateline ?? null;
    if (gold.dateline) goldCount++;
    if (d) found++;
    if (!d || !gold.dateline) {
      if (d || gold.dateline) misses.push(`${gold.file}: gold ${JSON.stringify(gold.dateline)}, found ${JSON.stringify(d?.text ?? null)}`);
      continue;
    }
    const overlaps = d.start < gold.dateline_char_end && gold.dateline_char_start < d.end;
    if (!overlaps) continue;
    truePositive++;
    if (d.start === gold.dateline_char_start && d.end === gold.dateline_char_end) exact++;
    else misses.push(`${gold.file}: gold ${JSON.stringify(gold.dateline)}, found ${JSON.stringify(d.text)}`);
    if (d.place === gold.place) place++;
    const parts = (d.date ?? '').split(/\.?\s+/);
    const month = parts.find((p) => /\D/.test(p)) ?? '';
    const day = Number(parts.find((p) => /^\d+$/.test(p)));
    if (month.slice(0, 3).toLowerCase() === gold.month?.slice(0, 3).toLowerCase() && day === gold.day) monthDay++;
  }
  const precision = truePositive / Math.max(found, 1);
  const recall = truePositive / Math.max(goldCount, 1);
  const fmt = (x: number) => x.toFixed(3);
  console.log(`stories: ${golds.length}, gold datelines: ${goldCount}, found: ${found}`);
  console.log(`detection precision ${fmt(precision)}  recall ${fmt(recall)}  F1 ${fmt((2 * precision * recall) / Math.max(precision + recall, 1e-9))}`);
  console.log(`exact text match ${fmt(exact / Math.max(goldCount, 1))}  place ${fmt(place / Math.max(goldCount, 1))}  month/day ${fmt(monthDay / Math.max(goldCount, 1))}`);
  if (misses.length) console.log(`\nnot exact (${misses.length}):\n  ${misses.slice(0, 20).join('\n  ')}`);
}

main();
