import { useDeferredValue, useMemo, useState } from 'react';
import { useTandemStore } from '../../state/store';
import { useReadOnly } from '../../state/use-plan';
import { AddInstitutionForm } from './AddInstitutionForm';
import { AddPersonForm } from './AddPersonForm';
import { listDirectory } from './directory-model';
import { InstitutionEntry } from './InstitutionEntry';
import { useT } from '../../ui/i18n/I18nProvider';

/** Institutions by side with their people, a search, and (for editors) forms to add to both. */
export function OwnerDirectory() {
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const readOnly = useReadOnly();
  const [query, setQuery] = useState('');
  const t = useT();
  const deferred = useDeferredValue(query);
  const listing = useMemo(() => listDirectory(directory, people, deferred), [directory, people, deferred]);
  const found = listing.groups.reduce((sum, group) => sum + group.entries.length, 0);
  return (
    <section className="owner-directory" aria-labelledby="owner-directory-heading">
      <h2 id="owner-directory-heading">{t('data.dir.title')}</h2>
      <p className="directory-search">
        <label htmlFor="directory-search">{t('data.dir.search')}</label>{' '}
        <input id="directory-search" type="search" dir="auto" value={query} placeholder={t('data.dir.placeholder')}
          onChange={(event) => setQuery(event.target.value)} />
        {deferred.trim() && <span className="count" role="status"> {t('data.dir.found', { count: found })}</span>}
      </p>
      <div className="directory-groups">
        {listing.groups.map((group) => {
          const title = t('data.dir.group', { side: group.side ?? 'unknown' });
          return (
            <section key={group.side ?? 'unknown'} className="directory-group" aria-label={title}>
              <h3>{title} <span className="count">({group.entries.length})</span></h3>
              {group.entries.length === 0 ? <p className="empty">{t('data.dir.none')}</p> : (
                <ul className="institutions">
                  {group.entries.map((entry) => <InstitutionEntry key={entry.institution.id} entry={entry} directory={directory} />)}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {listing.orphans.length > 0 && (
        <section className="directory-group" aria-label={t('data.dir.orphans')}>
          <h3>{t('data.dir.orphans')}</h3>
          <ul>{listing.orphans.map((person) => <li key={person.id} dir="auto">{person.name} ({person.institution ?? t('data.dir.noInstitution')})</li>)}</ul>
        </section>
      )}
      {!readOnly && (
        <div className="directory-forms">
          <AddInstitutionForm />
          <AddPersonForm />
        </div>
      )}
    </section>
  );
}
