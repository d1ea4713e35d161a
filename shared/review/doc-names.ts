import * as Y from 'yjs';
import { ACTION_FIELDS, INSTITUTION_FIELDS, PERSON_FIELDS, actionsMap, institutionsMap, peopleMap } from '../workspace/schema';
import type { Names } from './field-format';

/** Names read from the document's own directory, at the moment they are asked for. */
export function docNames(doc: Y.Doc): Names {
  const read = (map: Y.Map<unknown>, id: string, field: string) => {
    const record = map.get(id);
    const value = record instanceof Y.Map ? record.get(field) : undefined;
    const text = value instanceof Y.Text ? value.toString() : value;
    return typeof text === 'string' && text.trim() !== '' ? text : id;
  };
  return {
    institution: (id) => read(institutionsMap(doc), id, INSTITUTION_FIELDS.name),
    person: (id) => read(peopleMap(doc), id, PERSON_FIELDS.name),
    action: (id) => read(actionsMap(doc), id, ACTION_FIELDS.title),
  };
}
