import { useEffect, type RefObject } from 'react';
import { isTypingTarget } from '../features/filter/typing-target';

interface Handlers {
  readonly togglePalette: () => void;
  readonly openHelp: () => void;
}

/**
 * The shell's global keys: Ctrl/⌘+K toggles the palette (from anywhere, a text field included,
 * as in Linear); `?` opens the keyboard help, except while typing (a `?` in a title is a
 * question mark). Neither acts while another dialog is open (the action detail, a restore, the
 * help itself) or while the workspace is hidden (the print view): the palette's results would
 * land behind that dialog.
 */
export function useShellKeys(workspace: RefObject<HTMLElement | null>, { togglePalette, openHelp }: Handlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const palette = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
      const help = event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (!palette && !help) return;
      const shown = workspace.current;
      if (!shown || shown.getClientRects().length === 0) return;
      if (document.querySelector('dialog[open]:not([data-testid="command-palette"])')) return;
      if (help && (isTypingTarget(event.target instanceof HTMLElement ? event.target : null) || document.querySelector('dialog[open]'))) return;
      event.preventDefault();
      if (palette) togglePalette();
      else openHelp();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [workspace, togglePalette, openHelp]);
}
