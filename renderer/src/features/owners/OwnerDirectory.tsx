import { useDeferredValue, useMemo, useState } from 'react';
import { useTandemStore } from '../../state/store';
import { useReadOnly } from '../../state/use-plan';
import { AddInstitutionForm } from './AddInstitutionForm';
import { AddPersonForm } from './AddPersonForm';
import { listDirectory } from './directory-model';
import { InstitutionEntry } from './InstitutionEntry';
import { SIDE_NAMES } from './matrix-model';

/** Institutions by side with their people, a search, and (for editors) forms to add to both. */
export function OwnerDirectory() {
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const readOnly = useReadOnly();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const listing = useMemo(() => listDirectory(directory, people, deferred), [directory, people, deferred]);
  const found = listing.groups.reduce((sum, group) => sum + group.entries.length, 0);
  return (
    <section className="owner-directory" aria-labelledby="owner-directory-heading">
      <h2 id="owner-directory-heading">Owner directory</h2>
      <p className="directory-search">
        <label htmlFor="directory-search">Search the directory</label>{' '}
        <input id="directory-search" type="search" dir="auto" value={query} placeholder="Institution, short name, kind or person"
          onChange={(event) => setQuery(event.target.value)} />
        {deferred.trim() && <span className="count" role="status"> {found} institution{found === 1 ? '' : 's'} found</span>}
      </p>
      <div className="directory-groups">
        {listing.groups.map((group) => {
          const title = group.side ? `${SIDE_NAMES[group.side]} institutions` : 'Institutions with an unreadable side';
          return (
            <section key={group.side ?? 'unknown'} className="directory-group" aria-label={title}>
              <h3>{title} <span className="count">({group.entries.length})</span></h3>
              {group.entries.length === 0 ? <p className="empty">None found.</p> : (
                <ul className="institutions">
                  {group.entries.map((entry) => <InstitutionEntry key={entry.institution.id} entry={entry} directory={directory} />)}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {listing.orphans.length > 0 && (
        <section className="directory-group" aria-label="People at an institution not in the directory">
          <h3>People at an institution not in the directory</h3>
          <ul>{listing.orphans.map((person) => <li key={person.id} dir="auto">{person.name} ({person.institution ?? 'no institution'})</li>)}</ul>
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
