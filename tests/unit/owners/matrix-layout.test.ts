import { describe, expect, it } from 'vitest';
import { createActionRows } from '../../../renderer/src/features/owners/action-rows';
import { cellDetail, columnDetail, matrixColumns } from '../../../renderer/src/features/owners/matrix-model';
import { HEAD_HEIGHT, indexes, itemOfRow, itemSize, matrixItems, SIZES, spanOf } from '../../../renderer/src/features/owners/matrix-layout';
import { deriveOwnerMatrix } from '../../../shared/plan/owner-matrix';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction, editActionTitle } from '../../../shared/workspace/actions';
import { setActionDeleted } from '../../../shared/workspace/action-edits';
import { setLead } from '../../../shared/workspace/owners';
import { deriveInstitutions } from '../../../shared/workspace/institution-view';
import { deriveInitiativeOwners } from '../../../shared/workspace/owner-view';
import { compact, seededDoc, viewsOf } from './seeded-matrix';
import { englishT as t } from './english';

/** The seeded workspace with `extra` more actions. */
function planWith(extra: number) {
  const doc = seededDoc();
  const ids = Array.from({ length: extra }, (_, i) => addAction(doc, { title: `Extra action ${i}` }));
  return { doc, ids, ...viewsOf(doc) };
}

describe('laying out the owner matrix', () => {
  it('puts a group row before the initiatives and before the actions, and finds each data row among the items', () => {
    const { rows } = planWith(40);
    const initiatives = rows.filter((row) => row.kind === 'initiative').length;
    const items = matrixItems(rows);
    expect(items).toHaveLength(rows.length + 2);
    expect(items[0]).toEqual({ kind: 'group', label: 'Initiatives', count: initiatives });
    expect(items[initiatives + 1]).toEqual({ kind: 'group', label: 'Actions', count: rows.length - initiatives });
    rows.forEach((row, index) => expect(items[itemOfRow(items, index)]).toEqual({ kind: 'row', row, index }));
  });

  it('has no initiatives group when a filter leaves only actions, and no actions group when it leaves none', () => {
    const { rows } = planWith(3);
    const actions = rows.filter((row) => row.kind === 'action');
    const onlyActions = matrixItems(actions);
    expect(onlyActions[0]).toEqual({ kind: 'group', label: 'Actions', count: actions.length });
    actions.forEach((row, index) => expect(onlyActions[itemOfRow(onlyActions, index)]).toMatchObject({ row }));
    const onlyInitiatives = matrixItems(rows.filter((row) => row.kind === 'initiative'));
    expect(onlyInitiatives.filter((item) => item.kind === 'group')).toHaveLength(1);
    expect(matrixItems([])).toEqual([]);
  });

  it('sizes group rows and rows apart, and gives the space of the unrendered ones to the spacers', () => {
    expect(itemSize({ kind: 'group', label: 'Actions', count: 1 })).toBe(SIZES.group);
    const rowItem = matrixItems(planWith(0).rows)[1];
    expect(itemSize(rowItem)).toBe(SIZES.row);
    // Items 10..14 of rows of 44 px after the 200 px header, 100 items in all.
    const visible = [10, 11, 12, 13, 14].map((index) => ({ index, start: HEAD_HEIGHT + index * 44, end: HEAD_HEIGHT + (index + 1) * 44 }));
    const total = HEAD_HEIGHT + 100 * 44;
    const span = spanOf(visible, HEAD_HEIGHT, total);
    expect(span).toEqual({ first: 10, last: 14, before: 10 * 44, after: 85 * 44 });
    expect(indexes(span)).toEqual([10, 11, 12, 13, 14]);
    expect(span.before + 5 * 44 + span.after + HEAD_HEIGHT).toBe(total);
    expect(spanOf([], HEAD_HEIGHT, total)).toEqual({ first: 0, last: -1, before: 0, after: 100 * 44 });
    expect(indexes(spanOf([], HEAD_HEIGHT, total))).toEqual([]);
  });

  it('names the full names in the corner line, for a cell and for a column', () => {
    const { rows, directory } = planWith(0);
    const nist = matrixColumns(directory, rows, 'both', 'all').find((column) => column.id === 'us-nist')!;
    const technion = matrixColumns(directory, rows, 'both', 'all').find((column) => column.id === 'il-technion')!;
    const x1 = rows.find((row) => row.id === 'X-1')!;
    expect(columnDetail(t, nist)).toBe('National Institute of Standards and Technology (NIST) · U.S.');
    expect(columnDetail(t, technion)).toBe('Technion · Israel');
    expect(cellDetail(t, x1, nist, undefined)).toBe(`${x1.label} × National Institute of Standards and Technology (NIST) · U.S. · no role`);
    expect(cellDetail(t, x1, nist, 'lead')).toMatch(/ · Lead$/);
  });
});

describe('the action rows cache', () => {
  it('gives the rows deriveOwnerMatrix gives, live actions only, in order', () => {
    const { doc, ids } = planWith(5);
    setActionDeleted(doc, ids[2]!, true);
    const actions = deriveActions(doc);
    const directory = deriveInstitutions(doc);
    const expected = deriveOwnerMatrix(compact, deriveInitiativeOwners(doc), actions, directory).filter((row) => row.kind === 'action');
    expect(createActionRows()(compact, actions, directory)).toEqual(expected);
  });

  it('derives again only the row of an action that changed', () => {
    const { doc, ids } = planWith(5);
    const rowsOf = createActionRows();
    const directory = deriveInstitutions(doc);
    const before = deriveActions(doc);
    const first = rowsOf(compact, before, directory);
    editActionTitle(doc, ids[1]!, 'Renamed');
    const second = rowsOf(compact, deriveActions(doc, before, new Set([ids[1]!])), directory);
    const changed = second.findIndex((row) => row.id === ids[1]);
    expect(second[changed]!.label).toBe('Renamed');
    expect(second[changed]).not.toBe(first[changed]);
    second.forEach((row, index) => {
      if (index !== changed) expect(row).toBe(first[index]);
    });
  });

  it('starts again when the directory changes, since a row flags institutions the directory lacks', () => {
    const { doc, ids } = planWith(1);
    const rowsOf = createActionRows();
    setLead(doc, { kind: 'action', id: ids[0]! }, 'us', 'us-nist');
    const actions = deriveActions(doc);
    const directory = deriveInstitutions(doc);
    const row = (dir: typeof directory) => rowsOf(compact, actions, dir).find((entry) => entry.id === ids[0])!;
    const first = row(directory);
    expect(first.unknownInstitutions).toEqual([]);
    expect(row(directory)).toBe(first);
    // A directory that lacks NIST (as a peer's broken copy might): the row says so.
    const withoutNist = new Map([...directory].filter(([id]) => id !== 'us-nist'));
    expect(row(withoutNist).unknownInstitutions).toEqual(['us-nist']);
    expect(row(directory)).not.toBe(first);
    expect(row(directory)).toEqual(first);
  });
});
