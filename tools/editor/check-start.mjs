// Checks `npm start` end to end, as a person would use it: start it, wait for the URL it
// prints, check /healthz, open the sample article in the page and screenshot it, press Ctrl+C
// (SIGINT to its process group) and check that code-server is gone.
//   node tools/editor/check-start.mjs     screenshot: .editor/screenshots/start.png
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newPage } from './browser.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHOT = join(ROOT, '.editor', 'screenshots', 'start.png');

/** Resolves to the first URL `npm start` prints (it prints it once code-server answers). */
function waitForUrl(child, timeoutMs = 180_000) {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`npm start printed no URL within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
      const url = output.match(/http:\/\/127\.0\.0\.1:\d+\/\S*/)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL:\n${output}`)));
  });
}

async function screenshotSample(url) {
  const browser = await launchBrowser();
  try {
    const page = await newPage(browser);
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.monaco-workbench .part.editor').click();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('musk-trump');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('[id$="copydesk.status"][aria-label*="finding"]').waitFor({ timeout: 60_000 });
    mkdirSync(dirname(SHOT), { recursive: true });
    await page.screenshot({ path: SHOT });
  } finally {
    await browser.close();
  }
}

async function main() {
  const child = spawn('npm', ['start'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  try {
    const url = await waitForUrl(child);
    const health = await fetch(new URL('/healthz', url));
    if (!health.ok) throw new Error(`/healthz answered ${health.status}`);
    console.log(`check: /healthz ${health.status}`);
    await screenshotSample(url);
    console.log(`check: the sample article opened with Copydesk ready; screenshot ${SHOT}`);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGINT'); // what Ctrl+C in a terminal sends
    await exited;
    const stillUp = await fetch(new URL('/healthz', url)).then(() => true, () => false);
    if (stillUp) throw new Error('code-server still answers after Ctrl+C');
    console.log('check: Ctrl+C stopped code-server');
  } finally {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exit(1);
});
