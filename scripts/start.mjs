// `npm start`: Copydesk in a real VS Code in the browser. Builds and packages the extension,
// installs it into a local code-server (state in .editor/start/, kept between runs) and opens
// seeds/ on 127.0.0.1 with no password. Ctrl+C stops everything it started.
//   npm start                    a free port
//   COPYDESK_PORT=8080 npm start a fixed one
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureEditorTools } from '../tools/editor/setup.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STATE_DIR = join(ROOT, '.editor', 'start');
const SEEDS = join(ROOT, 'seeds');

/** No git prompt for the repository above seeds/. (Article settings such as word wrap come
 *  from the extension's own configurationDefaults.) */
const SETTINGS = {
  'git.openRepositoryInParentFolders': 'never',
};

function packageExtension() {
  console.log('building and packaging the extension (npm run package) …');
  const r = spawnSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run package failed');
  return join(ROOT, 'copydesk.vsix');
}

function hasDesktopCode() {
  return spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

function printHowTo(url) {
  console.log(`\nCopydesk is running in code-server:\n\n    ${url}\n`);
  console.log('Open it in a browser on this machine (127.0.0.1 only, no password). Ctrl+C stops it.');
  const desktop = `code --extensionDevelopmentPath="$PWD" seeds/`;
  console.log(
    hasDesktopCode()
      ? `A desktop VS Code is installed too: after \`npm run build\`, run  ${desktop}`
      : `With a desktop VS Code instead: \`npm run build\`, then  ${desktop}`,
  );
}

async function main() {
  ensureEditorTools();
  const vsix = packageExtension();
  const { installExtension, startCodeServer } = await import('../tools/editor/codeServer.mjs');
  await installExtension(vsix, STATE_DIR);
  const port = process.env.COPYDESK_PORT ? Number(process.env.COPYDESK_PORT) : undefined;
  const server = await startCodeServer({ folder: SEEDS, stateDir: STATE_DIR, settings: SETTINGS, port });
  printHowTo(`${server.url}?${new URLSearchParams({ folder: SEEDS })}`);
  let stopping = false;
  const stop = async (signal) => {
    stopping = true;
    console.log(`\n${signal}: stopping code-server …`);
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.child.once('exit', (code) => {
    if (stopping) return;
    console.error(`code-server exited on its own (${code}); its log: ${server.logFile}`);
    process.exit(code || 1);
  });
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
