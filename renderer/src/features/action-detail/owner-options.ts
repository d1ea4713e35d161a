/** The owner directory as choices: institutions of one side, and people at one institution, sorted by name. */
import type { Side } from '../../../../shared/compact/types';
import type { InstitutionDirectory, InstitutionView } from '../../../../shared/workspace/institution-view';
import type { PersonView } from '../../../../shared/workspace/owner-view';

export const SIDE_LABELS: Readonly<Record<Side, string>> = { us: 'U.S.', israel: 'Israel' };

export function optionLabel(institution: InstitutionView): string {
  return institution.shortName && institution.shortName !== institution.name
    ? `${institution.shortName} — ${institution.name}`
    : institution.name;
}

export function institutionsOf(directory: InstitutionDirectory, side: Side): InstitutionView[] {
  return [...directory.values()]
    .filter((institution) => institution.side === side)
    .sort((a, b) => optionLabel(a).localeCompare(optionLabel(b)));
}

export function peopleAt(people: ReadonlyMap<string, PersonView>, institution: string | null): PersonView[] {
  if (!institution) return [];
  return [...people.values()].filter((person) => person.institution === institution).sort((a, b) => a.name.localeCompare(b.name));
}
