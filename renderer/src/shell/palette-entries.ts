import { ArrowLeftRight, Keyboard, LogIn, Printer, Radio, Redo2, Sparkles, Undo2 } from 'lucide-react';
import type { PaletteSection } from '../features/palette/CommandPalette';
import { GROUPS, VIEWS, VIEW_IDS, type ViewId } from './views';

interface Needs {
  readonly goTo: (view: ViewId) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly openHelp: () => void;
  readonly openTour: () => void;
  /** Observers edit nothing: no undo, no hosting. */
  readonly readOnly: boolean;
  readonly ctrl: string;
}

/** What the palette offers besides actions: every view, then the commands people reach for. */
export function paletteSections({ goTo, undo, redo, openHelp, openTour, readOnly, ctrl }: Needs): readonly PaletteSection[] {
  const views = VIEW_IDS.map((id) => ({
    id: `view:${id}`, label: VIEWS[id].label, hint: VIEWS[id].hint, icon: VIEWS[id].icon, keywords: `${GROUPS[VIEWS[id].group]} ${id}`, run: () => goTo(id),
  }));
  const commands = [
    ...(readOnly ? [] : [{ id: 'host', label: 'Host a session', hint: 'Session', icon: Radio, keywords: 'start lan room network live', run: () => goTo('session') }]),
    { id: 'join', label: 'Join a session', hint: 'Session', icon: LogIn, keywords: 'connect address code lan live', run: () => goTo('session') },
    { id: 'export-record', label: 'Export the plan', hint: 'Records: PDF, Word, CSV, Markdown', icon: Printer, keywords: 'print record pdf docx csv markdown download', run: () => goTo('records') },
    { id: 'sync-file', label: 'Export or import a sync file', hint: 'Sync files', icon: ArrowLeftRight, keywords: 'bundle air gap carry usb', run: () => goTo('sync-files') },
    ...(readOnly ? [] : [
      { id: 'undo', label: 'Undo', hint: 'Your last change', icon: Undo2, shortcut: `${ctrl} Z`, run: undo },
      { id: 'redo', label: 'Redo', icon: Redo2, shortcut: `${ctrl} Shift Z`, run: redo },
    ]),
    { id: 'help', label: 'Keyboard shortcuts', hint: 'And what each view is for', icon: Keyboard, shortcut: '?', keywords: 'help keys', run: openHelp },
    { id: 'tour', label: 'Take the tour', hint: 'One minute through the plan, meetings, sync and review', icon: Sparkles, keywords: 'welcome introduction start guide', run: openTour },
  ];
  return [{ heading: 'Go to', entries: views }, { heading: 'Commands', entries: commands }];
}
