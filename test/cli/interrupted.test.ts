/**
 * `copydesk check --fix` killed outright in the middle of a run (SIGKILL: no chance to tidy
 * up) leaves every story either as it was or fully fixed, never half of each.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixAll } from '../../server/src/analysis';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FILES = 300;

/** A story with mechanical fixes spread through it, long enough that each file takes a while. */
function story(i: number): string {
  const paragraph = `The council voted on Monday, Aug. 13, 2024, at 9:00 a.m. to pass the the budget for district ${i}, officials said.`;
  return `Council passes budget ${i}\nRALEIGH, NC (AP)—${Array.from({ length: 40 }, () => paragraph).join('\n\n')}\nPublished at Tue, 19 Aug 2024 14:05:00 +0000\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'copydesk-interrupted-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a fix run killed midway leaves every file old or new, whole', async () => {
  const before = Array.from({ length: FILES }, (_, i) => story(i));
  const fixed = before.map((text) => fixAll(text).text);
  assert.ok(fixed.every((text, i) => text !== before[i]), 'every story must have something to fix');
  before.forEach((text, i) => writeFileSync(join(dir, `story-${String(i).padStart(3, '0')}.article`), text));

  const child = spawn(process.execPath, [CLI, 'check', '--fix', dir, '--format', 'json'], { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  // Kill it once some files are written and before all are.
  const written = () => fixed.filter((text, i) => readFileSync(join(dir, `story-${String(i).padStart(3, '0')}.article`), 'utf8') === text).length;
  while (written() < 5) await new Promise((resolve) => setTimeout(resolve, 2));
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'the run ended before it could be interrupted');

  const states = before.map((text, i) => {
    const now = readFileSync(join(dir, `story-${String(i).padStart(3, '0')}.article`), 'utf8');
    return now === text ? 'old' : now === fixed[i] ? 'new' : 'damaged';
  });
  assert.equal(states.filter((s) => s === 'damaged').length, 0);
  const fresh = states.filter((s) => s === 'new').length;
  assert.ok(fresh >= 5 && fresh < FILES, `${fresh} of ${FILES} files fixed: the kill did not land midway`);
  // At most the one temporary file being written at the kill remains, hidden and apart from the stories.
  const leftovers = readdirSync(dir).filter((f) => !/^story-\d{3}\.article$/.test(f));
  assert.ok(leftovers.length <= 1 && leftovers.every((f) => /^\.story-\d{3}\.article\.copydesk-\d+\.tmp$/.test(f)), `left behind: ${leftovers.join(', ')}`);
});
