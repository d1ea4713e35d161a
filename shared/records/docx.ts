/**
 * The plan as a Word document (the `docx` package, pure JavaScript, so the same code runs in the
 * renderer and in Node tests): a heading, the date lines, then one table per tier with the
 * record's columns. Landscape A4 for eight columns; each tier after the first starts a new page;
 * header rows repeat on every page a table spans (tableHeader) and rows never split across pages.
 * A cell whose first strong letter is right-to-left (Hebrew, Arabic) is marked bidirectional so Word
 * lays it out right to left, as dir="auto" would; a user's words inside a longer cell ("Ministry of
 * Economy (דנה לוי)") come isolated (FSI … PDI) from plan-record.ts, so they keep their own order.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { firstStrongDirection } from '../text/bidi';
import { COMPACT_TITLE, EMPTY_SECTION_TEXT, RECORD_COLUMNS, recordDateLines, type PlanRecord, type RecordRow } from './plan-record';


/** Relative column widths (percent of the table), matching RECORD_COLUMNS. */
const COLUMN_WIDTHS: Readonly<Record<(typeof RECORD_COLUMNS)[number]['key'], number>> = {
  position: 4, title: 22, initiative: 6, usLead: 12, israelLead: 12, supporting: 10, status: 8, due: 14, disputed: 12,
};

function textParagraph(text: string, bold = false): Paragraph {
  const rtl = firstStrongDirection(text) === 'rtl';
  return new Paragraph({
    bidirectional: rtl,
    ...(rtl ? { alignment: AlignmentType.RIGHT } : {}),
    children: [new TextRun({ text, bold, rightToLeft: rtl })],
  });
}

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [textParagraph(text, header)],
  });
}

function headerRow(): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: RECORD_COLUMNS.map((column) => cell(column.label, COLUMN_WIDTHS[column.key], true)),
  });
}

function bodyRow(row: RecordRow): TableRow {
  return new TableRow({
    cantSplit: true,
    children: RECORD_COLUMNS.map((column) => cell(row[column.key], COLUMN_WIDTHS[column.key])),
  });
}

export function planDocument(record: PlanRecord): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: record.title, heading: HeadingLevel.TITLE }),
    ...recordDateLines(record).map((line) => textParagraph(line)),
  ];
  record.sections.forEach((section, index) => {
    children.push(new Paragraph({ text: section.label, heading: HeadingLevel.HEADING_1, pageBreakBefore: index > 0 }));
    if (section.rows.length === 0) {
      children.push(textParagraph(EMPTY_SECTION_TEXT));
      return;
    }
    children.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [headerRow(), ...section.rows.map(bodyRow)],
    }));
  });
  return new Document({
    title: record.title,
    description: `${COMPACT_TITLE}: ${record.actionCount} actions, generated ${record.generatedAt}`,
    creator: record.preparedBy ?? 'Tandem',
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
}

export async function planDocx(record: PlanRecord): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(planDocument(record)));
}
