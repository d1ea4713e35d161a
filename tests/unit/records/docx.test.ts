import { describe, expect, it } from 'vitest';
import { planDocx } from '../../../shared/records/docx';
import { RECORD_COLUMNS } from '../../../shared/records/plan-record';
import { readDocx } from '../support/docx-reader';
import { FORMULA_TITLE, HEBREW_TITLE, PIPE_TITLE, recordFixture } from './record-fixture';

describe('DOCX', () => {
  it('is a Word file whose document holds the heading, the dates and one table per tier with every row', async () => {
    const plan = recordFixture().record('plan');
    const bytes = await planDocx(plan);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const { paragraphs, tables, xml } = readDocx(bytes);
    expect(paragraphs.slice(0, 5)).toEqual([
      'U.S.–Israel Strategic Technology Compact — Action plan',
      'Generated 2026-10-15 09:30 UTC',
      'Compact signing: 2026-09-01',
      '90-day window ends: 2026-11-30',
      'Prepared by \u2068Dana Levi (Israel, note-taker)\u2069',
    ]);
    for (const section of plan.sections) expect(paragraphs).toContain(section.label);
    expect(tables).toHaveLength(plan.sections.length);
    tables.forEach((table, index) => {
      expect(table[0]).toEqual(RECORD_COLUMNS.map((column) => column.label));
      expect(table.slice(1).map((row) => row[1])).toEqual(plan.sections[index]!.rows.map((row) => row.title));
    });
    const rows = tables.flatMap((table) => table.slice(1));
    expect(rows).toHaveLength(plan.actionCount);
    expect(rows.find((row) => row[1] === HEBREW_TITLE)?.slice(1)).toEqual([
      HEBREW_TITLE, 'AI-1', 'NIST', '\u2068INCD\u2069 (\u2068רונית כהן\u2069)', '', 'Agreed', '2026-10-31', '',
    ]);
    expect(rows.find((row) => row[1] === 'Issue the first joint AI-Cybersecurity Foundry challenge call')?.slice(3, 5)).toEqual(['CAISI', 'INCD']);
    expect(rows.map((row) => row[1])).toEqual(expect.arrayContaining([FORMULA_TITLE, PIPE_TITLE]));
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    // Header rows repeat on each page; tiers after the first start a page; Hebrew runs right to left.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(plan.sections.length);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(plan.sections.length - 1);
    expect(xml).toMatch(/<w:bidi\/>[\s\S]{0,400}<w:rtl\/>[\s\S]{0,200}פיילוט/);
  });

  it('says so under a tier with no actions instead of an empty table', async () => {
    const plan = recordFixture().record('ninety-day');
    const { paragraphs, tables } = readDocx(await planDocx(plan));
    expect(tables).toHaveLength(plan.sections.filter((section) => section.rows.length > 0).length);
    expect(paragraphs).toContain('No actions in this tier.');
  });
});
