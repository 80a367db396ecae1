import { buildSync } from 'esbuild';
import { join } from 'node:path';

/**
 * The analysis bundled by esbuild the way `dist/server.js` and `dist/cli.js` are, so the
 * in-process rows time the code users run. Loaded through the TypeScript loader instead, every
 * function would carry the loader's name-keeping wrapper, a cost no shipped build has.
 */
export function loadAnalysis(): typeof import('./analysisEntry') {
  const outfile = join(__dirname, '..', 'out', 'bench', 'analysis.js');
  buildSync({ entryPoints: [join(__dirname, 'analysisEntry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'es2023' /* as scripts/build.mjs */, mainFields: ['module', 'main'], outfile, logLevel: 'error' });
  return require(outfile) as typeof import('./analysisEntry');
}
