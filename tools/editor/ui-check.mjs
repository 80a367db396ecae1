// The UI check: what a person sees. Packages the .vsix, installs it into a fresh code-server,
// opens the sample article in headless Chromium and checks the language mode, the Copydesk
// status item, the published-line hover, the Problems panel and the Outline view, saving a
// screenshot of each (docs/images/ when run alone: that refreshes the README's pictures).
//   node tools/editor/ui-check.mjs        (after tools/editor/setup.mjs)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newPage } from './browser.mjs';
import { installExtension, startCodeServer } from './codeServer.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE = 'musk-trump-x-and-iran.article';
const STORIES = [
  'Musk blames cyberattack as his chat with Trump on X hit by technical issues',
  'Iran could retaliate against Israel as soon as this week, White House says',
];
const PUBLISHED = 'Published at Mon, 12 Aug 2024 22:47:30 +0000';

// The git toast (the repo is a parent of seeds/) would cover the screenshots. Word wrap and
// no boxes around curly quotes come from the extension's configurationDefaults for articles.
const UI_SETTINGS = {
  'editor.cursorBlinking': 'solid', // the same pixels every run
  'git.openRepositoryInParentFolders': 'never',
  'outline.collapseItems': 'alwaysExpand',
  'workbench.colorTheme': 'Default Light Modern',
};

/** Runs every check; resolves to what was seen, throws on the first failed expectation. */
export async function runUiCheck({ root = ROOT, shots = join(root, 'docs', 'images'), log = console.log, timeoutMs = 180_000 } = {}) {
  const started = Date.now();
  const vsix = packageExtension(root, log);
  const stateDir = join(root, '.editor', 'ui-check');
  rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  await installExtension(vsix.path, stateDir);
  const server = await startCodeServer({ folder: join(root, 'seeds'), stateDir, settings: UI_SETTINGS });
  const browser = await launchBrowser();
  try {
    const page = await newPage(browser, { width: 1440, height: 900 });
    page.setDefaultTimeout(30_000);
    try {
      const seen = await withTimeout(checkWorkbench(page, server, root, shots, log), timeoutMs, 'the UI check');
      return { ...seen, vsixBytes: vsix.bytes, ms: Date.now() - started };
    } catch (error) {
      const shot = join(stateDir, 'failure.png');
      await page.screenshot({ path: shot }).catch(() => {});
      error.message += `\n  screen at the failure: ${shot}; code-server log: ${server.logFile}`;
      throw error;
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function checkWorkbench(page, server, root, shots, log) {
  await page.goto(`${server.url}?${new URLSearchParams({ folder: join(root, 'seeds') })}`);
  await page.locator('.monaco-workbench').waitFor();
  await openFile(page, SAMPLE);
  const languageMode = await poll('the language mode to say Article', () => statusText(page, '#status\\.editor\\.mode', /^Article$/));
  log(`  ✓ language mode in the status bar: ${languageMode}`);
  // The item says "0 findings" until the first diagnostics arrive, so wait for the number the
  // CLI (the same analysis core) finds in the file.
  const expected = cliFindings(root, join(root, 'seeds', SAMPLE));
  const counted = new RegExp(`Copydesk · ${expected.all} findings?$`);
  const status = await poll(`the Copydesk status item to count ${expected.all} findings as the CLI does`, () =>
    statusText(page, '[id$="copydesk.status"]', counted),
  );
  log(`  ✓ Copydesk status item: ${status}`);

  // Outline first: it stays open beside the editor in the later screenshots.
  const outline = await readOutline(page, STORIES);
  log(`  ✓ Outline lists: ${outline.filter((name) => STORIES.includes(name)).join(' | ')}`);
  await screenshot(page, join(shots, 'outline.png'));

  const { line, column } = positionOf(readFileSync(join(root, 'seeds', SAMPLE), 'utf8'), PUBLISHED);
  const hover = await readHover(page, line, column + 4, 'Aug. 12, 2024');
  log(`  ✓ hover on line ${line}: ${hover.replace(/\s+/g, ' ')}`);
  await screenshot(page, join(shots, 'editor-hover.png'));
  await page.keyboard.press('Escape');

  const problems = await readProblems(page, expected.listed);
  log(`  ✓ Problems panel: ${problems.rows} rows, ${problems.markers.length} of them Copydesk findings (the CLI finds ${expected.listed})`);
  // Select the finding, as a person would, so the editor scrolls to it.
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'copydesk' }).first().click();
  await screenshot(page, join(shots, 'problems.png'));
  return { languageMode, status, hover, problems, outline };
}

/** Screenshots once fade-ins (hover, panels) have finished, so nothing is half transparent. */
async function screenshot(page, path) {
  await page.evaluate(() => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    return Promise.all(finite.map((a) => a.finished.catch(() => {})));
  });
  await page.screenshot({ path });
}

