import { useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { LINK_KINDS, type LinkKind } from '../../../../shared/workspace/meetings/agenda';
import type { AgendaItemView } from '../../../../shared/workspace/meetings/meeting-view';
import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';
import { attendeeName } from './meeting-format';
import { useLinkOptions } from './link-labels';
import { useT } from '../../ui/i18n/I18nProvider';

/**
 * The agenda in order. Items move by drag and drop or from the keyboard (Alt+↑/↓ on a row, or
 * its buttons); each move is one fractional-key write, so two note-takers reordering at once
 * never duplicate or lose an item. The move is announced in a live region.
 */
export function Agenda({ meetingId, items, readOnly }: { readonly meetingId: string; readonly items: readonly AgendaItemView[]; readonly readOnly: boolean }) {
  const commands = useCommands();
  const t = useT();
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const total = items.reduce((sum, item) => sum + (item.minutesAllotted ?? 0), 0);
  const add = (event: FormEvent) => {
    event.preventDefault();
    const allotted = minutes.trim() === '' ? null : Number(minutes);
    if (commands.addAgendaItem(meetingId, { title, minutesAllotted: allotted }, setProblem)) {
      setTitle('');
      setMinutes('');
    }
  };
  const moved = (id: string, to: number) => {
    const item = items.find((entry) => entry.id === id);
    if (item) setAnnouncement(t('meetings.agenda.moved', { title: item.title, position: to + 1, count: items.length }));
  };
  const moveBy = (id: string, delta: -1 | 1) => {
    const at = items.findIndex((item) => item.id === id);
    if (commands.moveAgendaItemBy(id, delta)) {
      moved(id, Math.max(0, Math.min(items.length - 1, at + delta)));
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-agenda-id="${id}"]`)?.focus());
    }
  };
  const onKey = (event: KeyboardEvent, id: string) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    moveBy(id, event.key === 'ArrowUp' ? -1 : 1);
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (!dragging) return;
    const from = items.findIndex((item) => item.id === dragging);
    // Counted without the moving item, as the operation expects.
    const to = from < index ? index - 1 : index;
    if (from !== to && commands.moveAgendaItem(dragging, to)) moved(dragging, to);
    setDragging(null);
  };
  return (
    <section className="card" aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">{t('meetings.agenda.title')} <span className="count">{total > 0 ? t('meetings.agenda.total', { count: items.length, minutes: total }) : t('meetings.agenda.count', { count: items.length })}</span></h3>
      {items.length === 0 && <p className="empty">{t('meetings.agenda.none')}</p>}
      <ol className="agenda-list" aria-label={t('meetings.agenda.items')}>
        {items.map((item, index) => (
          <li
            key={item.id} className={`agenda-item${dragging === item.id ? ' dragging' : ''}${item.problems.length ? ' invalid' : ''}`}
            draggable={!readOnly} tabIndex={0} data-agenda-id={item.id} aria-label={t('meetings.agenda.position', { position: index + 1, title: item.title })}
            aria-describedby={readOnly ? undefined : 'agenda-keys'}
            onKeyDown={(event) => onKey(event, item.id)}
            onDragStart={(event) => { event.dataTransfer.effectAllowed = 'move'; event.dataTransfer.setData('text/plain', item.id); setDragging(item.id); }}
            onDragEnd={() => setDragging(null)}
            onDragOver={(event) => { if (dragging) event.preventDefault(); }}
            onDrop={(event) => onDrop(event, index)}
          >
            <AgendaRow item={item} index={index} count={items.length} readOnly={readOnly} onMove={moveBy} />
          </li>
        ))}
        {!readOnly && items.length > 0 && (
          <li className="agenda-drop-end" aria-hidden="true" onDragOver={(event) => { if (dragging) event.preventDefault(); }} onDrop={(event) => onDrop(event, items.length)} />
        )}
      </ol>
      {!readOnly && <p id="agenda-keys" className="hint">{t('meetings.agenda.keys')}</p>}
      {!readOnly && (
        <form className="inline-form agenda-add" onSubmit={add}>
          <input value={title} onChange={(event) => setTitle(event.target.value)} aria-label={t('meetings.agenda.new')} placeholder={t('meetings.agenda.newPlaceholder')} dir="auto" />
          <input value={minutes} onChange={(event) => setMinutes(event.target.value)} aria-label={t('meetings.agenda.minutes')} placeholder={t('meetings.agenda.minutesPlaceholder')} inputMode="numeric" className="minutes-input" />
          <button type="submit" className="secondary" disabled={!title.trim()}>{t('meetings.attendance.add')}</button>
        </form>
      )}
      <p className="field-error" role="alert">{problem}</p>
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </section>
  );
}

function AgendaRow({ item, index, count, readOnly, onMove }: {
  readonly item: AgendaItemView; readonly index: number; readonly count: number; readonly readOnly: boolean; readonly onMove: (id: string, delta: -1 | 1) => void;
}) {
  const commands = useCommands();
  const t = useT();
  const people = useTandemStore((state) => state.people);
  const { options, labelOf } = useLinkOptions();
  const linked = new Set(item.links.map((link) => `${link.kind}:${link.id}`));
  const link = (value: string) => {
    const at = value.indexOf(':');
    if (at > 0) commands.setAgendaLink(item.id, value.slice(0, at) as LinkKind, value.slice(at + 1), true);
  };
  return (
    <div className="agenda-row">
      <span className="agenda-number" aria-hidden="true">{index + 1}</span>
      <div className="agenda-body">
        <span className="agenda-title"><bdi>{item.title}</bdi></span>
        <span className="agenda-meta">
          {item.minutesAllotted !== null && <span className="chip">{t('meetings.agenda.minutesChip', { minutes: item.minutesAllotted })}</span>}
          {item.presenter && <span className="chip">{t('meetings.agenda.presenter')} <bdi>{attendeeName(item.presenter, people)}</bdi></span>}
          {item.links.map((entry) => (
            <span key={`${entry.kind}:${entry.id}`} className={`chip link-chip kind-${entry.kind}`}>
              <bdi>{labelOf(entry.kind, entry.id)}</bdi>
              {!readOnly && <button type="button" className="chip-remove" aria-label={t('meetings.agenda.unlink', { label: labelOf(entry.kind, entry.id) })} onClick={() => commands.setAgendaLink(item.id, entry.kind, entry.id, false)}>×</button>}
            </span>
          ))}
        </span>
      </div>
      {!readOnly && (
        <div className="agenda-controls">
          <select value="" aria-label={t('meetings.agenda.linkTo', { title: item.title })} className="link-select" onChange={(event) => link(event.target.value)}>
            <option value="">{t('meetings.agenda.link')}</option>
            {LINK_KINDS.map((kind) => (
              <optgroup key={kind} label={t(`meetings.agenda.kind.${kind}`)}>
                {options.filter((option) => option.kind === kind && !linked.has(`${kind}:${option.id}`)).map((option) => (
                  <option key={option.id} value={`${kind}:${option.id}`} dir="auto">{option.label.length > 70 ? `${option.label.slice(0, 70)}…` : option.label}</option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="button" className="icon" aria-label={t('meetings.agenda.up', { title: item.title })} disabled={index === 0} onClick={() => onMove(item.id, -1)}>↑</button>
          <button type="button" className="icon" aria-label={t('meetings.agenda.down', { title: item.title })} disabled={index === count - 1} onClick={() => onMove(item.id, 1)}>↓</button>
          <button type="button" className="icon" aria-label={t('meetings.agenda.remove', { title: item.title })} onClick={() => commands.removeAgendaItem(item.id)}>×</button>
        </div>
      )}
    </div>
  );
}
