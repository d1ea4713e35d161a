import { describe, expect, it } from 'vitest';
import { createActionRows } from '../../../renderer/src/features/owners/action-rows';
import { gapSummary } from '../../../renderer/src/features/owners/matrix-model';
import { ACTION_PAGE, pageMatrix, pagingText, showMoreText } from '../../../renderer/src/features/owners/matrix-paging';
import { deriveOwnerMatrix } from '../../../shared/plan/owner-matrix';
import { deriveActions } from '../../../shared/workspace/action-view';
import { addAction, editActionTitle } from '../../../shared/workspace/actions';
import { setActionDeleted } from '../../../shared/workspace/action-edits';
import { setLead } from '../../../shared/workspace/owners';
import { deriveInstitutions } from '../../../shared/workspace/institution-view';
import { deriveInitiativeOwners } from '../../../shared/workspace/owner-view';
import { compact, seededDoc, viewsOf } from './seeded-matrix';

/** The seeded workspace with `extra` more actions. */
function planWith(extra: number) {
  const doc = seededDoc();
  const ids = Array.from({ length: extra }, (_, i) => addAction(doc, { title: `Extra action ${i}` }));
  return { doc, ids, ...viewsOf(doc) };
}

describe('paging the owner matrix', () => {
  it('renders every initiative and the first page of actions, and counts what it leaves out', () => {
    const { rows } = planWith(40);
    const initiatives = rows.filter((row) => row.kind === 'initiative').length;
    const actions = rows.length - initiatives;
    const page = pageMatrix(rows, ACTION_PAGE);
    expect(page.initiatives).toBe(initiatives);
    expect(page.actions).toBe(actions);
    expect(page.shownActions).toBe(ACTION_PAGE);
    expect(page.hidden).toBe(actions - ACTION_PAGE);
    expect(page.rows).toEqual(rows.slice(0, initiatives + ACTION_PAGE));
    expect(page.rows.filter((row) => row.kind === 'initiative')).toHaveLength(initiatives);
  });

  it('gives back the same array when nothing is hidden, and never a negative page', () => {
    const { rows } = planWith(0);
    expect(pageMatrix(rows, 10_000).rows).toBe(rows);
    expect(pageMatrix(rows, 10_000).hidden).toBe(0);
    const none = pageMatrix(rows, -5);
    expect(none.shownActions).toBe(0);
    expect(none.rows.every((row) => row.kind === 'initiative')).toBe(true);
  });

  it('pages rows filtered to those with a gap the same way (initiatives first, then actions)', () => {
    const { rows } = planWith(40);
    const gaps = rows.filter((row) => row.gaps.length > 0);
    const page = pageMatrix(gaps, 3);
    expect(page.shownActions).toBe(3);
    expect(page.rows.slice(page.initiatives).every((row) => row.kind === 'action')).toBe(true);
    // Only actions: no initiative rows at all.
    const actionsOnly = pageMatrix(rows.filter((row) => row.kind === 'action'), 2);
    expect(actionsOnly.initiatives).toBe(0);
    expect(actionsOnly.rows).toHaveLength(2);
  });

  it('keeps the gap counts over all the rows, whatever is rendered', () => {
    const { rows } = planWith(40);
    const page = pageMatrix(rows, ACTION_PAGE);
    expect(gapSummary(rows).rows).toBe(page.initiatives + page.actions);
    expect(gapSummary(rows).rows).toBeGreaterThan(page.rows.length);
  });

  it('says how many rows are not shown, and what "Show more" adds', () => {
    const { rows } = planWith(40);
    const page = pageMatrix(rows, ACTION_PAGE);
    expect(pagingText(page)).toBe(
      `Showing ${page.initiatives} initiatives and the first ${ACTION_PAGE} actions of ${page.actions}: ` +
      `${page.hidden} action rows are not shown (the counts above include them). ` +
      'Search or filter to find an action, or use “Show more” below the matrix.',
    );
    expect(showMoreText(page)).toBe(`Show ${ACTION_PAGE} more actions (${page.hidden} not shown)`);
    const last = pageMatrix(rows, page.actions - 1);
    expect(showMoreText(last)).toBe('Show 1 more action (1 not shown)');
    expect(pagingText(last)).toContain('1 action row is not shown');
    expect(pagingText(pageMatrix(rows, page.actions))).toBeNull();
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
