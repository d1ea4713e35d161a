// `npm start [-- args]`: builds if needed, then runs Tandem in Electron when its binary is present
// and in browser mode otherwise, saying which and why. TANDEM_MODE=electron|browser forces a mode.
//
// The Electron binary is normally fetched on install, but installs here use
// ELECTRON_SKIP_BINARY_DOWNLOAD=1 (no internet). We never `require('electron')` to find it: in
// Electron 45 that call itself starts the download. path.txt + dist/<path> is the ground truth.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);
const DOWNLOAD_TIMEOUT_MS = 90_000;
// A failed download is not retried on every start (each try can cost the full timeout offline).
const DOWNLOAD_MARKER = path.join(root, 'node_modules', '.cache', 'tandem', 'electron-download-failed');
const RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

const OUTPUTS = {
  electron: ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs'],
  browser: ['dist/renderer/index.html', 'dist/electron/browser-mode.cjs'],
};

const mode = chooseMode();
console.log(mode.name === 'electron' ? `Tandem: starting Electron (${mode.reason}).` : `Tandem: ${mode.reason}; starting browser mode.`);
buildIfStale(OUTPUTS[mode.name]);
if (mode.name === 'electron' && OUTPUTS.electron.every((f) => existsSync(path.join(root, f)))) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node and ignore main.cjs
  // Electron, like Chromium, refuses to run as root with its sandbox (containers, CI).
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  run(mode.binary, [...sandbox, 'dist/electron/main.cjs', ...args], env);
} else {
  if (mode.name === 'electron') {
    if (process.env.TANDEM_MODE === 'electron') fail('electron/main.ts or preload.ts did not build; cannot start Electron.');
    console.log('Tandem: electron/main.ts or preload.ts did not build; starting browser mode instead.');
  }
  run(process.execPath, ['dist/electron/browser-mode.cjs', ...args]);
}

function chooseMode() {
  const forced = process.env.TANDEM_MODE;
  if (forced && forced !== 'electron' && forced !== 'browser') fail(`TANDEM_MODE must be "electron" or "browser", not "${forced}".`);
  if (forced === 'browser') return { name: 'browser', reason: 'TANDEM_MODE=browser' };
  const found = electronBinary();
  if (found) return { name: 'electron', binary: found, reason: forced ? 'TANDEM_MODE=electron' : `binary at ${path.relative(root, found)}` };
  if (forced !== 'electron') {
    if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
      return { name: 'browser', reason: 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD is set)' };
    }
    if (recentlyFailed()) {
      return { name: 'browser', reason: `Electron binary not installed (download failed less than a day ago; TANDEM_MODE=electron retries now)` };
    }
  }
  const why = downloadElectron();
  const binary = electronBinary();
  if (binary) return { name: 'electron', binary, reason: 'binary just downloaded' };
  if (forced === 'electron') fail(`TANDEM_MODE=electron, but the Electron binary could not be installed (${why}).`);
  return { name: 'browser', reason: `Electron binary not installed (${why})` };
}

/** The binary electron/install.js would have unpacked, or null. Never loads the electron package. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function recentlyFailed() {
  try {
    return Date.now() - statSync(DOWNLOAD_MARKER).mtimeMs < RETRY_AFTER_MS;
  } catch {
    return false;
  }
}

function downloadElectron() {
  if (!existsSync(path.join(electronDir, 'install.js'))) return 'the electron package is not installed';
  console.log(`Tandem: the Electron binary is missing; trying to download it once (up to ${DOWNLOAD_TIMEOUT_MS / 1000} s)…`);
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS,
    encoding: 'utf8',
  });
  if (result.status === 0 && electronBinary()) return 'downloaded';
  const why = result.error?.code === 'ETIMEDOUT' ? `download timed out after ${DOWNLOAD_TIMEOUT_MS / 1000} s` : `download failed: ${firstLine(result.stderr) || `exit ${result.status}`}`;
  mkdirSync(path.dirname(DOWNLOAD_MARKER), { recursive: true });
  writeFileSync(DOWNLOAD_MARKER, `${new Date().toISOString()} ${why}\n`);
  return why;
}

function firstLine(text) {
  return (text ?? '').split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
}

/** Rebuilds when an output is missing or older than any source or build input. */
function buildIfStale(outputs) {
  const oldestOutput = Math.min(...outputs.map((f) => mtime(path.join(root, f))));
  const inputs = ['shared', 'renderer', 'electron', 'seeds', 'vite.config.ts', 'build/build.mjs', 'package.json'];
  const newestInput = Math.max(...inputs.map((f) => newestMtime(path.join(root, f))));
  if (oldestOutput >= newestInput) return;
  console.log(oldestOutput === 0 ? 'Tandem: no build yet; building…' : 'Tandem: sources changed since the last build; building…');
  const result = spawnSync(process.execPath, [path.join(root, 'build', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail('build failed.');
}

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newestMtime(entry) {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows only as a newer directory
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules' || child.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Runs the app in the foreground; Ctrl+C reaches it directly (same process group). */
function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => () => {
    if (child.exitCode === null) child.kill(signal);
  };
  // SIGINT from a terminal already reaches the child; ignoring it here lets the child shut down
  // cleanly and report its own exit code. SIGTERM (sent to us alone) is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => fail(`could not start ${command}: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function fail(message) {
  console.error(`Tandem: ${message}`);
  process.exit(1);
}
