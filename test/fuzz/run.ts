/**
 * The long fuzz run: `npm run fuzz -- --runs 100000 [--seed N]`: that many documents in all,
 * half generated articles, three tenths mutated samples, a fifth arbitrary unicode. Every
 * document is checked against every property (see properties.ts); prints how many documents
 * each generator made, how long it took and the slowest document (kept in the temp folder),
 * and exits non-zero with the counterexample on the first failure.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { arbitraryText, generatedArticle, mutatedSample } from './articles';
import { checkDocument } from './properties';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
if (!Number.isInteger(runs) || runs <= 0) {
  console.error(`fuzz: --runs must be a positive whole number, not “${values.runs}”`);
  process.exit(2);
}

console.log(`fuzz: ${runs} documents, seed ${seed}`);
let failed = false;
const generators = [['generated articles', generatedArticle, 0.5], ['mutated sample articles', mutatedSample, 0.3], ['arbitrary unicode', arbitraryText, 0.2]] as const;
for (const [name, documents, share] of generators) {
  let slowest = { ms: 0, text: '' };
  let characters = 0;
  const started = performance.now();
  const result = fc.check(
    fc.property(documents, (text) => {
      const start = performance.now();
      checkDocument(text);
      const ms = performance.now() - start;
      characters += text.length;
      if (ms > slowest.ms) slowest = { ms, text };
    }),
    { numRuns: Math.max(1, Math.round(runs * share)), seed },
  );
  const seconds = (performance.now() - started) / 1000;
  // The slowest document is kept, so a slow pattern can be looked into.
  const kept = join(tmpdir(), `copydesk-fuzz-slowest-${name.split(' ')[0]}.txt`);
  writeFileSync(kept, slowest.text);
  console.log(`${name}: ${result.numRuns} documents (${(characters / 1e6).toFixed(1)} M characters) in ${seconds.toFixed(0)} s; slowest ${slowest.ms.toFixed(0)} ms (${slowest.text.length} characters, kept in ${kept})`);
  if (result.failed) {
    failed = true;
    console.error(fc.defaultReportMessage(result));
  }
}
process.exit(failed ? 1 : 0);
