import { useTandemStore } from '../../state/store';

/**
 * What to show in the panel when a command was refused: the notice the command reported. The
 * notice also shows on the workspace, but the open dialog makes the rest of the page inert, so
 * the panel repeats it beside the field concerned.
 */
export function refusal(ok: boolean): string | null {
  return ok ? null : useTandemStore.getState().notice ?? 'The change was not made.';
}
