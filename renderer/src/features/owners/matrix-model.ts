/**
 * What the owner matrix shows, as pure functions of the derived matrix rows and the directory:
 * which institution columns appear (U.S. then Israel, each alphabetical by label so every laptop
 * shows the same order, whatever order its Y.Map iterates in), how a cell is named for a screen
 * reader, and how many rows lack a lead on each side.
 */
import type { Side } from '../../../../shared/compact/types';
import type { MatrixRow, OwnerRole } from '../../../../shared/plan/owner-matrix';
import { nameOfInstitution } from '../../../../shared/workspace/institution-name';
import type { InstitutionDirectory } from '../../../../shared/workspace/institution-view';
import type { Translate } from '../../ui/i18n/I18nProvider';

/** A role's full name ("Lead", "named in annex"), in the reader's language. */
export const roleName = (t: Translate, role: OwnerRole | undefined): string => t('data.owners.role', { role: role ?? 'none' });
/** What a cell shows; its accessible name carries the full role. */
export const roleShort = (t: Translate, role: OwnerRole): string => t('data.owners.roleShort', { role });

export interface MatrixColumn {
  readonly id: string;
  /** Short name where the directory has one ("NIST"). */
  readonly label: string;
  /** The full name. */
  readonly name: string;
  /** "NIST (National Institute of Standards and Technology)": the column header's accessible name. */
  readonly spoken: string;
  readonly side: Side;
}

export type SideChoice = 'both' | Side;
export type ColumnChoice = 'all' | 'in-use';

const ORDER: readonly Side[] = ['us', 'israel'];

/**
 * The columns to show. Institutions without a readable side cannot be led from either side, so
 * they are listed in the directory (with their problem) but get no column.
 */
export function matrixColumns(
  directory: InstitutionDirectory, rows: readonly MatrixRow[], sides: SideChoice, which: ColumnChoice,
): MatrixColumn[] {
  const used = which === 'in-use' ? new Set(rows.flatMap((row) => [...row.cells.keys()])) : null;
  const columns: MatrixColumn[] = [];
  for (const entry of directory.values()) {
    if (entry.side === null || (sides !== 'both' && entry.side !== sides)) continue;
    if (used && !used.has(entry.id)) continue;
    const { label, full, spoken } = nameOfInstitution(entry);
    columns.push({ id: entry.id, label, name: full, spoken, side: entry.side });
  }
  return columns.sort((a, b) => ORDER.indexOf(a.side) - ORDER.indexOf(b.side)
    || a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
}

/** How a row is called in a cell's name: the code for an initiative, the title for an action. */
export function rowName(row: MatrixRow): string {
  return row.kind === 'initiative' ? row.id : row.label;
}

export function cellName(t: Translate, row: MatrixRow, column: MatrixColumn, role: OwnerRole | undefined): string {
  return t('data.owners.cellName', { row: rowName(row), column: column.label, role: role ?? 'none' });
}

/** The corner's line for a cell: the row and the institution by their full names, the side and the role. */
export function cellDetail(t: Translate, row: MatrixRow, column: MatrixColumn, role: OwnerRole | undefined): string {
  return t('data.owners.cellDetail', { row: row.label, column: columnDetail(t, column), role: role ?? 'none' });
}

/** The corner's line for a column header: the full name, the label where it differs, the side. */
export function columnDetail(t: Translate, column: MatrixColumn): string {
  return t('data.owners.columnDetail', { name: column.name, short: column.label === column.name ? 'none' : column.label, side: column.side });
}

export interface GapSummary {
  readonly rows: number;
  readonly us: number;
  readonly israel: number;
}

export function gapSummary(rows: readonly MatrixRow[]): GapSummary {
  return {
    rows: rows.length,
    us: rows.filter((row) => row.gaps.includes('us')).length,
    israel: rows.filter((row) => row.gaps.includes('israel')).length,
  };
}

export function gapSummaryText(t: Translate, { rows, us, israel }: GapSummary): string {
  return t('data.owners.gapSummary', { rows, us, israel });
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Whether two derivations of a row render the same. deriveOwnerMatrix builds new row objects on
 * every change; comparing content lets a memoised row skip rendering its ~70 cells when only
 * another row changed.
 */
export function sameRow(a: MatrixRow, b: MatrixRow): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || a.id !== b.id || a.label !== b.label || a.cells.size !== b.cells.size) return false;
  for (const [id, role] of a.cells) if (b.cells.get(id) !== role) return false;
  const x = a.owners;
  const y = b.owners;
  return x.usLead === y.usLead && x.usLeadPerson === y.usLeadPerson && x.israelLead === y.israelLead &&
    x.israelLeadPerson === y.israelLeadPerson && sameList(x.supporting, y.supporting) &&
    sameList(a.gaps, b.gaps) && sameList(a.unknownInstitutions, b.unknownInstitutions);
}
