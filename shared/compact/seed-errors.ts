/**
 * A seed problem names the file, the record and the field, so whoever edits seeds/ can go
 * straight to it: `seeds/compact/recommendations/ai.json — record AI-3, field usOwners[1]:
 * unknown institution "us-darpaa"`.
 */
import { isPlainObject, type PathPart } from '../validation/shape';

export interface SeedError {
  readonly file: string;
  readonly record?: string;
  readonly field?: string;
  readonly message: string;
}

export const SEED_ROOT = 'seeds/compact/';

export function formatSeedError(error: SeedError): string {
  const where = [error.record ? `record ${error.record}` : null, error.field ? `field ${error.field}` : null]
    .filter(Boolean)
    .join(', ');
  return `${SEED_ROOT}${error.file}${where ? ` — ${where}` : ''}: ${error.message}`;
}

function fieldPath(parts: readonly PathPart[]): string {
  return parts.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

/** The label a record is known by: its code, id, number or label, else its position. */
function recordLabel(record: unknown, index: number): string {
  if (isPlainObject(record)) {
    for (const key of ['code', 'id', 'number', 'label']) {
      const value = record[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return `#${index + 1}`;
}

/**
 * Splits a path inside a file into record and field: the first list in the file holds the
 * records (`recommendations[3]` is record AI-4); what follows is the field.
 */
export function locate(file: string, content: unknown, path: readonly PathPart[], message: string): SeedError {
  const listAt = path.findIndex((part) => typeof part === 'number');
  const index = path[listAt];
  if (typeof index !== 'number') return { file, field: path.length ? fieldPath(path) : undefined, message };
  let list: unknown = content;
  for (const part of path.slice(0, listAt)) list = isPlainObject(list) ? list[part] : undefined;
  const record: unknown = Array.isArray(list) ? list[index] : undefined;
  const rest = path.slice(listAt + 1);
  const label = recordLabel(record, index);
  return {
    file,
    record: label.startsWith('#') ? `${fieldPath(path.slice(0, listAt))} ${label}` : label,
    field: rest.length ? fieldPath(rest) : undefined,
    message,
  };
}
