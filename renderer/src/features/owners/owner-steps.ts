/**
 * The menu's three choices as steps on the model's owner operations. An institution holds one
 * role on a row: becoming lead drops its supporting mark, becoming supporting drops its lead, so
 * the matrix cell (which shows the strongest role) never hides a second, stale role.
 */
import type { CellState } from './cell-state';

export type OwnerStep =
  | { readonly op: 'lead'; readonly institution: string | null; readonly person: string | null }
  | { readonly op: 'supporting'; readonly institution: string; readonly supporting: boolean };

export function leadSteps(state: CellState, institution: string, person: string | null): OwnerStep[] {
  return [
    { op: 'lead', institution, person },
    ...(state.isSupporting ? [{ op: 'supporting', institution, supporting: false } as const] : []),
  ];
}

export function supportingSteps(state: CellState, institution: string): OwnerStep[] {
  return [
    { op: 'supporting', institution, supporting: true },
    ...(state.isLead ? [{ op: 'lead', institution: null, person: null } as const] : []),
  ];
}

export function removeSteps(state: CellState, institution: string): OwnerStep[] {
  return [
    ...(state.isLead ? [{ op: 'lead', institution: null, person: null } as const] : []),
    ...(state.isSupporting ? [{ op: 'supporting', institution, supporting: false } as const] : []),
  ];
}