/** `npm run package`: a production build and the .vsix, as a user would install it. */
function packageExtension(root, log) {
  log('  packaging the extension (npm run package) …');
  const r = spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run package failed:\n${r.stdout}\n${r.stderr}`);
  const path = join(root, 'copydesk.vsix');
  return { path, bytes: statSync(path).size };
}

/** How many findings `copydesk analyze` reports: all, and those the Problems panel lists (not hints). */
function cliFindings(root, file) {
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'analyze', file, '--json'], { encoding: 'utf8' });
  if (r.status !== 0 && !r.stdout) throw new Error(`copydesk analyze failed:\n${r.stderr}`);
  const findings = JSON.parse(r.stdout)[0].findings;
  return { all: findings.length, listed: findings.filter((f) => f.severity !== 'hint').length };
}

/** Quick Open (Ctrl+P): type the name, wait for the match, open it. */
async function openFile(page, name) {
  await page.locator('.monaco-workbench .part.editor').click(); // give the workbench keyboard focus
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: STORIES[0] }).first().waitFor();
}

async function statusText(page, selector, pattern) {
  const item = page.locator(`#workbench\\.parts\\.statusbar ${selector}`);
  if ((await item.count()) === 0) return undefined;
  // The label is "<icon name>  <text>, <tooltip>": keep the text.
  const label = (await item.first().getAttribute('aria-label')) ?? '';
  const text = label.split(',')[0].replace(/^(pass|sync~spin|loading~spin|debug-stop)\s+/, '').trim();
  return pattern.test(text) ? text : undefined;
}

/**
 * Go to line:column (Ctrl+G), then Show Hover (Ctrl+K Ctrl+I). Hovers can miss while the
 * extension is still activating, so this retries until the expected text shows.
 */
async function readHover(page, line, column, expected) {
  return poll(`a hover containing "${expected}"`, async () => {
    await goTo(page, line, column);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden) .monaco-hover-content').first();
    const text = await hover.innerText({ timeout: 3_000 }).catch(() => '');
    if (text.includes(expected)) return text;
    await page.keyboard.press('Escape');
    return undefined;
  }, 60_000);
}

/** Go to Line (Ctrl+G) in the active editor. */
async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  // The quick input opens with a ":" prefix; fill() replaces it, so type it again.
  await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** Problems panel (Ctrl+Shift+M): waits until it lists the expected number of Copydesk findings. */
async function readProblems(page, expectedMarkers) {
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  return poll(`${expectedMarkers} copydesk rows in the Problems panel`, async () => {
    const texts = await rows.allInnerTexts();
    const markers = texts.filter((t) => t.includes('copydesk'));
    return markers.length === expectedMarkers ? { rows: texts.length, markers } : undefined;
  });
}

/** Opens the explorer's Outline pane (collapsing the folder pane above it) and reads its rows. */
async function readOutline(page, expected) {
  const sidebar = page.locator('.monaco-workbench .part.sidebar');
  const folders = sidebar.locator('.pane-header[aria-label^="Explorer Section"]').first();
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  const outline = sidebar.locator('.pane-header[aria-label^="Outline Section"]').first();
  if ((await outline.getAttribute('aria-expanded')) !== 'true') await outline.click();
  const names = sidebar.locator('.pane-body .monaco-list-row .label-name');
  const seen = await poll('the story headlines in the Outline view', async () => {
    const texts = (await names.allInnerTexts()).map((t) => t.trim());
    return expected.every((s) => texts.includes(s)) ? texts : undefined;
  });
  await widenSidebar(page, 520); // headlines are long; the default width cuts them off
  await goTo(page, 1, 1); // show the first story from its headline; the outline follows the cursor
  return seen;
}

/** Drags the sash on the sidebar's right edge until the sidebar is `width` pixels wide. */
async function widenSidebar(page, width) {
  const box = await page.locator('.monaco-workbench .part.sidebar').boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
  // Park the pointer on the sidebar's empty lower part: on the sash it stays highlighted,
  // over text it would raise hovers.
  await page.mouse.move(box.x + 100, box.y + box.height - 120);
}

/** 1-based line and column of `needle` in `text`, as Ctrl+G expects them. */
function positionOf(text, needle) {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: before.at(-1).length + 1 };
}

/** Calls `probe` until it returns a value (not undefined), or fails after timeoutMs. */
async function poll(what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`UI check: timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const seen = await runUiCheck();
    console.log(`screenshots: ${join(ROOT, 'docs', 'images')}`);
    console.log(`UI check passed in ${(seen.ms / 1000).toFixed(1)} s; .vsix ${(seen.vsixBytes / 1024).toFixed(1)} KiB`);
  } catch (error) {
    console.error(error.stack ?? error);
    process.exit(1);
  }
}
