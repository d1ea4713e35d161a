/**
 * The owner directory as the UI reads it. Records may come from peers, so each is read
 * defensively; an unreadable record is listed with its problem rather than dropped.
 */
import * as Y from 'yjs';
import { INSTITUTION_KINDS, SIDES, type InstitutionKind, type Side } from '../compact/types';
import { isOneOf } from '../validation/one-of';
import { INSTITUTION_FIELDS as F, institutionsMap } from './schema';

export interface InstitutionView {
  readonly id: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly side: Side | null;
  readonly kind: InstitutionKind | null;
  readonly parent: string | null;
  readonly problems: readonly string[];
}

export type InstitutionDirectory = ReadonlyMap<string, InstitutionView>;

function deriveInstitution(id: string, value: unknown): InstitutionView {
  if (!(value instanceof Y.Map)) {
    return { id, name: id, shortName: null, side: null, kind: null, parent: null, problems: ['The record is not an institution.'] };
  }
  const problems: string[] = [];
  const name = value.get(F.name);
  const side = value.get(F.side);
  const kind = value.get(F.kind);
  if (typeof name !== 'string' || name.trim() === '') problems.push('The institution has no name.');
  if (!isOneOf(SIDES, side)) problems.push(`Unknown side ${JSON.stringify(side ?? null)}.`);
  if (!isOneOf(INSTITUTION_KINDS, kind)) problems.push(`Unknown kind ${JSON.stringify(kind ?? null)}.`);
  const shortName = value.get(F.shortName);
  const parent = value.get(F.parent);
  return {
    id,
    name: typeof name === 'string' && name.trim() !== '' ? name : id,
    shortName: typeof shortName === 'string' ? shortName : null,
    side: isOneOf(SIDES, side) ? side : null,
    kind: isOneOf(INSTITUTION_KINDS, kind) ? kind : null,
    parent: typeof parent === 'string' ? parent : null,
    problems,
  };
}

function same(a: InstitutionView, b: InstitutionView): boolean {
  return a.name === b.name && a.shortName === b.shortName && a.side === b.side && a.kind === b.kind &&
    a.parent === b.parent && a.problems.join('\n') === b.problems.join('\n');
}

/** Structural sharing: the previous directory is returned when nothing in it changed. */
export function deriveInstitutions(doc: Y.Doc, previous?: InstitutionDirectory): InstitutionDirectory {
  const next = new Map<string, InstitutionView>();
  let changed = !previous;
  institutionsMap(doc).forEach((value, id) => {
    const view = deriveInstitution(id, value);
    const old = previous?.get(id);
    if (old && same(old, view)) next.set(id, old);
    else {
      next.set(id, view);
      changed = true;
    }
  });
  if (!changed && previous && previous.size === next.size) return previous;
  return next;
}

/** How to name an institution is one rule, in institution-name.ts; re-exported for the callers that import it from here. */
export { institutionLabel } from './institution-name';
