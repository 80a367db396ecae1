// Compiles the editor tests (test/editor/**/*.ts) to out/test/editor/ with esbuild, one output
// file per source and no bundling: mocha and vscode are required at run time, as the editor
// provides `vscode` and mocha must stay one copy with its own globals.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

/** Every .ts file under dir, skipping the fixtures (they are data, not code). */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

await esbuild.build({
  entryPoints: sources('test/editor'),
  outbase: 'test/editor',
  outdir: 'out/test/editor',
  bundle: false,
  platform: 'node',
  format: 'cjs',
  target: 'es2023', // as scripts/build.mjs
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log('built editor tests into out/test/editor/');
