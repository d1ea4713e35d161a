import type { MessageId } from '../ui/i18n/messages';

/**
 * The app's keyboard shortcuts, as the help dialog lists them. Each entry names keys as they are
 * printed on a PC keyboard; on a Mac, Ctrl reads ⌘ (the handlers accept both).
 */
export interface Shortcut {
  /** Alternatives, each a chord of keys pressed together. */
  readonly chords: readonly (readonly string[])[];
  /** What it does: a message id. */
  readonly what: MessageId;
}

export const SHORTCUTS: readonly { readonly heading: MessageId; readonly shortcuts: readonly Shortcut[] }[] = [
  {
    heading: 'shortcuts.anywhere',
    shortcuts: [
      { chords: [['Ctrl', 'K']], what: 'shortcuts.palette' },
      { chords: [['?']], what: 'shortcuts.help' },
      { chords: [['Ctrl', 'Z']], what: 'shortcuts.undo' },
      { chords: [['Ctrl', 'Shift', 'Z'], ['Ctrl', 'Y']], what: 'shortcuts.redo' },
      { chords: [['Esc']], what: 'shortcuts.escape' },
    ],
  },
  {
    heading: 'shortcuts.planViews',
    shortcuts: [
      { chords: [['/']], what: 'shortcuts.filter' },
      { chords: [['Alt', '↑'], ['Alt', '↓']], what: 'shortcuts.move' },
    ],
  },
  {
    heading: 'shortcuts.planList',
    shortcuts: [
      { chords: [['↑'], ['↓'], ['K'], ['J']], what: 'shortcuts.listMove' },
      { chords: [['Enter'], ['O']], what: 'shortcuts.listOpen' },
      { chords: [['X'], ['Space']], what: 'shortcuts.listSelect' },
      { chords: [['S'], ['T'], ['U'], ['I'], ['D']], what: 'shortcuts.listChange' },
      { chords: [['←'], ['→']], what: 'shortcuts.listChips' },
      { chords: [['Esc']], what: 'shortcuts.listEscape' },
    ],
  },
  {
    heading: 'shortcuts.inPalette',
    shortcuts: [
      { chords: [['↑'], ['↓']], what: 'shortcuts.choose' },
      { chords: [['Enter']], what: 'shortcuts.run' },
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
