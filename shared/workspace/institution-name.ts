/**
 * How the app names an institution, one rule everywhere (owners, the plan, the action's detail,
 * review, conflicts, the audit trail, the import preview, meetings):
 *
 * - `label`: its short name ("NIST"), or its full name where the directory gives none. This is
 *   what a row, a cell, a column header, a chip, a list of values or an option shows.
 * - `full`: the full name ("National Institute of Standards and Technology"), for a tooltip
 *   (title), a detail line, and prose with room for it (exports, printed records, reports).
 * - `spoken`: the label with the full name after it when the two differ ("NIST (National
 *   Institute of Standards and Technology)"), for an accessible name where the short name alone
 *   would be cryptic to a listener.
 * - An id the directory does not hold reads "<id> (not in the directory)": never a blank, never
 *   a guess.
 *
 * A short name that is blank, or the same as the full name, counts as none, so `spoken` never
 * says a name twice.
 */
import type { InstitutionDirectory, InstitutionView } from './institution-view';

export interface InstitutionName {
  readonly label: string;
  readonly full: string;
  readonly spoken: string;
  /** False for an id the directory does not hold. */
  readonly known: boolean;
}

/** The rule itself, from a record's raw fields (`name` already non-blank, or null when unreadable). */
export function nameFrom(id: string, name: string | null, shortName: string | null): InstitutionName {
  const full = name?.trim() ? name.trim() : id;
  const short = shortName?.trim() ?? '';
  if (short === '' || short === full) return { label: full, full, spoken: full, known: true };
  return { label: short, full, spoken: `${short} (${full})`, known: true };
}

export function nameOfInstitution(entry: InstitutionView): InstitutionName {
  return nameFrom(entry.id, entry.name, entry.shortName);
}

/** The one function every view names an institution by (see above). */
export function institutionName(directory: InstitutionDirectory, id: string): InstitutionName {
  const entry = directory.get(id);
  return entry ? nameOfInstitution(entry) : missingInstitution(id);
}

export function missingInstitution(id: string): InstitutionName {
  const text = `${id} (not in the directory)`;
  return { label: text, full: text, spoken: text, known: false };
}

/** Shorthand for `institutionName(directory, id).label`. */
export function institutionLabel(directory: InstitutionDirectory, id: string): string {
  return institutionName(directory, id).label;
}
