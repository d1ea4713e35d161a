/**
 * Validates the seed files and assembles them into CompactData. Every file is checked against
 * its schema, then across files: ids are unique, every reference (section, institution, event,
 * recommendation, funding code) resolves, owners sit in their side's column, and each deadline's
 * phrase is words of its own quote. Any problem refuses the whole seed: the app never shows a
 * compact it cannot vouch for line by line.
 */
import { validate } from '../validation/shape';
import { checkReferences } from './seed-references';
import { SEED_FILE_SHAPES } from './seed-schema';
import { locate, type SeedError } from './seed-errors';
import type { CompactData, Recommendation } from './types';

/** Seed file contents keyed by their path under seeds/compact/, e.g. "recommendations/ai.json". */
export type SeedFiles = Readonly<Record<string, unknown>>;

export type CompactLoad =
  | { readonly ok: true; readonly data: CompactData }
  | { readonly ok: false; readonly errors: readonly SeedError[] };

const RECOMMENDATION_FILE = /^recommendations\/[a-z0-9-]+\.json$/;

function shapeFor(file: string) {
  return RECOMMENDATION_FILE.test(file) ? SEED_FILE_SHAPES['recommendations.json'] : SEED_FILE_SHAPES[file];
}

function field<T>(files: SeedFiles, file: string, key: string): T {
  return (files[file] as Record<string, T>)[key] as T;
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
  for (const name of names) {
    const shape = shapeFor(name);
    if (!shape) {
      errors.push({ file: name, message: 'not a known seed file' });
      continue;
    }
    for (const issue of validate(shape, files[name])) errors.push(locate(name, files[name], issue.path, issue.message));
  }
  if (errors.length) return { ok: false, errors };

  const recommendations = names
    .filter((name) => RECOMMENDATION_FILE.test(name))
    .flatMap((name) => field<Recommendation[]>(files, name, 'recommendations'));
  const data: CompactData = {
    sections: field(files, 'sections.json', 'sections'),
    domains: field(files, 'domains.json', 'domains'),
    institutions: field(files, 'institutions.json', 'institutions'),
    events: field(files, 'events.json', 'events'),
    recommendations,
    funding: files['funding.json'] as CompactData['funding'],
    northStars: field(files, 'north-stars.json', 'northStars'),
    firstSteps: field(files, 'first-steps.json', 'firstSteps'),
    metrics: field(files, 'metrics.json', 'metrics'),
    governance: field(files, 'governance.json', 'governance'),
    defenseAdjacent: field(files, 'defense-adjacent.json', 'defenseAdjacent'),
    discrepancies: field(files, 'discrepancies.json', 'discrepancies'),
    plan: field(files, 'plan.json', 'plan'),
  };
  const referenceErrors = checkReferences(files, names);
  return referenceErrors.length ? { ok: false, errors: referenceErrors } : { ok: true, data };
}
