/**
 * Cross-file checks of the seed: unique ids, references that resolve, owners in their side's
 * column, and deadline phrases that are words of their own quote. Runs on schema-valid files.
 */
import type { PathPart } from '../validation/shape';
import { locate, type SeedError } from './seed-errors';
import { normaliseWhitespace } from './source-text';
import type { SeedFiles } from './load-compact';

type Json = Record<string, unknown>;

interface Visit {
  readonly file: string;
  readonly node: Json;
  readonly path: readonly PathPart[];
}

function visitObjects(file: string, value: unknown, path: PathPart[], out: Visit[]): void {
  if (Array.isArray(value)) {
    value.forEach((entry, index) => visitObjects(file, entry, [...path, index], out));
  } else if (typeof value === 'object' && value !== null) {
    out.push({ file, node: value as Json, path });
    for (const [key, child] of Object.entries(value)) visitObjects(file, child, [...path, key], out);
  }
}

const QUOTE_HOLDERS = ['passage', 'benchmark', 'source'] as const;

export function checkReferences(files: SeedFiles, names: readonly string[]): SeedError[] {
  const errors: SeedError[] = [];
  const visits: Visit[] = [];
  for (const name of names) visitObjects(name, files[name], [], visits);
  const fail = (visit: Visit, path: readonly PathPart[], message: string) =>
    errors.push(locate(visit.file, files[visit.file], path, message));

  const listOf = (file: string, key: string) => (files[file] as Json)[key] as Json[];
  const sections = new Set(listOf('sections.json', 'sections').map((section) => section.id as string));
  const events = new Set(listOf('events.json', 'events').map((event) => event.id as string));
  const institutions = new Map(listOf('institutions.json', 'institutions').map((entry) => [entry.id as string, entry]));
  const discrepancies = new Set(listOf('discrepancies.json', 'discrepancies').map((entry) => entry.id as string));
  const fundingCodes = new Set(listOf('funding.json', 'mechanisms').map((entry) => entry.code as string));
  const codes = new Set(fundingCodes);
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
      codes.add(node.code as string);
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
    const entry = institutions.get(id as string);
    if (!entry) fail(visit, path, `unknown institution "${String(id)}"`);
    else if (entry.side !== side) fail(visit, path, `"${String(id)}" is on the ${String(entry.side)} side, not ${side}`);
  };

  for (const visit of visits) {
    const { node, path } = visit;
    const column = path.at(-2);
    if (column === 'usOwners' || column === 'israelOwners') {
      (node.institutions as unknown[]).forEach((id, index) =>
        checkInstitution(visit, [...path, 'institutions', index], id, column === 'usOwners' ? 'us' : 'israel'),
      );
    }
    if (visit.file === 'institutions.json' && typeof node.parent === 'string') {
      checkInstitution(visit, [...path, 'parent'], node.parent, node.side as string);
    }
    if (visit.file === 'plan.json' && path.length === 2) {
      if (node.usLead !== undefined) checkInstitution(visit, [...path, 'usLead'], node.usLead, 'us');
      if (node.israelLead !== undefined) checkInstitution(visit, [...path, 'israelLead'], node.israelLead, 'israel');
      if (node.initiative !== undefined && !codes.has(node.initiative as string)) {
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
    if (column === 'financing' && !fundingCodes.has(node.mechanism as string)) {
      fail(visit, [...path, 'mechanism'], `unknown funding mechanism "${String(node.mechanism)}"`);
    }
    if (visit.file === 'discrepancies.json' && path.length === 2) {
      (node.concerns as string[]).forEach((code, index) => {
        if (!codes.has(code)) fail(visit, [...path, 'concerns', index], `unknown code "${code}"`);
      });
    }
    const deadline = node.deadline as Json | undefined;
    const holder = QUOTE_HOLDERS.find((key) => typeof (node[key] as Json | undefined)?.quote === 'string');
    if (deadline && holder) {
      const quote = normaliseWhitespace((node[holder] as Json).quote as string);
      if (!quote.includes(normaliseWhitespace(deadline.phrase as string))) {
        fail(visit, [...path, 'deadline', 'phrase'], `"${String(deadline.phrase)}" is not in the record's ${holder} quote`);
      }
    }
  }
  return errors;
}
