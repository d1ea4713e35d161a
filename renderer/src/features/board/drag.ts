/**
 * Drag and drop of board rows (HTML5 DnD). The payload is the action id under a type of our own:
 * text inputs accept only text types, so a row dropped on another row's title inserts nothing.
 */
export const ACTION_DRAG_TYPE = 'application/x-tandem-action';

export function isActionDrag(types: readonly string[]): boolean {
  return types.includes(ACTION_DRAG_TYPE);
}

/** The visible slot under the pointer: before the first row whose middle is below it, else the end. */
export function slotAt(list: HTMLElement, clientY: number): number {
  const rows = [...list.children].filter((child) => child.matches('[data-testid="action-row"]'));
  const index = rows.findIndex((row) => {
    const box = row.getBoundingClientRect();
    return clientY < box.top + box.height / 2;
  });
  return index < 0 ? rows.length : index;
}
