// The root "postinstall" script: `npm install` on a machine with internet access fetches the
// Electron binary here. Electron 45 has no install script of its own (it downloads lazily, on the
// first `require('electron')`), and `npm start` never downloads: the app does not contact the
// internet. Without the binary, `npm start` uses browser mode, so this must never fail an
// install: every outcome exits 0, a failure with a one-line warning.
//
// Offline installs: ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm install (CI does this) skips it at once.
// Later, with internet access: `npm run postinstall` fetches the binary.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary, electronDir, electronPackageInstalled, root } from './electron-binary.mjs';

const TIMEOUT_MS = 120_000;

try {
  main();
} catch (error) {
  warn(error instanceof Error ? error.message : String(error));
}
process.exit(0);

function main() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log('Tandem: ELECTRON_SKIP_BINARY_DOWNLOAD is set; not downloading the Electron binary (`npm start` will use browser mode).');
    return;
  }
  const present = electronBinary();
  if (present) {
    console.log(`Tandem: Electron binary already present (${path.relative(root, present)}).`);
    return;
  }
  if (!electronPackageInstalled()) {
    warn('the electron package is not in node_modules (dev dependencies omitted?)', 'A full `npm install` installs it.');
    return;
  }
  console.log(`Tandem: downloading the Electron binary (up to ${TIMEOUT_MS / 1000} s; set ELECTRON_SKIP_BINARY_DOWNLOAD=1 to skip)…`);
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: TIMEOUT_MS,
    killSignal: 'SIGKILL',
    encoding: 'utf8',
  });
  const binary = electronBinary();
  if (result.status === 0 && binary) {
    console.log(`Tandem: Electron binary installed (${path.relative(root, binary)}).`);
    return;
  }
  warn(reason(result));
}

function reason(result) {
  if (result.error?.code === 'ETIMEDOUT') return `download timed out after ${TIMEOUT_MS / 1000} s`;
  if (result.error) return result.error.message;
  if (result.status === 0) return 'the installer finished but left no binary';
  const detail = firstLine(result.stderr) || (result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`);
  const offline = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ENETUNREACH|ETIMEDOUT/.test(result.stderr ?? '');
  return `download failed: ${detail}${offline ? ' — no internet access?' : ''}`;
}

function firstLine(text) {
  return (text ?? '').split('\n').map((line) => line.trim()).find((line) => line.length > 0) ?? '';
}

function warn(why, next = 'With internet access, `npm run postinstall` retries.') {
  console.warn(`Tandem: warning: Electron binary not downloaded (${why}); \`npm start\` will use browser mode. ${next}`);
}
