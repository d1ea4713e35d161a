/**
 * How another note-taker's caret and selection are drawn. Their name and colour come from their
 * awareness state, which a peer controls: the name is shown as text (never markup) and clipped,
 * and the colour is one of CARET_COLOURS by index, as a class. No inline style: the page's
 * Content-Security-Policy forbids it, and a peer's colour string could carry any CSS.
 */
export const CARET_COLOURS = 6;

export interface CaretUser {
  readonly name: string;
  readonly colour: number;
}

export function caretUser(name: string, clientId: number): CaretUser {
  return { name, colour: clientId % CARET_COLOURS };
}

function readUser(user: Record<string, unknown>): CaretUser {
  const name = typeof user.name === 'string' && user.name.trim() ? user.name.slice(0, 60) : 'Someone';
  const colour = typeof user.colour === 'number' && Number.isInteger(user.colour) && user.colour >= 0 && user.colour < CARET_COLOURS ? user.colour : 0;
  return { name, colour };
}

export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const { name, colour } = readUser(user);
  const caret = document.createElement('span');
  caret.className = `minutes-caret caret-colour-${colour}`;
  caret.setAttribute('data-testid', 'remote-caret');
  const label = document.createElement('span');
  label.className = 'minutes-caret-label';
  label.textContent = name;
  caret.append(label);
  return caret;
}

export function renderSelection(user: Record<string, unknown>): { nodeName: string; class: string } {
  return { nodeName: 'span', class: `minutes-selection caret-colour-${readUser(user).colour}` };
}
