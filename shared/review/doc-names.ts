import * as Y from 'yjs';
import { ACTION_FIELDS, INSTITUTION_FIELDS, PERSON_FIELDS, actionsMap, institutionsMap, peopleMap } from '../workspace/schema';
import { missingInstitution, nameFrom } from '../workspace/institution-name';
import type { Names } from './field-format';

/** Names read from the document's own directory, at the moment they are asked for. */
export function docNames(doc: Y.Doc): Names {
  const text = (map: Y.Map<unknown>, id: string, field: string) => {
    const record = map.get(id);
    const value = record instanceof Y.Map ? record.get(field) : undefined;
    const raw = value instanceof Y.Text ? value.toString() : value;
    return typeof raw === 'string' && raw.trim() !== '' ? raw : null;
  };
  const read = (map: Y.Map<unknown>, id: string, field: string) => text(map, id, field) ?? id;
  return {
    // By its label, the rule every view follows (institution-name.ts).
    institution: (id) => {
      const map = institutionsMap(doc);
      if (!map.has(id)) return missingInstitution(id).label;
      return nameFrom(id, text(map, id, INSTITUTION_FIELDS.name), text(map, id, INSTITUTION_FIELDS.shortName)).label;
    },
    person: (id) => read(peopleMap(doc), id, PERSON_FIELDS.name),
    action: (id) => read(actionsMap(doc), id, ACTION_FIELDS.title),
  };
}
