/**
 * The owner matrix: rows are initiatives and live actions, columns are institutions (U.S. then
 * Israel). A cell says how the institution owns the row: lead, supporting, or only named in the
 * annex's owner table (for initiatives, before a delegation assigns anyone). A row has a gap on a
 * side with no lead; a reference to an institution missing from the directory is flagged.
 */
import type { CompactData, Side } from '../compact/types';
import type { ActionView } from '../workspace/action-view';
import type { InstitutionDirectory } from '../workspace/institution-view';
import type { OwnersView } from '../workspace/owner-view';

export type OwnerRole = 'lead' | 'supporting' | 'annex';

export interface MatrixRow {
  readonly kind: 'initiative' | 'action';
  readonly id: string;
  readonly label: string;
  readonly owners: OwnersView;
  /** institution id → role; the strongest role wins (lead over supporting over annex). */
  readonly cells: ReadonlyMap<string, OwnerRole>;
  readonly gaps: readonly Side[];
  readonly unknownInstitutions: readonly string[];
}

const RANK: Record<OwnerRole, number> = { lead: 3, supporting: 2, annex: 1 };

function buildRow(
  kind: MatrixRow['kind'], id: string, label: string, owners: OwnersView, annex: readonly string[], directory: InstitutionDirectory,
): MatrixRow {
  const cells = new Map<string, OwnerRole>();
  const put = (institution: string | null, role: OwnerRole) => {
    if (institution && RANK[role] > (cells.has(institution) ? RANK[cells.get(institution)!] : 0)) cells.set(institution, role);
  };
  annex.forEach((institution) => put(institution, 'annex'));
  owners.supporting.forEach((institution) => put(institution, 'supporting'));
  put(owners.usLead, 'lead');
  put(owners.israelLead, 'lead');
  const gaps: Side[] = [];
  if (!owners.usLead) gaps.push('us');
  if (!owners.israelLead) gaps.push('israel');
  return { kind, id, label, owners, cells, gaps, unknownInstitutions: [...cells.keys()].filter((inst) => !directory.has(inst)).sort() };
}

export function deriveOwnerMatrix(
  compact: CompactData,
  initiativeOwners: ReadonlyMap<string, OwnersView>,
  actions: readonly ActionView[],
  directory: InstitutionDirectory,
): readonly MatrixRow[] {
  const none: OwnersView = { usLead: null, usLeadPerson: null, israelLead: null, israelLeadPerson: null, supporting: [] };
  const initiatives = compact.recommendations.map((rec) =>
    buildRow('initiative', rec.code, `${rec.code} ${rec.title}`, initiativeOwners.get(rec.code) ?? none,
      [...rec.usOwners, ...rec.israelOwners].flatMap((entry) => entry.institutions), directory));
  const live = actions.filter((action) => !action.deleted).map((action) =>
    buildRow('action', action.id, action.title, {
      usLead: action.usLead, usLeadPerson: action.usLeadPerson, israelLead: action.israelLead,
      israelLeadPerson: action.israelLeadPerson, supporting: action.supporting,
    }, [], directory));
  return [...initiatives, ...live];
}
