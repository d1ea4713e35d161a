import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Command } from 'cmdk';
import { useIntl } from 'react-intl';
import { FileText, Search, type LucideIcon } from 'lucide-react';
import type { ActionView } from '../../../../shared/workspace/action-view';
import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { bestMatches, fold } from './palette-match';
import './palette.css';

/** One thing the palette can do: go to a view, run a command. The caller says what `run` does. */
export interface PaletteEntry {
  /** Unique across the palette. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly icon?: LucideIcon;
  /** Shown beside the entry, e.g. "Ctrl Z". */
  readonly shortcut?: string;
  /** More words that find the entry (not shown). */
  readonly keywords?: string;
  readonly run: () => void;
}

export interface PaletteSection {
  readonly heading: string;
  readonly entries: readonly PaletteEntry[];
}

interface Props {
  readonly sections: readonly PaletteSection[];
  readonly onOpenAction: (actionId: string) => void;
  /** Called before an entry runs, and on Escape: the caller unmounts the palette. */
  readonly onClose: () => void;
}

/** How many actions a query lists at most: a palette is for finding one, not browsing thousands. */
const ACTION_LIMIT = 30;

const actionText = (action: ActionView) => `${action.initiative ?? ''} ${action.title}`;

/**
 * The command palette (Ctrl/⌘+K): a modal dialog holding cmdk's combobox and list. The filtering
 * is ours (`shouldFilter={false}`, palette-match.ts): folded for Hebrew points and accents, and
 * capped, so a plan of thousands of actions renders a few dozen items per keystroke. The
 * selection is controlled so it always rests on a visible item (the first after each keystroke),
 * which makes Enter predictable.
 */
export function CommandPalette({ sections, onOpenAction, onClose }: Props) {
  const t = useT();
  const intl = useIntl();
  const dialog = useModalDialog('[cmdk-input]');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState('');
  const actions = useTandemStore((state) => state.actions);
  const searchable = useMemo(() => actions.filter((action) => !action.deleted).map((action) => ({ action, folded: fold(actionText(action)) })), [actions]);
  const shownSections = useMemo(
    () => sections
      .map((section) => ({ ...section, entries: bestMatches(section.entries, query, (entry) => fold(`${entry.label} ${entry.keywords ?? ''}`), Infinity).shown }))
      .filter((section) => section.entries.length > 0),
    [sections, query],
  );
  const found = useMemo(() => (query.trim() === '' ? { shown: [], total: 0 } : bestMatches(searchable, query, (item) => item.folded, ACTION_LIMIT)), [searchable, query]);
  const values = [...shownSections.flatMap((section) => section.entries.map((entry) => `entry:${entry.id}`)), ...found.shown.map((item) => `action:${item.action.id}`)];
  const value = values.includes(selected) ? selected : (values[0] ?? '');
  // The palette goes first (focus back where it was), then the entry runs as if from there.
  const choose = (run: () => void) => {
    flushSync(onClose);
    run();
  };
  return (
    <dialog ref={dialog} className="palette" aria-label={t('palette.dialog')} data-testid="command-palette"
      onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <Command label={t('palette.label')} shouldFilter={false} loop vimBindings={false} value={value} onValueChange={setSelected}>
        <div className="palette-search">
          <Search aria-hidden="true" size={18} />
          <Command.Input dir="auto" value={query} onValueChange={setQuery} placeholder={t('palette.placeholder')} />
          <kbd className="palette-esc" aria-hidden="true">Esc</kbd>
        </div>
        <Command.List label={t('palette.results')}>
          <Command.Empty>{intl.formatMessage({ id: 'palette.empty' }, { query: <bdi key="query" dir="auto">{query}</bdi> })}</Command.Empty>
          {shownSections.map((section) => (
            <Command.Group key={section.heading} heading={section.heading}>
              {section.entries.map((entry) => <EntryItem key={entry.id} entry={entry} onSelect={() => choose(entry.run)} />)}
            </Command.Group>
          ))}
          {found.shown.length > 0 && (
            <Command.Group heading={found.total > found.shown.length ? t('palette.actionsFirst', { shown: found.shown.length, total: found.total }) : t('palette.actions')}>
              {found.shown.map(({ action }) => (
                <ActionItem key={action.id} action={action} onSelect={() => choose(() => onOpenAction(action.id))} />
              ))}
            </Command.Group>
          )}
        </Command.List>
      </Command>
    </dialog>
  );
}

function EntryItem({ entry, onSelect }: { readonly entry: PaletteEntry; readonly onSelect: () => void }) {
  const Icon = entry.icon;
  return (
    <Command.Item value={`entry:${entry.id}`} onSelect={onSelect} className="palette-item">
      {Icon ? <Icon aria-hidden="true" size={16} className="palette-icon" /> : <span className="palette-icon" />}
      <span className="palette-label">{entry.label}</span>
      {entry.hint && <span className="palette-hint">{entry.hint}</span>}
      {entry.shortcut && <kbd className="palette-kbd">{entry.shortcut}</kbd>}
    </Command.Item>
  );
}

function ActionItem({ action, onSelect }: { readonly action: ActionView; readonly onSelect: () => void }) {
  const t = useT();
  return (
    <Command.Item value={`action:${action.id}`} onSelect={onSelect} className="palette-item" data-testid="palette-action">
      <FileText aria-hidden="true" size={16} className="palette-icon" />
      {action.initiative && <span className="palette-code">{action.initiative}</span>}
      <bdi className="palette-label palette-title" dir="auto">{action.title || t('palette.untitled')}</bdi>
      <span className="palette-hint palette-status">{action.status ? t(`palette.status.${action.status}`) : <bdi dir="auto">{action.rawStatus}</bdi>}</span>
    </Command.Item>
  );
}
