import { ArrowLeftRight, Keyboard, LogIn, Printer, Radio, Redo2, Sparkles, Undo2 } from 'lucide-react';
import type { PaletteSection } from '../features/palette/CommandPalette';
import type { Translate } from '../ui/i18n/I18nProvider';
import type { ViewText } from './view-text';
import { VIEWS, VIEW_IDS, type ViewId } from './views';

interface Needs {
  readonly goTo: (view: ViewId) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly openHelp: () => void;
  readonly openTour: () => void;
  /** Observers edit nothing: no undo, no hosting. */
  readonly readOnly: boolean;
  readonly ctrl: string;
  readonly t: Translate;
  readonly text: ViewText;
}

/** What the palette offers besides actions: every view, then the commands people reach for. */
export function paletteSections({ goTo, undo, redo, openHelp, openTour, readOnly, ctrl, t, text }: Needs): readonly PaletteSection[] {
  const views = VIEW_IDS.map((id) => ({
    id: `view:${id}`, label: text.label(id), hint: text.hint(id), icon: VIEWS[id].icon, keywords: `${text.group(VIEWS[id].group)} ${id}`, run: () => goTo(id),
  }));
  const commands = [
    ...(readOnly ? [] : [{ id: 'host', label: t('palette.host'), hint: t('palette.session'), icon: Radio, keywords: 'start lan room network live', run: () => goTo('session') }]),
    { id: 'join', label: t('palette.join'), hint: t('palette.session'), icon: LogIn, keywords: 'connect address code lan live', run: () => goTo('session') },
    { id: 'export-record', label: t('palette.export'), hint: t('palette.exportHint'), icon: Printer, keywords: 'print record pdf docx csv markdown download', run: () => goTo('records') },
    { id: 'sync-file', label: t('palette.syncFile'), hint: t('palette.syncFileHint'), icon: ArrowLeftRight, keywords: 'bundle air gap carry usb', run: () => goTo('sync-files') },
    ...(readOnly ? [] : [
      { id: 'undo', label: t('palette.undo'), hint: t('palette.undoHint'), icon: Undo2, shortcut: `${ctrl} Z`, run: undo },
      { id: 'redo', label: t('palette.redo'), icon: Redo2, shortcut: `${ctrl} Shift Z`, run: redo },
    ]),
    { id: 'help', label: t('palette.help'), hint: t('palette.helpHint'), icon: Keyboard, shortcut: '?', keywords: 'help keys', run: openHelp },
    { id: 'tour', label: t('palette.tour'), hint: t('palette.tourHint'), icon: Sparkles, keywords: 'welcome introduction start guide', run: openTour },
  ];
  return [{ heading: t('palette.goTo'), entries: views }, { heading: t('palette.commands'), entries: commands }];
}
