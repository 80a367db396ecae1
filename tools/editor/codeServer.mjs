// Starts and stops code-server (VS Code in the browser with a Node extension host) for the
// editor tests, the UI check and `npm start`. Everything stays on 127.0.0.1 with no auth.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TOOLS_DIR = dirname(fileURLToPath(import.meta.url));
const ENTRY = join(TOOLS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** An empty gallery: code-server then never looks extensions up on the network. */
const NO_GALLERY = JSON.stringify({ serviceUrl: '', itemUrl: '', resourceUrlTemplate: '' });

/** User settings that keep the workbench quiet and predictable (no welcome page, no prompts). */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
};

/** Servers started and not yet stopped, so a signal handler can end them all. */
const running = new Set();

/** Stops every code-server this process started (for SIGINT/SIGTERM handlers). */
export function stopAllCodeServers() {
  return Promise.all([...running].map((server) => server.stop()));
}

/** A port the OS says is free right now (fixed ports collide between parallel runs). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Common arguments: an empty config file so code-server never writes ~/.config/code-server. */
function baseArgs(stateDir) {
  const config = join(stateDir, 'config.yaml');
  writeFileSync(config, '');
  return ['--config', config, '--user-data-dir', join(stateDir, 'data'), '--extensions-dir', join(stateDir, 'extensions')];
}

function codeServerEnv() {
  return { ...process.env, EXTENSIONS_GALLERY: NO_GALLERY };
}

/** Installs a .vsix into the extensions dir under stateDir (about a second); --force replaces the same version. */
export function installExtension(vsix, stateDir) {
  mkdirSync(stateDir, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRY, ...baseArgs(stateDir), '--install-extension', vsix, '--force'], {
      env: codeServerEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`installing ${vsix} failed (exit ${code}):\n${output}`))));
  });
}

/**
 * Starts code-server on `folder` with its own user data and extensions under `stateDir`, and
 * resolves once /healthz answers. The process leads its own group so `stop()` ends the
 * extension host and language server with it.
 */
export async function startCodeServer({ folder, stateDir, settings = {}, port }) {
  mkdirSync(join(stateDir, 'data', 'User'), { recursive: true });
  // Written once: a kept state dir (npm start) keeps what the person changed in the editor.
  const settingsFile = join(stateDir, 'data', 'User', 'settings.json');
  if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  port ??= await freePort();
  const logFile = join(stateDir, 'code-server.log');
  const logFd = openSync(logFile, 'w');
  const args = [
    ...baseArgs(stateDir),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    folder,
  ];
  const child = spawn(process.execPath, [ENTRY, ...args], { env: codeServerEnv(), detached: true, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const server = { child, port, url: `http://127.0.0.1:${port}/`, logFile, stop: () => stopGroup(child).finally(() => running.delete(server)) };
  running.add(server);
  try {
    await waitForHealth(server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitForHealth({ child, url, logFile }, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${tail(logFile)}`);
    try {
      const res = await fetch(new URL('healthz', url));
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer ${url}healthz within ${timeoutMs / 1000} s:\n${tail(logFile)}`);
}

/** The last lines of a log file, for error messages. */
export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Ends a detached child's whole process group: SIGTERM, then SIGKILL if it lingers. */
export async function stopGroup(child, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null) return killGroup(child.pid, 'SIGKILL');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child.pid, 'SIGTERM');
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
  const outcome = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    killGroup(child.pid, 'SIGKILL');
    await exited;
  }
  // The group may hold helpers (pty host, language server) that outlive the leader.
  killGroup(child.pid, 'SIGKILL');
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}
