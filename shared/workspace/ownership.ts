/**
 * Several owner changes to one record as one edit: the owner matrix's choices ("make lead" drops
 * the institution's supporting mark, "make supporting" clears its lead; see the renderer's
 * owner-steps.ts). All or none: every step is checked before the first is written (a refused
 * step changes nothing, not even the steps before it), then all are written in one transaction,
 * so no colleague's change can land between them either.
 */
import type * as Y from 'yjs';
import type { Side } from '../compact/types';
import { applyPlanned } from './actions';
import { planLead, planSupporting, type OwnedTarget } from './owners';

export type OwnershipStep =
  | { readonly op: 'lead'; readonly institution: string | null; readonly person: string | null }
  | { readonly op: 'supporting'; readonly institution: string; readonly supporting: boolean };

export function setOwnership(doc: Y.Doc, target: OwnedTarget, side: Side, steps: readonly OwnershipStep[], now: Date = new Date()): void {
  const planned = steps.map((step) =>
    step.op === 'lead'
      ? planLead(doc, target, side, step.institution, step.person, now)
      : planSupporting(doc, target, step.institution, step.supporting, now));
  applyPlanned(doc, planned);
}
