import { describe, expect, it } from 'vitest';
import { checkInstitution, checkPerson, listDirectory } from '../../../renderer/src/features/owners/directory-model';
import { addInstitution, addPerson } from '../../../shared/workspace/owners';
import { institutionsMap } from '../../../shared/workspace/schema';
import { seededDoc, viewsOf } from './seeded-matrix';
import { englishT as t } from './english';

describe('the owner directory listing', () => {
  it('groups institutions by side, alphabetically, with their people', () => {
    const doc = seededDoc();
    const iia = 'il-iia';
    addPerson(doc, { name: 'Noa Cohen', institution: iia });
    addPerson(doc, { name: 'Avi Bar', institution: iia });
    const { directory, people } = viewsOf(doc);
    const listing = listDirectory(directory, people, '');
    expect(listing.groups.map((group) => group.side)).toEqual(['us', 'israel']);
    const israel = listing.groups[1]!.entries;
    const names = israel.map((entry) => entry.institution.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(israel.find((entry) => entry.institution.id === iia)!.people.map((person) => person.name)).toEqual(['Avi Bar', 'Noa Cohen']);
  });

  it('searches names, short names, kinds and people, ignoring case and accents, in Hebrew too', () => {
    const doc = seededDoc();
    const lab = addInstitution(doc, { name: 'מכון ויצמן למדע', shortName: 'Weizmann', side: 'israel', kind: 'university' });
    addPerson(doc, { name: 'José Álvarez', institution: 'us-nist' });
    const { directory, people } = viewsOf(doc);
    const ids = (query: string) => listDirectory(directory, people, query).groups.flatMap((group) => group.entries.map((entry) => entry.institution.id));
    expect(ids('nist')).toContain('us-nist');
    expect(ids('ויצמן')).toEqual([lab]);
    expect(ids('weizmann')).toContain(lab);
    const byPerson = listDirectory(directory, people, 'jose alvarez').groups.flatMap((group) => group.entries);
    expect(byPerson.map((entry) => [entry.institution.id, entry.people.map((person) => person.name)])).toEqual([['us-nist', ['José Álvarez']]]);
  });

  it('lists a peer’s institution with an unreadable side in its own group, with its problem', () => {
    const doc = seededDoc();
    doc.transact(() => institutionsMap(doc).set('broken', 'not a record'));
    const { directory, people } = viewsOf(doc);
    const last = listDirectory(directory, people, '').groups.at(-1)!;
    expect(last.side).toBeNull();
    expect(last.entries[0]!.institution.problems).toEqual(['The record is not an institution.']);
  });
});

describe('the add forms’ checks', () => {
  const { directory, people } = viewsOf(seededDoc());

  it('name each missing field of a new institution', () => {
    expect(checkInstitution({ name: ' ', shortName: '', side: '', kind: '' }, directory, t)).toEqual({
      name: 'Enter the institution’s name.', side: 'Choose the side: U.S. or Israel.', kind: 'Choose what kind of institution it is.',
    });
    expect(checkInstitution({ name: 'x'.repeat(201), shortName: 'y'.repeat(201), side: 'us', kind: 'lab' }, directory, t)).toEqual({
      name: 'A name can have at most 200 characters; this one has 201.', shortName: 'A short name can have at most 200 characters; this one has 201.',
    });
    expect(checkInstitution({ name: 'Quantum Lab of the Negev', shortName: '', side: 'israel', kind: 'lab' }, directory, t)).toEqual({});
  });

  it('refuse an institution already in the directory on that side, by name or short name', () => {
    expect(checkInstitution({ name: 'nist', shortName: '', side: 'us', kind: 'agency' }, directory, t).name)
      .toBe('National Institute of Standards and Technology is already in the directory on the U.S. side.');
    expect(checkInstitution({ name: 'NIST', shortName: '', side: 'israel', kind: 'agency' }, directory, t)).toEqual({});
  });

  it('name what is wrong with a new person, including a duplicate at the same institution', () => {
    expect(checkPerson({ name: '', institution: '' }, directory, people, t)).toEqual({
      name: 'Enter the person’s name.', institution: 'Choose the institution the person works at.',
    });
    expect(checkPerson({ name: 'Ada', institution: 'nowhere' }, directory, people, t)).toEqual({ institution: 'That institution is not in the directory.' });
    const doc = seededDoc();
    addPerson(doc, { name: 'Ada Lovelace', institution: 'us-nist' });
    const views = viewsOf(doc);
    expect(checkPerson({ name: ' ada lovelace ', institution: 'us-nist' }, views.directory, views.people, t)).toEqual({ name: 'ada lovelace is already listed at NIST.' });
    expect(checkPerson({ name: 'Ada Lovelace', institution: 'us-caisi' }, views.directory, views.people, t)).toEqual({});
  });
});
