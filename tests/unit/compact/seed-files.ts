/** Reads seeds/compact/ from disk the way the app bundles it: path under seeds/compact → parsed JSON. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCompact, type SeedFiles } from '../../../shared/compact/load-compact';
import type { CompactData } from '../../../shared/compact/types';

export const SEED_DIR = join(import.meta.dirname, '../../../seeds/compact');
export const COMPACT_TEXT_PATH = join(import.meta.dirname, '../../../seeds/source/us-israel-tech-compact-2026.txt');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsonFiles(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );
}

export function readSeedFiles(dir: string = SEED_DIR): Record<string, unknown> {
  return Object.fromEntries(
    jsonFiles(dir).map((path) => [relative(dir, path).split('\\').join('/'), JSON.parse(readFileSync(path, 'utf8'))]),
  );
}

export function loadSeeds(files: SeedFiles = readSeedFiles()): CompactData {
  const result = loadCompact(files);
  if (!result.ok) throw new Error(`seed refused:\n${result.errors.map((e) => JSON.stringify(e)).join('\n')}`);
  return result.data;
}

/** A deep copy to break on purpose. */
export function copyOf(files: Record<string, unknown>): Record<string, unknown> {
  return structuredClone(files);
}
