import { test } from 'node:test';
import fc from 'fast-check';
import { arbitraryText, generatedArticle, mutatedSample } from './articles';
import { checkDocument } from './properties';

/** Documents per generator in `npm test`; `npm run fuzz -- --runs N` is the long run. */
const RUNS = Number(process.env.COPYDESK_FUZZ_RUNS ?? 700);

for (const [name, documents] of [['generated articles', generatedArticle], ['mutated sample articles', mutatedSample], ['arbitrary unicode', arbitraryText]] as const) {
  test(`${name}: no exception, spans inside the text, fixes apply cleanly, fix-all idempotent, deterministic`, () => {
    fc.assert(fc.property(documents, checkDocument), { numRuns: RUNS });
  });
}
