/**
 * A meeting's record as a Word document (the `docx` package, as the plan record: pure JavaScript,
 * the same code in the renderer and in Node tests). Portrait A4; the draft mark in every page's
 * header, "Page n of m" in every footer (Word fields, so the numbers follow Word's own pagination).
 * List items carry their marker as text with a hanging indent, as the print layout shows them,
 * rather than Word numbering: both formats then number a list the same way. A right-to-left block
 * (minutes-blocks.ts isRightToLeft, the editor's dir="auto") is a bidirectional paragraph aligned
 * right, its runs marked right to left.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { isRightToLeft, type MinutesBlock } from './minutes-blocks';
import { MEETING_RECORD_WORDS as WORDS, meetingRecordFootnote, type MeetingRecord } from './meeting-record';

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6, HeadingLevel.HEADING_6] as const;

function directed(rtl: boolean): { bidirectional?: true; alignment?: (typeof AlignmentType)['RIGHT'] } {
  return rtl ? { bidirectional: true, alignment: AlignmentType.RIGHT } : {};
}

function line(text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  const rtl = isRightToLeft(text);
  return new Paragraph({ ...directed(rtl), children: [new TextRun({ text, ...options, rightToLeft: rtl })] });
}

function minutesParagraph(block: MinutesBlock): Paragraph {
  const runs = block.runs.flatMap((run) => run.text.split('\n').map((text, index) => new TextRun({
    text, break: index > 0 ? 1 : undefined, bold: run.bold, italics: run.italic, strike: run.strike, rightToLeft: block.rtl,
    ...(run.code ? { font: 'Consolas' } : {}),
  })));
  const indent = block.depth > 0 ? { indent: { start: 360 * block.depth, hanging: 280 } } : block.kind === 'quote' ? { indent: { start: 480 } } : {};
  const marker = block.marker ? [new TextRun({ text: `${block.marker}\t`, rightToLeft: block.rtl })] : [];
  return new Paragraph({
    ...directed(block.rtl),
    ...indent,
    ...(block.kind === 'heading' ? { heading: HEADINGS[block.level - 1] ?? HeadingLevel.HEADING_3 } : {}),
    children: [...marker, ...runs],
  });
}

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [line(text, { bold: header })] });
}

function table(widths: readonly number[], head: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((text, index) => cell(text, widths[index]!, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, index) => cell(text, widths[index]!)) })),
    ],
  });
}

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const empty = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });

export function meetingDocument(record: MeetingRecord): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ ...directed(isRightToLeft(record.title)), heading: HeadingLevel.TITLE, children: [new TextRun({ text: record.title, rightToLeft: isRightToLeft(record.title) })] }),
    new Paragraph({
      border: { top: { style: BorderStyle.SINGLE, size: 8, color: 'B45309' }, bottom: { style: BorderStyle.SINGLE, size: 8, color: 'B45309' } },
      children: [new TextRun({ text: record.draftMark, bold: true, color: 'B45309' })],
    }),
    ...record.header.map((entry) => new Paragraph({ children: [new TextRun({ text: `${entry.label}: `, bold: true }), new TextRun({ text: entry.value, rightToLeft: isRightToLeft(entry.value) })] })),
    line(meetingRecordFootnote(record), { italics: true }),
    heading(WORDS.attendance),
  ];
  for (const side of record.attendance) {
    children.push(new Paragraph({ text: side.label, heading: HeadingLevel.HEADING_2 }));
    if (side.people.length === 0) children.push(empty(WORDS.nobody));
    for (const person of side.people) {
      children.push(line(`${person.name}${person.detail ? `, ${person.detail}` : ''}${person.chair ? ` ${WORDS.chair}` : ''}`));
    }
  }
  children.push(heading(WORDS.agenda));
  if (record.agenda.length === 0) children.push(empty(WORDS.noAgenda));
  else children.push(table([6, 44, 20, 10, 20], WORDS.agendaColumns, record.agenda.map((item) => [
    String(item.number), item.title, item.presenter ?? '', item.minutes === null ? '' : String(item.minutes), item.links.join('; '),
  ])));
  children.push(heading(WORDS.minutes));
  if (record.minutes.length === 0) children.push(empty(WORDS.noMinutes));
  children.push(...record.minutes.map(minutesParagraph));
  children.push(heading(WORDS.decisions));
  if (record.decisions.length === 0) children.push(empty(WORDS.noDecisions));
  for (const decision of record.decisions) {
    children.push(new Paragraph({
      ...directed(decision.rtl),
      children: [new TextRun({ text: `${decision.number}  `, bold: true }), new TextRun({ text: decision.text, rightToLeft: decision.rtl })],
    }));
    for (const change of decision.changes) children.push(new Paragraph({ indent: { start: 480 }, children: [new TextRun({ text: `${WORDS.planChange} ${change}`, rightToLeft: isRightToLeft(change) })] }));
    children.push(new Paragraph({ indent: { start: 480 }, children: [new TextRun({ text: decision.applied, italics: true })] }));
  }
  children.push(heading(WORDS.actionItems));
  if (record.actionItems.length === 0) children.push(empty(WORDS.noActionItems));
  else children.push(table([8, 32, 18, 18, 14, 10], WORDS.actionItemColumns, record.actionItems.map((item) => [
    item.decision, item.title, item.usLead, item.israelLead, item.due, item.status,
  ])));

  return new Document({
    title: record.title,
    description: `Record of the working session “${record.title}”, generated ${record.generatedAt}`,
    creator: record.preparedBy ?? 'Tandem',
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `DRAFT · ${record.title}`, bold: true, color: 'B45309' })] })] }) },
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }),
      },
      children,
    }],
  });
}

export async function meetingDocx(record: MeetingRecord): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(meetingDocument(record)));
}
