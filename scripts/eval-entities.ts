/**
 * Entity recognition on the development splits in ../shared/eval/ner: exact-span precision,
 * recall and F1 for PER, LOC and ORG (MISC is not scored), per file and per type, as conlleval
 * counts them. Reads the data at run time; it never enters the repository.
 *   npm run eval:entities [-- --errors N]   (print N missed and N spurious spans per file)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type EntityType } from '../server/src/analysis';

const DATA = join(__dirname, '..', '..', 'shared', 'eval', 'ner');
const FILES = ['conll2003-dev.docs.jsonl', 'finer-ord-val.docs.jsonl'];
const TYPES: Record<EntityType, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };
const SCORED = ['PER', 'LOC', 'ORG'];

interface Doc {
  text: string;
  entities: { type: string; char_start: number; char_end: number }[];
}

interface Counts {
  tp: number;
  found: number;
  gold: number;
}

function score(c: Counts): string {
  const p = c.tp / Math.max(c.found, 1);
  const r = c.tp / Math.max(c.gold, 1);
  const f = (2 * p * r) / Math.max(p + r, 1e-9);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (gold ${c.gold}, found ${c.found}, right ${c.tp})`;
}

function evaluate(file: string, showErrors: number): void {
  const docs = readFileSync(join(DATA, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Doc);
  const total: Counts = { tp: 0, found: 0, gold: 0 };
  const byType = new Map(SCORED.map((t) => [t, { tp: 0, found: 0, gold: 0 }]));
  const missed: string[] = [];
  const spurious: string[] = [];
  const kinds = { 'wrong type': 0, boundary: 0, 'not found': 0, 'not a name': 0 };
  const started = performance.now();
  let chars = 0;
  for (const doc of docs) {
    // Gold offsets are code points (Python); convert to UTF-16 for comparison.
    const toUtf16 = codePointToUtf16(doc.text);
    const gold = new Set(
      doc.entities.filter((e) => SCORED.includes(e.type)).map((e) => `${e.type}:${toUtf16(e.char_start)}:${toUtf16(e.char_end)}`),
    );
    chars += doc.text.length;
    const found = new Set(analyze(doc.text).entities.map((m) => `${TYPES[m.type]}:${m.start}:${m.end}`));
    for (const key of found) {
      const type = key.split(':')[0]!;
      const hit = gold.has(key);
      count(total, byType.get(type)!, hit, 'found');
      if (!hit) spurious.push(describe(doc.text, key));
      if (!hit && !overlapsAny(key, gold)) kinds['not a name']++;
    }
    for (const key of gold) {
      count(total, byType.get(key.split(':')[0]!)!, false, 'gold');
      if (found.has(key)) continue;
      missed.push(describe(doc.text, key));
      const span = key.slice(key.indexOf(':'));
      if ([...found].some((f) => f.endsWith(span))) kinds['wrong type']++;
      else if (overlapsAny(key, found)) kinds.boundary++;
      else kinds['not found']++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${file}: ${docs.length} documents, ${(chars / 1e6).toFixed(2)} M chars in ${seconds.toFixed(1)} s`);
  console.log(`  all      ${score(total)}`);
  for (const [type, c] of byType) console.log(`  ${type}      ${score(c)}`);
  console.log(`  errors: ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (showErrors > 0) {
    console.log(`  missed (first ${showErrors}):\n    ${missed.slice(0, showErrors).join('\n    ')}`);
    console.log(`  spurious (first ${showErrors}):\n    ${spurious.slice(0, showErrors).join('\n    ')}`);
  }
}

function overlapsAny(key: string, keys: Set<string>): boolean {
  const [, s, e] = key.split(':').map(Number);
  for (const k of keys) {
    const [, ks, ke] = k.split(':').map(Number);
    if (ks! < e! && s! < ke!) return true;
  }
  return false;
}

function count(total: Counts, type: Counts, hit: boolean, what: 'found' | 'gold'): void {
  total[what]++;
  type[what]++;
  if (hit) {
    total.tp++;
    type.tp++;
  }
}

function describe(text: string, key: string): string {
  const [type, start, end] = key.split(':');
  return `${type} ${JSON.stringify(text.slice(+start!, +end!))} in …${text.slice(Math.max(0, +start! - 40), +end! + 30).replace(/\n/g, ' ⏎ ')}…`;
}

/** Maps code-point offsets to UTF-16 offsets for one text. */
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

function main(): void {
  if (!existsSync(DATA)) {
    console.error(`eval:entities: ${DATA} is missing; the evaluation data sits beside the project in ../shared/eval/.`);
    process.exit(2);
  }
  const at = process.argv.indexOf('--errors');
  const showErrors = at > 0 ? Number(process.argv[at + 1] ?? 20) : 0;
  for (const file of FILES) evaluate(file, showErrors);
}

main();
