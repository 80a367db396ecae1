/**
 * Runs the editor suite in desktop VS Code with @vscode/test-electron, for machines that can
 * download VS Code (`npm run test:electron`). Where they cannot, `npm run test:editor` runs
 * the same suite in code-server.
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '../../..');

async function main(): Promise<void> {
  try {
    await runTests({
      // The same VS Code as code-server 4.100.3, unless a newer one is asked for.
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out/test/editor/suite/index.js'),
      launchArgs: [path.join(ROOT, 'test/editor/fixtures'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
  } catch (error) {
    console.error('editor tests failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

void main();
