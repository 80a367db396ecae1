// Runs the mocha editor suite inside code-server through VS Code's own extension-test
// harness: the page URL's `payload` names the development extension and the tests, the suite
// runs in the Node extension host, and the workbench reports the exit code back to the page
// through window.codeAutomationExit.
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, newPage } from './browser.mjs';
import { startCodeServer, tail } from './codeServer.mjs';

/** Lines of the suite's reporter carry this prefix (test/editor/suite/reporter.ts). */
const SUITE_PREFIX = '[copydesk-editor] ';

/**
 * Runs the suite at `testsPath` against the extension in `extensionPath`, with `workspace`
 * open. Resolves to { code, ms }: code 0 when every test passed.
 */
export async function runSuite({ extensionPath, testsPath, workspace, stateDir, timeoutMs = 180_000, log = console.log }) {
  rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });
  const consoleLog = join(stateDir, 'browser-console.log');
  const started = Date.now();
  const server = await startCodeServer({ folder: workspace, stateDir });
  let browser;
  try {
    browser = await launchBrowser();
    const page = await newPage(browser);
    const waitForExit = await watchExit(page, timeoutMs);
    const counts = { passed: 0, failed: 0 };
    page.on('console', (message) => onConsole(message.text(), consoleLog, log, counts));
    await page.exposeFunction('codeAutomationLog', (...args) => appendFileSync(consoleLog, `[automation] ${args.join(' ')}\n`));
    await page.goto(harnessUrl(server.port, { extensionPath, testsPath, workspace }));
    const code = await waitForExit();
    return { code, ms: Date.now() - started, ...counts };
  } catch (error) {
    error.message += `\n--- code-server log (${server.logFile}) ---\n${tail(server.logFile)}\n--- browser console: ${consoleLog}`;
    throw error;
  } finally {
    await browser?.close();
    await server.stop();
  }
}

/** Resolves to the exit code the workbench reports; rejects on a hang or a crashed page. */
async function watchExit(page, timeoutMs) {
  let settle;
  const exited = new Promise((resolve, reject) => (settle = { resolve, reject }));
  await page.exposeFunction('codeAutomationExit', (code) => settle.resolve(code));
  page.on('crash', () => settle.reject(new Error('the workbench page crashed')));
  exited.catch(() => {}); // handled by the race below; avoids an early unhandled rejection
  let timer;
  const hang = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the editor suite did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  return () => Promise.race([exited, hang]).finally(() => clearTimeout(timer));
}

/** The workbench URL with VS Code's test `payload`, paths seen from the server side. */
function harnessUrl(port, { extensionPath, testsPath, workspace }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  const query = new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) });
  return `http://127.0.0.1:${port}/?${query}`;
}

/** Keeps every console line in a file, shows the suite's own lines as they come and reads its totals. */
function onConsole(text, file, log, counts) {
  appendFileSync(file, `${text}\n`);
  const at = text.indexOf(SUITE_PREFIX);
  if (at < 0) return;
  const line = text.slice(at + SUITE_PREFIX.length);
  log(line);
  const totals = line.match(/^(\d+) passed, (\d+) failed/);
  if (totals) Object.assign(counts, { passed: Number(totals[1]), failed: Number(totals[2]) });
}
