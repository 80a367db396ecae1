/**
 * The editor suite's entry point: VS Code (test-electron, or code-server through the `payload`
 * harness) loads this file in the extension host and calls `run()`. mocha is required from the
 * extension's node_modules at run time, not bundled.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { LinePrefixReporter } from './reporter';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: LinePrefixReporter });
  const grep = process.env.COPYDESK_EDITOR_GREP;
  if (grep) mocha.grep(grep);
  for (const file of testFiles(__dirname)) mocha.addFile(file);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} editor test(s) failed`);
}

/** `*.test.js` beside this file, in name order (activation first: it opens the first article). */
function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(dir, name));
}
