import { loadCompact, type CompactLoad } from '../../../../shared/compact/load-compact';

/**
 * The seed files, bundled into the app at build time and validated when it starts: a seed that
 * fails its schema is refused with the file, record and field, never shown in part.
 */
const modules = import.meta.glob<unknown>('../../../../seeds/compact/**/*.json', { eager: true, import: 'default' });

export function bundledSeedFiles(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(modules).map(([path, content]) => [path.replace(/^.*\/seeds\/compact\//, ''), content]),
  );
}

export function loadBundledCompact(): CompactLoad {
  return loadCompact(bundledSeedFiles());
}
