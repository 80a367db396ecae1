import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(__dirname, '..', '..');
const FORBIDDEN_PACKAGES = /^(vscode|vscode-languageserver[\w-]*|vscode-languageclient|vscode-jsonrpc)(\/|$)/;
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Bundles an entry point as the server build would and lists every module it reaches (from
 * esbuild's metafile): the source files and packages bundled, and every import path seen.
 */
async function reachableImports(entry: string): Promise<{ inputs: string[]; imports: string[] }> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  const meta = result.metafile!;
  const imports = Object.values(meta.inputs).flatMap((input) => input.imports.map((i) => i.path));
  return { inputs: Object.keys(meta.inputs), imports };
}

// The core must not pull in the editor, the LSP libraries or Node built-ins (no fs, no net),
// so it stays a pure function of its input, usable anywhere and unable to touch the network.

describe('the analysis core is pure', () => {
  test('nothing reachable from analysis/index.ts imports vscode, LSP packages or Node built-ins', async () => {
    const { inputs, imports } = await reachableImports('server/src/analysis/index.ts');
    const packages = inputs.filter((p) => p.includes('node_modules/')).map((p) => p.replace(/^.*node_modules\//, ''));
    assert.deepEqual(packages.filter((p) => FORBIDDEN_PACKAGES.test(p)), []);
    assert.deepEqual(imports.filter((i) => BUILTINS.has(i) || FORBIDDEN_PACKAGES.test(i)), []);
    assert.ok(inputs.some((p) => p.endsWith('analysis/article/parse.ts')), 'the bundle should contain the parser');
  });

  test('the check would catch a forbidden import (the server itself imports them)', async () => {
    const { inputs, imports } = await reachableImports('server/src/server.ts');
    assert.ok(inputs.some((p) => /node_modules\/vscode-languageserver\//.test(p)));
    assert.ok(imports.some((i) => BUILTINS.has(i)));
  });
});
