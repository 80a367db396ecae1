// Prepares what the editor tests need: Debian packages (Chromium, headers and ripgrep for
// code-server's native modules) and this folder's node_modules (code-server, playwright-core).
//   node tools/editor/setup.mjs      set up, or check quickly that all is in place
// Idempotent: the second run only compares a stamp and asks dpkg, and takes well under a second.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOLS_DIR = dirname(fileURLToPath(import.meta.url));
const STAMP = join(TOOLS_DIR, 'node_modules', '.copydesk-setup-stamp');

/** chromium drives the tests; libkrb5-dev, g++, make and python3 build code-server's native modules. */
const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep', 'g++', 'make', 'python3'];

// @vscode/ripgrep (a code-server dependency) downloads ripgrep from GitHub unless this cached
// archive exists. The version names come from @vscode/ripgrep 1.15.11's postinstall.
const RIPGREP_CACHE = join(
  process.env.TMPDIR || tmpdir(),
  'vscode-ripgrep-cache-1.15.11',
  'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz',
);

/** Sets up everything; throws with a clear message when something cannot be set up. */
export function ensureEditorTools({ log = console.log } = {}) {
  ensureDebianPackages(log);
  ensureNodeModules(log);
}

function missingDebianPackages() {
  return DEBIAN_PACKAGES.filter((name) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function ensureDebianPackages(log) {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `editor tools: missing Debian packages: ${missing.join(' ')}\n` +
        `  install them as root:  apt-get update && apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`editor tools: installing Debian packages ${missing.join(' ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-q'], { env });
  run('apt-get', ['install', '-y', '-q', ...missing], { env });
}

/** A fingerprint of what `npm ci` would install: the lockfile, .npmrc and the Node version. */
function installFingerprint() {
  const hash = createHash('sha256');
  for (const file of ['package-lock.json', '.npmrc']) hash.update(readFileSync(join(TOOLS_DIR, file)));
  hash.update(process.version);
  return hash.digest('hex');
}

function ensureNodeModules(log) {
  const fingerprint = installFingerprint();
  const installed = existsSync(STAMP) && readFileSync(STAMP, 'utf8') === fingerprint;
  if (installed && existsSync(join(TOOLS_DIR, 'node_modules', 'code-server', 'lib', 'vscode'))) return;
  ensureRipgrepCache(log);
  log('editor tools: npm ci in tools/editor (code-server, playwright-core; about 2 minutes) …');
  const started = Date.now();
  run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: TOOLS_DIR });
  // code-server's postinstall fetches its own VS Code dependencies; npm 11 may skip install
  // scripts silently, so check that it really ran.
  if (!existsSync(join(TOOLS_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) {
    throw new Error('editor tools: code-server postinstall did not run (lib/vscode/node_modules is missing)');
  }
  writeFileSync(STAMP, fingerprint);
  log(`editor tools: installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Packs Debian's /usr/bin/rg as the archive @vscode/ripgrep would have downloaded. */
function ensureRipgrepCache(log) {
  if (existsSync(RIPGREP_CACHE)) return;
  log(`editor tools: caching Debian's ripgrep at ${RIPGREP_CACHE}`);
  mkdirSync(dirname(RIPGREP_CACHE), { recursive: true });
  const staging = mkdtempSync(join(tmpdir(), 'copydesk-rg-'));
  try {
    copyFileSync('/usr/bin/rg', join(staging, 'rg'));
    run('tar', ['-czf', RIPGREP_CACHE, '-C', staging, 'rg']);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`editor tools: \`${command} ${args.join(' ')}\` failed (exit ${r.status ?? r.signal})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const started = Date.now();
    ensureEditorTools();
    console.log(`editor tools: ready (${Date.now() - started} ms)`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
