/**
 * The owner directory as the screen lists it (by side, alphabetical, people under their
 * institution), its search, and the checks a new institution or person passes before the
 * command runs. The model checks again (name, side, kind); these checks add what a form can
 * say better: which field is wrong, and duplicates the model would accept.
 */
import { INSTITUTION_KINDS, type InstitutionKind, type Side } from '../../../../shared/compact/types';
import { fold } from '../../../../shared/plan/action-filter';
import { nameOfInstitution } from '../../../../shared/workspace/institution-name';
import type { InstitutionDirectory, InstitutionView } from '../../../../shared/workspace/institution-view';
import type { PersonView } from '../../../../shared/workspace/owner-view';
import { MAX_NAME_LENGTH } from '../../../../shared/workspace/owners';
import type { Translate } from '../../ui/i18n/I18nProvider';

export interface DirectoryEntry {
  readonly institution: InstitutionView;
  readonly people: readonly PersonView[];
}

export interface DirectoryListing {
  /** U.S., Israel, then institutions whose side cannot be read (a peer's broken record). */
  readonly groups: readonly { readonly side: Side | null; readonly entries: readonly DirectoryEntry[] }[];
  /** People whose institution is not in the directory. */
  readonly orphans: readonly PersonView[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

/** Lists the directory; with a query, institutions that match (all their people) or have people who match (those people). */
export function listDirectory(directory: InstitutionDirectory, people: ReadonlyMap<string, PersonView>, query: string): DirectoryListing {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = (text: string) => words.every((word) => fold(text).includes(word));
  const staff = new Map<string, PersonView[]>();
  const orphans: PersonView[] = [];
  for (const person of people.values()) {
    if (person.institution && directory.has(person.institution)) {
      staff.set(person.institution, [...(staff.get(person.institution) ?? []), person]);
    } else if (matches(person.name)) orphans.push(person);
  }
  const groups = ([...['us', 'israel'], null] as (Side | null)[]).map((side) => {
    const entries: DirectoryEntry[] = [];
    for (const institution of directory.values()) {
      if (institution.side !== side) continue;
      const all = (staff.get(institution.id) ?? []).sort(byName);
      const own = [institution.name, institution.shortName ?? '', institution.kind ?? ''].join(' ');
      if (matches(own)) entries.push({ institution, people: all });
      else {
        const found = all.filter((person) => matches(person.name));
        if (found.length > 0) entries.push({ institution, people: found });
      }
    }
    return { side, entries: entries.sort((a, b) => byName(a.institution, b.institution)) };
  });
  return { groups: groups.filter((group) => group.side !== null || group.entries.length > 0), orphans: orphans.sort(byName) };
}

export interface InstitutionDraft {
  readonly name: string;
  readonly shortName: string;
  readonly side: Side | '';
  readonly kind: InstitutionKind | '';
}

export type InstitutionErrors = Partial<Record<keyof InstitutionDraft, string>>;

const same = (a: string, b: string | null) => b !== null && fold(a.trim()) === fold(b.trim());

/** Too long for the directory (shared/workspace/owners.ts holds the same limit), in the reader's words. */
function tooLong(t: Translate, name: string, noun: 'name' | 'short'): string | undefined {
  const length = name.trim().length;
  return length > MAX_NAME_LENGTH ? t('data.check.tooLong', { noun, max: MAX_NAME_LENGTH, length }) : undefined;
}

export function checkInstitution(draft: InstitutionDraft, directory: InstitutionDirectory, t: Translate): InstitutionErrors {
  const errors: InstitutionErrors = {};
  const name = draft.name.trim();
  const nameTooLong = tooLong(t, name, 'name');
  if (!name) errors.name = t('data.check.instName');
  else if (nameTooLong) errors.name = nameTooLong;
  const shortProblem = tooLong(t, draft.shortName, 'short');
  if (shortProblem) errors.shortName = shortProblem;
  if (draft.side === '') errors.side = t('data.check.side');
  if (draft.kind === '' || !INSTITUTION_KINDS.includes(draft.kind)) errors.kind = t('data.check.kind');
  if (!errors.name && draft.side !== '') {
    const clash = [...directory.values()].find((entry) => entry.side === draft.side && (same(name, entry.name) || same(name, entry.shortName)));
    if (clash) errors.name = t('data.check.clash', { name: clash.name, side: draft.side });
  }
  return errors;
}

export interface PersonDraft {
  readonly name: string;
  readonly institution: string;
}

export type PersonErrors = Partial<Record<keyof PersonDraft, string>>;

export function checkPerson(draft: PersonDraft, directory: InstitutionDirectory, people: ReadonlyMap<string, PersonView>, t: Translate): PersonErrors {
  const errors: PersonErrors = {};
  const name = draft.name.trim();
  const nameTooLong = tooLong(t, name, 'name');
  if (!name) errors.name = t('data.check.personName');
  else if (nameTooLong) errors.name = nameTooLong;
  const institution = directory.get(draft.institution);
  if (!draft.institution) errors.institution = t('data.check.institution');
  else if (!institution || institution.side === null) errors.institution = t('data.check.noInstitution');
  if (!errors.name && institution && [...people.values()].some((person) => person.institution === institution.id && same(name, person.name))) {
    errors.name = t('data.check.personClash', { name, institution: nameOfInstitution(institution).label });
  }
  return errors;
}

export const hasErrors = (errors: object) => Object.keys(errors).length > 0;
