/**
 * The plan as CSV, for spreadsheets.
 * - RFC 4180: fields holding a comma, a quote, CR or LF are quoted, quotes doubled, lines end CRLF.
 * - UTF-8 with a byte-order mark: without it Excel reads the file in the system's code page and
 *   Hebrew (or an en dash) turns to mojibake.
 * - Formula injection: a cell starting with = + - @ (or a tab or CR, which Excel strips before
 *   looking) would run as a formula when opened. Such cells get a leading apostrophe, which
 *   spreadsheets read as "text" and hide. Titles come from peers, so this is untrusted input.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
import { encodeUtf8 } from 'lib0/string';
import { RECORD_COLUMNS, type PlanRecord } from './plan-record';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const BOM = '\uFEFF';

/** Isolate marks (plan-record.ts) are invisible: a cell is judged by what follows them. */
const LEADING_ISOLATES = /^[\u2066-\u2069]+/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell.replace(LEADING_ISOLATES, '')) ? `'${cell}` : cell;
}

export function csvField(cell: string): string {
  const safe = guardFormula(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text: CRLF after every record, the last one included (RFC 4180 allows both). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One row per action, with its tier first: the flat form a spreadsheet filters and sorts. */
export function planCsvRows(record: PlanRecord): string[][] {
  const header = ['Tier', ...RECORD_COLUMNS.map((column) => column.label)];
  const rows = record.sections.flatMap((section) =>
    section.rows.map((row) => [section.label, ...RECORD_COLUMNS.map((column) => row[column.key])]),
  );
  return [header, ...rows];
}

export function planCsv(record: PlanRecord): Uint8Array {
  return encodeUtf8(BOM + toCsv(planCsvRows(record)));
}
