// Where the Electron binary is, without loading the electron package: in Electron 45,
// `require('electron')` itself starts a download when the binary is missing, and Tandem never
// contacts the internet on its own. node_modules/electron/install.js unpacks the binary into
// dist/ and writes path.txt (the binary's path inside dist/); both present is the ground truth.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const electronDir = path.join(root, 'node_modules', 'electron');

/** The installed Electron binary, or null. */
export function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Whether the electron npm package (with its installer) is in node_modules at all. */
export function electronPackageInstalled() {
  return existsSync(path.join(electronDir, 'install.js'));
}
