import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import {
  addAction, editActionTitle, EMPTY_EDITED_TITLE, EMPTY_NEW_TITLE, MAX_TITLE_LENGTH, OperationError,
} from '../../../shared/workspace/actions';
import { editActionDescription, MAX_DESCRIPTION_LENGTH } from '../../../shared/workspace/action-edits';
import { addInstitution, addPerson, MAX_NAME_LENGTH } from '../../../shared/workspace/owners';
import { deriveActions } from '../../../shared/workspace/action-view';
import { createWorkspaceDoc, institutionsMap, peopleMap } from '../../../shared/workspace/schema';
import { lengthProblem, tooLongMessage } from '../../../shared/validation/text-limits';

/** Throws and leaves the document byte for byte as it was. */
function refusedUnchanged(doc: Y.Doc, attempt: () => unknown, message: string) {
  const before = Y.encodeStateVector(doc);
  expect(attempt).toThrow(OperationError);
  expect(attempt).toThrow(expect.objectContaining({ message }));
  expect(Y.encodeStateVector(doc)).toEqual(before);
}

describe('text limits: refused whole with the limit and the length, never cut', () => {
  it('words the limit and the received length with thousands separators', () => {
    expect(tooLongMessage('title', 500, 5000)).toBe('A title can have at most 500 characters; this one has 5,000.');
    expect(tooLongMessage('description', 20_000, 20_001)).toBe('A description can have at most 20,000 characters; this one has 20,001.');
    expect(lengthProblem('name', 'x'.repeat(200), 200)).toBeNull();
    expect(lengthProblem('name', 'x'.repeat(201), 200)).toBe('A name can have at most 200 characters; this one has 201.');
  });

  it('refuses a 5,000-character title when renaming and keeps the stored title', () => {
    const doc = createWorkspaceDoc();
    const id = addAction(doc, { title: 'Launch fund' });
    refusedUnchanged(doc, () => editActionTitle(doc, id, 'x'.repeat(5000)), 'A title can have at most 500 characters; this one has 5,000.');
    expect(deriveActions(doc)[0]?.title).toBe('Launch fund');
    editActionTitle(doc, id, 'y'.repeat(MAX_TITLE_LENGTH));
    expect(deriveActions(doc)[0]?.title).toHaveLength(MAX_TITLE_LENGTH);
  });

  it('refuses an empty or blank edited title and says the last title is kept', () => {
    const doc = createWorkspaceDoc();
    const id = addAction(doc, { title: 'Launch fund' });
    for (const blank of ['', '   ', '\t\n']) refusedUnchanged(doc, () => editActionTitle(doc, id, blank), EMPTY_EDITED_TITLE);
    expect(EMPTY_EDITED_TITLE).toBe('A title cannot be empty; the last title is kept.');
    expect(deriveActions(doc)[0]?.title).toBe('Launch fund');
    editActionTitle(doc, id, 'Launch ');
    expect(deriveActions(doc)[0]?.title).toBe('Launch ');
  });

  it('refuses a new action with an empty or over-long title, counting the trimmed title', () => {
    const doc = createWorkspaceDoc();
    refusedUnchanged(doc, () => addAction(doc, { title: '  ' }), EMPTY_NEW_TITLE);
    refusedUnchanged(doc, () => addAction(doc, { title: 'x'.repeat(501) }), 'A title can have at most 500 characters; this one has 501.');
    expect(addAction(doc, { title: ` ${'x'.repeat(500)} ` })).toEqual(expect.any(String));
    expect(deriveActions(doc)).toHaveLength(1);
  });

  it('refuses over-long institution names, short names and person names', () => {
    const doc = createWorkspaceDoc();
    const long = 'n'.repeat(MAX_NAME_LENGTH + 50);
    refusedUnchanged(doc, () => addInstitution(doc, { name: long, side: 'us', kind: 'lab' }), 'A name can have at most 200 characters; this one has 250.');
    refusedUnchanged(doc, () => addInstitution(doc, { name: 'Lab', shortName: long, side: 'us', kind: 'lab' }),
      'A short name can have at most 200 characters; this one has 250.');
    refusedUnchanged(doc, () => addInstitution(doc, { name: ' ', side: 'us', kind: 'lab' }), 'A name is needed.');
    expect(institutionsMap(doc).size).toBe(0);
    const lab = addInstitution(doc, { name: 'Lab', side: 'us', kind: 'lab' });
    refusedUnchanged(doc, () => addPerson(doc, { name: long, institution: lab }), 'A name can have at most 200 characters; this one has 250.');
    expect(peopleMap(doc).size).toBe(0);
  });

  it('refuses an over-long description', () => {
    const doc = createWorkspaceDoc();
    const id = addAction(doc, { title: 'Launch fund' });
    refusedUnchanged(doc, () => editActionDescription(doc, id, 'd'.repeat(MAX_DESCRIPTION_LENGTH + 1)),
      'A description can have at most 20,000 characters; this one has 20,001.');
  });

  it('takes any edited title that is non-blank and within the limit, and refuses every other one unchanged', () => {
    fc.assert(fc.property(fc.string({ maxLength: 520 }), fc.nat(600), (text, pad) => {
      const doc = createWorkspaceDoc();
      const id = addAction(doc, { title: 'Kept' });
      const title = text + ' '.repeat(pad % 3 === 0 ? 0 : pad % 40);
      const acceptable = title.trim().length > 0 && title.length <= MAX_TITLE_LENGTH;
      if (acceptable) {
        editActionTitle(doc, id, title);
        expect(deriveActions(doc)[0]?.title).toBe(title);
      } else {
        expect(() => editActionTitle(doc, id, title)).toThrow(OperationError);
        expect(deriveActions(doc)[0]?.title).toBe('Kept');
      }
    }), { numRuns: 200 });
  });
});
