import type { Commands } from '../../runtime/commands';
import type { CellState } from './cell-state';
import type { OwnerStep } from './owner-steps';

/**
 * Runs a choice's steps as one edit (one transaction, one undo step) through the commands, which
 * refuse for observers and report a refusal as the notice. Every step is checked before any is
 * written (shared/workspace/ownership.ts): a refused step writes nothing at all. One transaction also means a colleague's concurrent change cannot land between the steps (say,
 * between dropping a supporting mark and setting the lead) and leave the institution with no role.
 */
export function runOwnerSteps(commands: Commands, state: CellState, steps: readonly OwnerStep[]): boolean {
  return commands.setOwnership(state.target, state.side, steps);
}
