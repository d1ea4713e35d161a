import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCompact } from '../../../shared/compact/load-compact';
import { buildSeedUpdate } from '../../../shared/workspace/seed-update';

/**
 * The canonical seed update built from seeds/compact/ on disk, the way the app builds it from the
 * bundled files: what a new workspace holds, for the inspector to compare a file against.
 */
export function seedUpdateFrom(seedDir: string): Uint8Array {
  const files: Record<string, unknown> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) files[path.relative(seedDir, full).split(path.sep).join('/')] = JSON.parse(readFileSync(full, 'utf8'));
    }
  };
  walk(seedDir);
  const compact = loadCompact(files);
  if (!compact.ok) throw new Error(`the seed files in ${seedDir} are invalid (${compact.errors.length} problems)`);
  return buildSeedUpdate(compact.data);
}
