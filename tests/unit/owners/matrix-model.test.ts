import { describe, expect, it } from 'vitest';
import { cellName, gapSummary, gapSummaryText, matrixColumns, rowName, sameRow } from '../../../renderer/src/features/owners/matrix-model';
import { setLead, setSupporting } from '../../../shared/workspace/owners';
import { seededDoc, viewsOf } from './seeded-matrix';
import { englishT as t } from './english';

describe('the owner matrix columns', () => {
  const { directory, rows } = viewsOf(seededDoc());

  it('list every institution with a side, U.S. first then Israel, each alphabetical by label', () => {
    const columns = matrixColumns(directory, rows, 'both', 'all');
    expect(columns).toHaveLength([...directory.values()].filter((entry) => entry.side !== null).length);
    const firstIsrael = columns.findIndex((column) => column.side === 'israel');
    expect(columns.slice(0, firstIsrael).every((column) => column.side === 'us')).toBe(true);
    expect(columns.slice(firstIsrael).every((column) => column.side === 'israel')).toBe(true);
    const us = columns.slice(0, firstIsrael).map((column) => column.label);
    expect(us).toEqual([...us].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(columns.find((column) => column.id === 'us-nist')).toEqual({
      id: 'us-nist', label: 'NIST', name: 'National Institute of Standards and Technology',
      spoken: 'NIST (National Institute of Standards and Technology)', side: 'us',
    });
  });

  it('narrow to one side, or to the institutions the shown rows use', () => {
    expect(matrixColumns(directory, rows, 'israel', 'all').every((column) => column.side === 'israel')).toBe(true);
    const ai1 = rows.filter((row) => row.id === 'AI-1');
    expect(matrixColumns(directory, ai1, 'both', 'in-use').map((column) => column.id).sort())
      .toEqual([...ai1[0]!.cells.keys()].sort());
    expect(matrixColumns(directory, ai1, 'us', 'in-use').map((column) => column.id)).toEqual(['us-caisi', 'us-dhs-st']);
  });
});

describe('the owner matrix rows', () => {
  it('name a cell by row and institution, with the role in words', () => {
    const { directory, rows } = viewsOf(seededDoc());
    const ai1 = rows.find((row) => row.id === 'AI-1')!;
    const [nist] = matrixColumns(directory, rows, 'us', 'all').filter((column) => column.id === 'us-nist');
    const [caisi] = matrixColumns(directory, rows, 'us', 'all').filter((column) => column.id === 'us-caisi');
    expect(rowName(ai1)).toBe('AI-1');
    expect(cellName(t, ai1, caisi!, ai1.cells.get('us-caisi'))).toBe('AI-1 × CAISI: named in annex');
    expect(cellName(t, ai1, nist!, ai1.cells.get('us-nist'))).toBe('AI-1 × NIST: no role');
    const action = rows.find((row) => row.id === 'plan-ai1-first-challenge-call')!;
    expect(rowName(action)).toBe(action.label);
    expect(cellName(t, action, caisi!, action.cells.get('us-caisi'))).toBe(`${action.label} × CAISI: Lead`);
  });

  it('count the rows without a lead on each side, and the count falls as leads are set', () => {
    const doc = seededDoc();
    const before = gapSummary(viewsOf(doc).rows);
    expect(before.rows).toBeGreaterThan(50);
    setLead(doc, { kind: 'initiative', id: 'X-1' }, 'us', 'us-nist');
    const after = gapSummary(viewsOf(doc).rows);
    expect(after).toEqual({ rows: before.rows, us: before.us - 1, israel: before.israel });
    expect(gapSummaryText(t, { rows: 3, us: 1, israel: 2 })).toBe('3 rows: 1 has no U.S. lead, 2 have no Israel lead.');
  });

  it('compare by content, so only a changed row renders again', () => {
    const doc = seededDoc();
    const first = viewsOf(doc).rows;
    const again = viewsOf(doc).rows;
    expect(first.every((row, i) => row !== again[i] && sameRow(row, again[i]!))).toBe(true);
    setSupporting(doc, { kind: 'initiative', id: 'AI-1' }, 'us-nist', true);
    const changed = viewsOf(doc).rows;
    const differing = first.filter((row, i) => !sameRow(row, changed[i]!)).map((row) => row.id);
    expect(differing).toEqual(['AI-1']);
  });
});

describe('the matrix’s words in Hebrew', () => {
  it('count the gaps with Hebrew plural forms (one, two, many)', async () => {
    const { hebrewT } = await import('./english');
    expect(gapSummaryText(hebrewT, { rows: 3, us: 1, israel: 2 })).toBe('3 שורות: באחת אין מוביל אמריקאי, בשתיים אין מוביל ישראלי.');
    expect(gapSummaryText(hebrewT, { rows: 2, us: 5, israel: 0 })).toBe('שתי שורות: ב־5 אין מוביל אמריקאי, ב־0 אין מוביל ישראלי.');
  });
});
