import { useEffect } from 'react';
import { useTandemStore } from '../state/store';
import { useReadOnly } from '../state/use-plan';
import { useT } from '../ui/i18n/I18nProvider';
import { useCommands } from '../ui/runtime-context';

/**
 * Undo and redo of one's own changes (remote changes are never undone; see shared/workspace/undo.ts).
 * Ctrl/⌘+Z and Ctrl/⌘+Shift+Z (or Ctrl+Y) work anywhere except inside a text field, where the
 * browser's own text undo applies to what is being typed. A menu, a checkbox or a radio has no
 * undo of its own: there the app's applies (a bulk change made from a menu, undone at once).
 */
export function UndoButtons() {
  const readOnly = useReadOnly();
  const commands = useCommands();
  const { undo, redo } = useTandemStore((state) => state.undoState);
  const t = useT();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (!(event.ctrlKey || event.metaKey) || target?.closest('input:not([type="checkbox"], [type="radio"]), textarea, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) commands.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') commands.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
  if (readOnly) return null;
  return (
    <span className="undo-buttons">
      <button type="button" className="secondary" disabled={undo === 0} onClick={() => commands.undo()} aria-keyshortcuts="Control+Z">{t('undo.undo')}</button>
      <button type="button" className="secondary" disabled={redo === 0} onClick={() => commands.redo()} aria-keyshortcuts="Control+Shift+Z">{t('undo.redo')}</button>
    </span>
  );
}
