// `npm run test:editor`: the extension in a real VS Code (code-server 4.100.3 in headless
// Chromium). Sets up the tools on first use, builds the extension and the tests, runs the mocha
// suite in the extension host, then the UI check on the packaged .vsix.
//   node scripts/editor-tests.mjs [--suite-only | --ui-only]
// Environment: COPYDESK_EDITOR_TIMEOUT_MS (default 240000) bounds each part;
// COPYDESK_EDITOR_GREP runs only the suite's tests whose titles match;
// COPYDESK_UPDATE_SCREENSHOTS=1 writes the UI check's screenshots over docs/images/.
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureEditorTools } from '../tools/editor/setup.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUT_MS = Number(process.env.COPYDESK_EDITOR_TIMEOUT_MS ?? 240_000);
const args = new Set(process.argv.slice(2));

/** Runs a Node script of this repo; a failed build ends the run. */
function node(script) {
  const r = spawnSync(process.execPath, [script], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${script} failed (exit ${r.status ?? r.signal})`);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** The mocha suite inside the editor, on the development extension (source maps, no packaging). */
async function editorSuite() {
  const { runSuite } = await import('../tools/editor/harness.mjs'); // needs playwright-core: after setup
  console.log('\neditor suite (code-server, VS Code extension host):');
  const result = await runSuite({
    extensionPath: ROOT,
    testsPath: join(ROOT, 'out/test/editor/suite/index.js'),
    workspace: join(ROOT, 'test/editor/fixtures'),
    stateDir: join(ROOT, '.editor/test-run'),
    timeoutMs: TIMEOUT_MS,
  });
  console.log(`editor suite: exit code ${result.code} in ${seconds(result.ms)}`);
  // A suite that crashed before its summary still counts as a failure.
  const failed = result.code === 0 ? result.failed : Math.max(result.failed, 1);
  return { passed: result.passed, failed };
}

/** The UI check on the packaged extension, counted as one test. */
async function uiCheck() {
  const { runUiCheck } = await import('../tools/editor/ui-check.mjs');
  // Test runs keep their screenshots out of the work tree; COPYDESK_UPDATE_SCREENSHOTS=1
  // (or `node tools/editor/ui-check.mjs`) refreshes the committed ones in docs/images/.
  const shots = join(ROOT, process.env.COPYDESK_UPDATE_SCREENSHOTS === '1' ? 'docs/images' : '.editor/screenshots');
  console.log(`\nUI check (packaged .vsix in code-server; screenshots in ${relative(ROOT, shots)}/):`);
  const seen = await runUiCheck({ root: ROOT, shots, timeoutMs: TIMEOUT_MS });
  console.log(`UI check: passed in ${seconds(seen.ms)}; copydesk.vsix is ${(seen.vsixBytes / 1024).toFixed(1)} KiB`);
  return { passed: 1, failed: 0 };
}

/** Runs a part; a thrown error is reported and counted as one failure, so the other part still runs. */
async function part(name, fn) {
  try {
    return await fn();
  } catch (error) {
    console.error(`\n${name} FAILED: ${error.stack ?? error}`);
    return { passed: 0, failed: 1 };
  }
}

async function main() {
  const started = Date.now();
  ensureEditorTools();
  const { stopAllCodeServers } = await import('../tools/editor/codeServer.mjs');
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => stopAllCodeServers().finally(() => process.exit(130)));
  }
  node('scripts/build.mjs');
  node('scripts/build-tests.mjs');
  const results = [];
  if (!args.has('--ui-only')) results.push(await part('editor suite', editorSuite));
  if (!args.has('--suite-only')) results.push(await part('UI check', uiCheck));
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  console.log(`\neditor tests took ${seconds(Date.now() - started)}`);
  console.log(`editor: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error.stack ?? error);
    process.exit(1);
  },
);
