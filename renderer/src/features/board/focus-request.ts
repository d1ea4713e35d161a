/**
 * Keeping keyboard focus on an action after it moves. A move re-renders the row elsewhere (to
 * another lane it is a new element), so focus cannot simply stay put: the command leaves a
 * request naming the action and the control that had focus, and the board applies it after its
 * next render. Requests expire, so one the document refused never fires later by surprise.
 */
const EXPIRY_MS = 2_000;

/** What to focus in a row: a control's data-control name, or 'row' for the row itself. */
export type FocusTarget = string;

let pending: { id: string; control: FocusTarget; at: number } | null = null;

export function requestFocus(id: string, control: FocusTarget): void {
  pending = { id, control, at: Date.now() };
}

export function cancelFocusRequest(): void {
  pending = null;
}

/** Focuses the requested control inside `container` once its row is rendered. */
export function applyFocusRequest(container: HTMLElement | null): void {
  if (!pending || !container) return;
  if (Date.now() - pending.at > EXPIRY_MS) {
    pending = null;
    return;
  }
  const row = container.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(pending.id)}"]`);
  if (!row) return;
  const control = pending.control === 'row' ? row : row.querySelector<HTMLElement>(`[data-control="${pending.control}"]`);
  (control ?? row).focus();
  pending = null;
}

/** The data-control name of the focused element inside a row, for putting focus back there. */
export function focusedControl(): FocusTarget {
  const active = document.activeElement;
  return active instanceof HTMLElement ? active.dataset.control ?? 'row' : 'row';
}

/** The action a pending focus request names, so a lane can make sure that row is rendered. */
export function pendingFocusId(): string | null {
  return pending && Date.now() - pending.at <= EXPIRY_MS ? pending.id : null;
}
