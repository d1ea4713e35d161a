import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formatValue } from '../../../shared/review/field-format';
import { docNames } from '../../../shared/review/doc-names';
import { institutionLabel, institutionName, nameFrom } from '../../../shared/workspace/institution-name';
import { deriveInstitutions } from '../../../shared/workspace/institution-view';
import { addInstitution } from '../../../shared/workspace/owners';
import { createWorkspaceDoc, institutionsMap } from '../../../shared/workspace/schema';

describe('one way to name an institution', () => {
  it('labels by the short name, keeps the full name for titles and says both for a listener', () => {
    expect(nameFrom('us-nist', 'National Institute of Standards and Technology', 'NIST')).toEqual({
      label: 'NIST',
      full: 'National Institute of Standards and Technology',
      spoken: 'NIST (National Institute of Standards and Technology)',
      known: true,
    });
  });

  it('uses the full name as the label where there is no short name, and never says a name twice', () => {
    const plain = { label: 'Weizmann Institute', full: 'Weizmann Institute', spoken: 'Weizmann Institute', known: true };
    expect(nameFrom('il-weizmann', 'Weizmann Institute', null)).toEqual(plain);
    expect(nameFrom('il-weizmann', 'Weizmann Institute', '   ')).toEqual(plain);
    expect(nameFrom('il-weizmann', 'Weizmann Institute', 'Weizmann Institute')).toEqual(plain);
  });

  it('names a record without a readable name by its id, and an id the directory lacks as such', () => {
    expect(nameFrom('il-x', null, null).label).toBe('il-x');
    const none = institutionName(new Map(), 'us-gone');
    expect(none).toEqual({ label: 'us-gone (not in the directory)', full: 'us-gone (not in the directory)', spoken: 'us-gone (not in the directory)', known: false });
  });

  it('reads the same from the derived directory and from the document (review, conflicts and audit agree with the matrix)', () => {
    const doc = createWorkspaceDoc();
    const nqc = addInstitution(doc, { name: 'Negev Quantum Center', shortName: 'NQC', side: 'israel', kind: 'lab' });
    const plain = addInstitution(doc, { name: 'Technion', side: 'israel', kind: 'university' });
    const directory = deriveInstitutions(doc);
    const names = docNames(doc);
    for (const id of [nqc, plain, 'il-missing']) expect(names.institution(id)).toBe(institutionLabel(directory, id));
    expect(formatValue('israelLead', { institution: nqc, person: null }, names)).toBe('NQC');
    expect(formatValue('supporting', [nqc, plain], names)).toBe('NQC, Technion');
  });

  it('reads a peer’s record defensively: a blank short name is none, a non-string name falls back to the id', () => {
    const doc = createWorkspaceDoc();
    const broken = new Y.Map<unknown>();
    institutionsMap(doc).set('il-broken', broken);
    broken.set('name', 42);
    broken.set('shortName', ' ');
    expect(docNames(doc).institution('il-broken')).toBe('il-broken');
    expect(institutionLabel(deriveInstitutions(doc), 'il-broken')).toBe('il-broken');
  });
});
