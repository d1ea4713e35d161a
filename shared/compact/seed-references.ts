/**
 * Cross-file checks of the seed: unique ids, references that resolve, owners in their side's
 * column, and deadline phrases that are words of their own quote. Runs on schema-valid files.
 */
import { isPlainObject, type PathPart } from '../validation/shape';
import { locate, type SeedError } from './seed-errors';
import { normaliseWhitespace } from './source-text';
import type { SeedFiles } from './load-compact';
import type { CompactData } from './types';

type Json = Readonly<Record<string, unknown>>;

interface Visit {
  readonly file: string;
  readonly node: Json;
  readonly path: readonly PathPart[];
}

function visitObjects(file: string, value: unknown, path: PathPart[], out: Visit[]): void {
  if (Array.isArray(value)) {
    value.forEach((entry, index) => visitObjects(file, entry, [...path, index], out));
  } else if (isPlainObject(value)) {
    out.push({ file, node: value, path });
    for (const [key, child] of Object.entries(value)) visitObjects(file, child, [...path, key], out);
  }
}

const QUOTE_HOLDERS = ['passage', 'benchmark', 'source'] as const;

/**
 * `data` is the seed as validated (its lists name what exists); `files` and `names` are the same
 * content as raw JSON, walked generically so every record, at any depth, is checked and located.
 */
export function checkReferences(files: SeedFiles, names: readonly string[], data: CompactData): SeedError[] {
  const errors: SeedError[] = [];
  const visits: Visit[] = [];
  for (const name of names) visitObjects(name, files[name], [], visits);
  const fail = (visit: Visit, path: readonly PathPart[], message: string) =>
    errors.push(locate(visit.file, files[visit.file], path, message));

  const sections = new Set(data.sections.map((section) => section.id));
  const events = new Set(data.events.map((event) => event.id));
  const institutions = new Map(data.institutions.map((entry) => [entry.id, entry]));
  const fundingCodes = new Set<unknown>(data.funding.mechanisms.map((entry) => entry.code));
  const codes = new Set<unknown>([...fundingCodes, ...data.recommendations.map((recommendation) => recommendation.code)]);
  const discrepancies = new Set(data.discrepancies.map((entry) => entry.id));
  const seen = new Map<string, string>();

  const unique = (visit: Visit, kind: string, key: 'id' | 'code' | 'number' | 'domain' | 'asWritten') => {
    const value = `${kind}:${String(visit.node[key])}`;
    if (seen.has(value)) fail(visit, [...visit.path, key], `duplicate ${kind} ${key} "${String(visit.node[key])}" (also in ${seen.get(value)})`);
    else seen.set(value, visit.file);
  };

  for (const visit of visits) {
    const { node, path } = visit;
    const parentKey = path.at(-2);
    if (typeof node.section === 'string' && typeof node.quote === 'string' && !sections.has(node.section)) {
      fail(visit, [...path, 'section'], `unknown section "${node.section}"`);
    }
    if ((node.kind === 'within' || node.kind === 'window') && typeof node.event === 'string' && !events.has(node.event)) {
      fail(visit, [...path, 'event'], `unknown anchor event "${node.event}"`);
    }
    if (parentKey === 'recommendations') {
      unique(visit, 'recommendation', 'code');
    }
    if (path.length === 2 && typeof node.id === 'string') unique(visit, visit.file, 'id');
    if (path.length === 2 && typeof node.number === 'number') unique(visit, visit.file, 'number');
    if (visit.file === 'metrics.json' && path.length === 2) unique(visit, 'metrics row', 'domain');
    if (parentKey === 'usOwners' || parentKey === 'israelOwners') {
      unique(visit, `${visit.file} ${String(path[1])} ${parentKey}`, 'asWritten');
    }
    if (typeof node.min === 'number' && typeof node.max === 'number' && node.min > node.max) {
      fail(visit, [...path, 'min'], `the range runs backwards (${node.min} > ${node.max})`);
    }
    if (parentKey === 'nearTerm' || parentKey === 'longTerm' || parentKey === 'targets') unique(visit, 'target', 'id');
    if (parentKey === 'mechanisms') unique(visit, 'funding', 'code');
  }

  const checkInstitution = (visit: Visit, path: readonly PathPart[], id: unknown, side: string) => {
    const entry = typeof id === 'string' ? institutions.get(id) : undefined;
    if (!entry) fail(visit, path, `unknown institution "${String(id)}"`);
    else if (entry.side !== side) fail(visit, path, `"${String(id)}" is on the ${String(entry.side)} side, not ${side}`);
  };

  for (const visit of visits) {
    const { node, path } = visit;
    const column = path.at(-2);
    if ((column === 'usOwners' || column === 'israelOwners') && Array.isArray(node.institutions)) {
      node.institutions.forEach((id: unknown, index) =>
        checkInstitution(visit, [...path, 'institutions', index], id, column === 'usOwners' ? 'us' : 'israel'),
      );
    }
    if (visit.file === 'institutions.json' && typeof node.parent === 'string') {
      checkInstitution(visit, [...path, 'parent'], node.parent, String(node.side));
    }
    if (visit.file === 'plan.json' && path.length === 2) {
      if (node.usLead !== undefined) checkInstitution(visit, [...path, 'usLead'], node.usLead, 'us');
      if (node.israelLead !== undefined) checkInstitution(visit, [...path, 'israelLead'], node.israelLead, 'israel');
      if (node.initiative !== undefined && !codes.has(node.initiative)) {
        fail(visit, [...path, 'initiative'], `unknown initiative "${String(node.initiative)}"`);
      }
      // A tier stands on a passage about this action or on a note saying the document has none.
      if (node.tierPassage === undefined && node.tierNote === undefined) {
        fail(visit, [...path, 'tierPassage'], 'no tier source: give a passage about this action, or a tierNote saying the document has none');
      }
      ((node.disputedBy as string[] | undefined) ?? []).forEach((ref, index, refs) => {
        if (!discrepancies.has(ref)) fail(visit, [...path, 'disputedBy', index], `unknown discrepancy "${ref}"`);
        else if (refs.indexOf(ref) !== index) fail(visit, [...path, 'disputedBy', index], `discrepancy "${ref}" listed twice`);
      });
    }
    if (column === 'financing' && !fundingCodes.has(node.mechanism)) {
      fail(visit, [...path, 'mechanism'], `unknown funding mechanism "${String(node.mechanism)}"`);
    }
    if (visit.file === 'discrepancies.json' && path.length === 2 && Array.isArray(node.concerns)) {
      node.concerns.forEach((code: unknown, index) => {
        if (!codes.has(code)) fail(visit, [...path, 'concerns', index], `unknown code "${String(code)}"`);
      });
    }
    const deadline = node.deadline;
    const holder = QUOTE_HOLDERS.find((key) => quoteOf(node[key]) !== null);
    const quote = holder ? quoteOf(node[holder]) : null;
    if (holder && quote !== null && isPlainObject(deadline) && typeof deadline.phrase === 'string') {
      if (!normaliseWhitespace(quote).includes(normaliseWhitespace(deadline.phrase))) {
        fail(visit, [...path, 'deadline', 'phrase'], `"${deadline.phrase}" is not in the record's ${holder} quote`);
      }
    }
  }
  return errors;
}

/** The verbatim quote of a passage-like field, or null when the field holds none. */
function quoteOf(field: unknown): string | null {
  return isPlainObject(field) && typeof field.quote === 'string' ? field.quote : null;
}
