import { commands } from '../../workspace/commands';
import type { CellState } from './cell-state';
import type { OwnerStep } from './owner-steps';

/**
 * Runs a choice's steps through the commands (which refuse for observers and report refusals as
 * the notice), stopping at the first refusal. True when every step was taken.
 */
export function runOwnerSteps(state: CellState, steps: readonly OwnerStep[]): boolean {
  return steps.every((step) => (step.op === 'lead'
    ? commands.setLead(state.target, state.side, step.institution, step.person)
    : commands.setSupporting(state.target, step.institution, step.supporting)));
}
