import { useTandemStore } from '../../state/store';

/**
 * What to show beside a field when a command was refused: the notice the command reported. The
 * notice also shows at the top of the workspace, out of sight of a field in the panel or a row,
 * so the field repeats it where the person is looking.
 */
export function refusal(ok: boolean): string | null {
  return ok ? null : useTandemStore.getState().notice ?? 'The change was not made.';
}
