/**
 * Drag and drop of board cards (HTML5 DnD). The payload is the action id under a type of our own:
 * text fields accept only text types, so a card dropped on another card's title inserts nothing.
 */
export const ACTION_DRAG_TYPE = 'application/x-tandem-action';

export function isActionDrag(types: readonly string[]): boolean {
  return types.includes(ACTION_DRAG_TYPE);
}

/**
 * The slot under the pointer, as an index in the lane: before the first rendered card whose
 * middle is below it, else after the last rendered one. Cards carry their lane index
 * (data-index), since a long lane renders only a window of them; `count` is the lane's size.
 */
export function slotAt(list: HTMLElement, clientY: number, count: number): number {
  const cards = [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.matches('[data-testid="action-row"]'));
  const under = cards.find((card) => {
    const box = card.getBoundingClientRect();
    return clientY < box.top + box.height / 2;
  });
  if (under) return Number(under.dataset.index);
  const last = cards[cards.length - 1];
  return last ? Math.min(count, Number(last.dataset.index) + 1) : count;
}
