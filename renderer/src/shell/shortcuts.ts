/**
 * The app's keyboard shortcuts, as the help dialog lists them. Each entry names keys as they are
 * printed on a PC keyboard; on a Mac, Ctrl reads ⌘ (the handlers accept both).
 */
export interface Shortcut {
  /** Alternatives, each a chord of keys pressed together. */
  readonly chords: readonly (readonly string[])[];
  readonly what: string;
}

export const SHORTCUTS: readonly { readonly heading: string; readonly shortcuts: readonly Shortcut[] }[] = [
  {
    heading: 'Anywhere',
    shortcuts: [
      { chords: [['Ctrl', 'K']], what: 'Open the command palette: go to a view, find an action, run a command' },
      { chords: [['?']], what: 'Show these shortcuts (outside a text field)' },
      { chords: [['Ctrl', 'Z']], what: 'Undo your last change (outside a text field)' },
      { chords: [['Ctrl', 'Shift', 'Z'], ['Ctrl', 'Y']], what: 'Redo' },
      { chords: [['Esc']], what: 'Close the palette or a dialog; focus goes back where it was' },
    ],
  },
  {
    heading: 'Plan, Owners and Timeline',
    shortcuts: [
      { chords: [['/']], what: 'Search and filter the actions' },
      { chords: [['Alt', '↑'], ['Alt', '↓']], what: 'Move the focused action up or down its lane' },
    ],
  },
  {
    heading: 'In the plan list',
    shortcuts: [
      { chords: [['↑'], ['↓'], ['K'], ['J']], what: 'Move between actions (the list is one Tab stop)' },
      { chords: [['Enter'], ['O']], what: 'Open the action in the panel beside the list' },
      { chords: [['X'], ['Space']], what: 'Select or unselect; Shift+click selects a range' },
      { chords: [['S'], ['T'], ['U'], ['I'], ['D']], what: 'Change its status, tier, U.S. lead, Israel lead or due date' },
      { chords: [['←'], ['→']], what: 'Move between the chips of the action' },
      { chords: [['Esc']], what: 'Close the panel, then clear the selection' },
    ],
  },
  {
    heading: 'In the palette',
    shortcuts: [
      { chords: [['↑'], ['↓']], what: 'Choose' },
      { chords: [['Enter']], what: 'Go, open or run what is chosen' },
    ],
  },
];

/** ⌘ for Ctrl on a Mac, so the keys read as the keyboard prints them. */
export function keyLabel(key: string, mac: boolean): string {
  return mac && key === 'Ctrl' ? '⌘' : key;
}

export function onMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
