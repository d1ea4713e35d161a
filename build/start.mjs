// `npm start [-- args]`: builds if needed, then runs Tandem in Electron when its binary is present
// and in browser mode otherwise, saying which and why. TANDEM_MODE=electron|browser forces a mode.
//
// This script never downloads anything (the app does not contact the internet): the binary comes
// from `npm install` with internet access (build/postinstall.mjs). Electron runs as `electron .`
// from the repo root, so it reads package.json like a packaged app would: "main" is
// dist/electron/main.cjs, and productName "Tandem" names the app, its user-data folder
// (~/.config/Tandem on Linux) and its single-instance lock; app.getVersion() is Tandem's.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { electronBinary, electronPackageInstalled, root } from './electron-binary.mjs';

const args = process.argv.slice(2);

const OUTPUTS = {
  electron: ['dist/renderer/index.html', 'dist/electron/main.cjs', 'dist/electron/preload.cjs'],
  browser: ['dist/renderer/index.html', 'dist/electron/browser-mode.cjs'],
};

const mode = chooseMode();
console.log(mode.name === 'electron' ? `Tandem: starting Electron (${mode.reason}).` : `Tandem: ${mode.reason}; starting browser mode.`);
if (mode.hint) console.log(`Tandem: ${mode.hint}`);
buildIfStale(OUTPUTS[mode.name]);
if (mode.name === 'electron') {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node and ignore the app
  // Electron, like Chromium, refuses to run as root with its sandbox (containers, CI).
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  run(mode.binary, [...sandbox, '.', ...args], env);
} else {
  run(process.execPath, ['dist/electron/browser-mode.cjs', ...args]);
}

function chooseMode() {
  const forced = process.env.TANDEM_MODE;
  if (forced && forced !== 'electron' && forced !== 'browser') fail(`TANDEM_MODE must be "electron" or "browser", not "${forced}".`);
  if (forced === 'browser') return { name: 'browser', reason: 'TANDEM_MODE=browser' };
  const binary = electronBinary();
  if (binary) return { name: 'electron', binary, reason: forced ? 'TANDEM_MODE=electron' : `binary at ${path.relative(root, binary)}` };
  const missing = missingBinary();
  if (forced === 'electron') fail(`TANDEM_MODE=electron, but ${missing.reason}. ${missing.hint}`);
  return { name: 'browser', ...missing };
}

/** Why there is no binary, and how to get one. */
function missingBinary() {
  if (!electronPackageInstalled()) {
    return { reason: 'the electron package is not installed', hint: 'Run `npm install` to use Electron.' };
  }
  const cause = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD
    ? 'ELECTRON_SKIP_BINARY_DOWNLOAD is set'
    : 'not downloaded by `npm install`: no internet access, or ELECTRON_SKIP_BINARY_DOWNLOAD was set';
  return {
    reason: `the Electron binary is not installed (${cause})`,
    hint: 'To use Electron, run `npm run postinstall` with internet access and ELECTRON_SKIP_BINARY_DOWNLOAD unset.',
  };
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
