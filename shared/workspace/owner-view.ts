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

/**
 * A lead's named person counts only while they work at the lead institution: concurrent edits of
 * the two fields can pair one laptop's person with another's institution (see action-view.ts).
 */
function personAt(doc: Y.Doc | undefined, person: string | null, institution: string | null): string | null {
  if (person === null || !doc) return person;
  const entry = peopleMap(doc).get(person);
  return entry instanceof Y.Map && entry.get(P.institution) === institution ? person : null;
}

export function readOwners(record: unknown, doc?: Y.Doc): OwnersView {
  if (!(record instanceof Y.Map)) return { usLead: null, usLeadPerson: null, israelLead: null, israelLeadPerson: null, supporting: [] };
  const supporting = record.get(O.supporting);
  const usLead = text(record.get(O.usLead));
  const israelLead = text(record.get(O.israelLead));
  return {
    usLead,
    usLeadPerson: personAt(doc, text(record.get(O.usLeadPerson)), usLead),
    israelLead,
    israelLeadPerson: personAt(doc, text(record.get(O.israelLeadPerson)), israelLead),
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
    const view = readOwners(record, doc);
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
