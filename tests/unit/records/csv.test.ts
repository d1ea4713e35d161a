import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, guardFormula, planCsv, toCsv } from '../../../shared/records/csv';
import { RECORD_COLUMNS } from '../../../shared/records/plan-record';
import { parseCsv } from '../support/csv-reader';
import { FORMULA_TITLE, HEBREW_TITLE, PIPE_TITLE, recordFixture } from './record-fixture';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180) and leaves plain ones alone', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
    expect(toCsv([['a', 'b,c'], ['', 'd']])).toBe('a,"b,c"\r\n,d\r\n');
    const awkward = ['', ',', '"', '""', 'x\r\ny', ' lead space', 'trail ', 'קו, "מרכאות"'];
    expect(parseCsv(toCsv([awkward, awkward.slice().reverse()]))).toEqual([awkward, awkward.slice().reverse()]);
  });

  it('reads back every cell of any table exactly, formula-looking cells with their apostrophe (property)', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('', ',', '"', '\r\n', '=A1', '-1', '@x', '\tx', 'שלום, "עולם"'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows.map((row) => row.map(guardFormula)));
      }),
    );
  });

  it('prefixes cells a spreadsheet would run as a formula with an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(guardFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(guardFormula('1+1')).toBe('1+1');
    expect(guardFormula('a=b')).toBe('a=b');
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField(FORMULA_TITLE)).toBe(`"'${FORMULA_TITLE.replace(/"/g, '""')}"`);
  });

  it('writes the plan as UTF-8 with a BOM, one row per action with its tier, Hebrew intact', () => {
    const { record, ids } = recordFixture();
    const plan = record('plan');
    const bytes = planCsv(plan);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3));
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['Tier', ...RECORD_COLUMNS.map((column) => column.label)]);
    expect(rows).toHaveLength(plan.actionCount + 1);
    expect(rows.every((row) => row.length === RECORD_COLUMNS.length + 1)).toBe(true);
    const byTitle = new Map(rows.map((row) => [row[2], row]));
    expect(byTitle.get(HEBREW_TITLE)).toEqual([
      'Available now under existing authority', byTitle.get(HEBREW_TITLE)![1], HEBREW_TITLE, 'AI-1', 'NIST', '\u2068INCD\u2069 (\u2068רונית כהן\u2069)', '', 'Agreed', '2026-10-31', '',
    ]);
    expect(byTitle.get(`'${FORMULA_TITLE}`)?.[0]).toBe('Not yet sequenced');
    expect(byTitle.has(FORMULA_TITLE)).toBe(false);
    expect(byTitle.get(PIPE_TITLE)?.[0]).toBe('Requires appropriations or legislative support');
    expect(text).not.toContain(ids.deleted);
  });
});
