/**
 * Validates the seed files and assembles them into CompactData. Every file is checked against
 * its schema, then across files: ids are unique, every reference (section, institution, event,
 * recommendation, funding code) resolves, owners sit in their side's column, and each deadline's
 * phrase is words of its own quote. Any problem refuses the whole seed: the app never shows a
 * compact it cannot vouch for line by line.
 */
import { parse, type Shape } from '../validation/shape';
import { checkReferences } from './seed-references';
import { SEED_FILE_SHAPES } from './seed-schema';
import { locate, type SeedError } from './seed-errors';
import type { CompactData } from './types';

/** Seed file contents keyed by their path under seeds/compact/, e.g. "recommendations/ai.json". */
export type SeedFiles = Readonly<Record<string, unknown>>;

export type CompactLoad =
  | { readonly ok: true; readonly data: CompactData }
  | { readonly ok: false; readonly errors: readonly SeedError[] };

const RECOMMENDATION_FILE = /^recommendations\/[a-z0-9-]+\.json$/;
type SeedFileName = keyof typeof SEED_FILE_SHAPES;
const isSeedFileName = (name: string): name is SeedFileName => Object.hasOwn(SEED_FILE_SHAPES, name);

/** Whether every part was read; then none of them is undefined. */
function complete<T extends Record<string, unknown>>(parts: T): parts is { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.values(parts).every((part) => part !== undefined);
}

export function loadCompact(files: SeedFiles): CompactLoad {
  const errors: SeedError[] = [];
  const names = Object.keys(files).sort();
  for (const required of Object.keys(SEED_FILE_SHAPES).filter((name) => name !== 'recommendations.json')) {
    if (!(required in files)) errors.push({ file: required, message: 'the file is missing' });
  }
  if (!names.some((name) => RECOMMENDATION_FILE.test(name))) {
    errors.push({ file: 'recommendations/', message: 'no recommendation files' });
  }
  const fileErrors: SeedError[] = [];
  for (const name of names) {
    if (!RECOMMENDATION_FILE.test(name) && !isSeedFileName(name)) fileErrors.push({ file: name, message: 'not a known seed file' });
  }
  /** A file's content as its shape types it, or undefined (with its problems filed) when absent or invalid. */
  const read = <T>(name: string, shape: Shape<T>): T | undefined => {
    if (!(name in files)) return undefined;
    const result = parse(shape, files[name]);
    if (result.ok) return result.value;
    for (const issue of result.issues) fileErrors.push(locate(name, files[name], issue.path, issue.message));
    return undefined;
  };
  const recommendationFiles = names.filter((name) => RECOMMENDATION_FILE.test(name))
    .map((name) => read(name, SEED_FILE_SHAPES['recommendations.json']));
  const parts = {
    sections: read('sections.json', SEED_FILE_SHAPES['sections.json'])?.sections,
    domains: read('domains.json', SEED_FILE_SHAPES['domains.json'])?.domains,
    institutions: read('institutions.json', SEED_FILE_SHAPES['institutions.json'])?.institutions,
    events: read('events.json', SEED_FILE_SHAPES['events.json'])?.events,
    funding: read('funding.json', SEED_FILE_SHAPES['funding.json']),
    northStars: read('north-stars.json', SEED_FILE_SHAPES['north-stars.json'])?.northStars,
    firstSteps: read('first-steps.json', SEED_FILE_SHAPES['first-steps.json'])?.firstSteps,
    metrics: read('metrics.json', SEED_FILE_SHAPES['metrics.json'])?.metrics,
    governance: read('governance.json', SEED_FILE_SHAPES['governance.json'])?.governance,
    defenseAdjacent: read('defense-adjacent.json', SEED_FILE_SHAPES['defense-adjacent.json'])?.defenseAdjacent,
    discrepancies: read('discrepancies.json', SEED_FILE_SHAPES['discrepancies.json'])?.discrepancies,
    plan: read('plan.json', SEED_FILE_SHAPES['plan.json'])?.plan,
  };
  // Problems are reported file by file in name order, whichever order the files were read in.
  errors.push(...fileErrors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  // Every part is read when no file had a problem; `complete` says so to the type checker.
  if (errors.length || !complete(parts)) return { ok: false, errors };
  const data: CompactData = { ...parts, recommendations: recommendationFiles.flatMap((content) => content?.recommendations ?? []) };
  const referenceErrors = checkReferences(files, names, data);
  return referenceErrors.length ? { ok: false, errors: referenceErrors } : { ok: true, data };
}
