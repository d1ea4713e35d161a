import { institutionLabel, nameOfInstitution } from '../../../../shared/workspace/institution-name';
import type { InstitutionDirectory } from '../../../../shared/workspace/institution-view';
import type { DirectoryEntry } from './directory-model';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n/I18nProvider';
import { UserText } from '../../ui/UserText';

/** One institution: name, short name, kind, what it belongs to, problems read from its record, and its people. */
export function InstitutionEntry({ entry, directory }: { readonly entry: DirectoryEntry; readonly directory: InstitutionDirectory }) {
  const { institution, people } = entry;
  const t = useT();
  const intl = useIntl();
  return (
    <li className="institution" data-testid="institution" data-institution-id={institution.id}>
      <span className="institution-name" dir="auto">{institution.name}</span>
      {institution.shortName && institution.shortName !== institution.name && (
        <span className="short-name" dir="auto"> ({institution.shortName})</span>
      )}{' '}
      <span className="badge kind">{t('data.dir.kind', { kind: institution.kind ?? 'unknown' })}</span>
      {institution.parent && <span className="parent"> {intl.formatMessage({ id: 'data.dir.partOf' }, { name: () => <UserText text={institutionLabel(directory, institution.parent!)} /> })}</span>}
      {institution.problems.length > 0 && <span className="problems"> {institution.problems.join(' ')}</span>}
      {people.length > 0 && (
        <ul className="people" aria-label={t('data.dir.peopleAt', { institution: nameOfInstitution(institution).label })}>
          {people.map((person) => <li key={person.id} dir="auto" data-testid="person">{person.name}</li>)}
        </ul>
      )}
    </li>
  );
}
