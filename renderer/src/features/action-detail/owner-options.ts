/**
 * The owner directory as choices: institutions of one side, and people at one institution, sorted
 * by name. An option shows the institution's label and carries its full name as a title
 * (institution-name.ts: one way to name an institution everywhere).
 */
import type { Side } from '../../../../shared/compact/types';
import type { InstitutionDirectory, InstitutionView } from '../../../../shared/workspace/institution-view';
import { nameOfInstitution } from '../../../../shared/workspace/institution-name';
import type { PersonView } from '../../../../shared/workspace/owner-view';

export function optionLabel(institution: InstitutionView): string {
  return nameOfInstitution(institution).label;
}

/** The option's title: the full name, where it says more than the label. */
export function optionTitle(institution: InstitutionView): string | undefined {
  const name = nameOfInstitution(institution);
  return name.full === name.label ? undefined : name.full;
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
