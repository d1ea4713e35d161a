/**
 * Owner assignments read from the document: each initiative's record (leads, persons,
 * supporting) and the people directory. Read defensively like every other view.
 */
import * as Y from 'yjs';
import { OWNER_FIELDS as O, PERSON_FIELDS as P, initiativesMap, peopleMap } from './schema';

export interface OwnersView {
  readonly usLead: string | null;
  readonly usLeadPerson: string | null;
  readonly israelLead: string | null;
  readonly israelLeadPerson: string | null;
  readonly supporting: readonly string[];
}

export interface PersonView {
  readonly id: string;
  readonly name: string;
  readonly institution: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function readOwners(record: unknown): OwnersView {
  if (!(record instanceof Y.Map)) return { usLead: null, usLeadPerson: null, israelLead: null, israelLeadPerson: null, supporting: [] };
  const supporting = record.get(O.supporting);
  return {
    usLead: text(record.get(O.usLead)),
    usLeadPerson: text(record.get(O.usLeadPerson)),
    israelLead: text(record.get(O.israelLead)),
    israelLeadPerson: text(record.get(O.israelLeadPerson)),
    supporting: supporting instanceof Y.Map ? [...supporting.keys()].sort() : [],
  };
}

function sameOwners(a: OwnersView, b: OwnersView): boolean {
  return a.usLead === b.usLead && a.usLeadPerson === b.usLeadPerson && a.israelLead === b.israelLead &&
    a.israelLeadPerson === b.israelLeadPerson && a.supporting.join('\n') === b.supporting.join('\n');
}

export function deriveInitiativeOwners(doc: Y.Doc, previous?: ReadonlyMap<string, OwnersView>): ReadonlyMap<string, OwnersView> {
  const next = new Map<string, OwnersView>();
  let changed = !previous;
  initiativesMap(doc).forEach((record, code) => {
    const view = readOwners(record);
    const old = previous?.get(code);
    next.set(code, old && sameOwners(old, view) ? old : view);
    if (!old || !sameOwners(old, view)) changed = true;
  });
  return !changed && previous && previous.size === next.size ? previous : next;
}

export function derivePeople(doc: Y.Doc, previous?: ReadonlyMap<string, PersonView>): ReadonlyMap<string, PersonView> {
  const next = new Map<string, PersonView>();
  let changed = !previous;
  peopleMap(doc).forEach((record, id) => {
    const view: PersonView = record instanceof Y.Map
      ? { id, name: text(record.get(P.name)) ?? id, institution: text(record.get(P.institution)) }
      : { id, name: id, institution: null };
    const old = previous?.get(id);
    const same = old && old.name === view.name && old.institution === view.institution;
    next.set(id, same ? old : view);
    if (!same) changed = true;
  });
  return !changed && previous && previous.size === next.size ? previous : next;
}
