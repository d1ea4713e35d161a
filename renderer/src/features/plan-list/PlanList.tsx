import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useTandemStore } from '../../state/store';
import { usePlanWords } from '../actions/use-plan-words';
import type { PlanItems } from './plan-items';
import { PlanRow, type RowEdits } from './PlanRow';
import type { LeadOption } from './cells';
import { listKey, ROW_CONTROLS } from './list-keys';

/** Heights of a row and of a tier's heading (plan-list.css holds the same figures). */
export const LINE_HEIGHT = 36;
export const HEADING_HEIGHT = 30;
/** The sticky top bar and a heading: what a row scrolled to must clear. */
const STICKY_TOP = 52 + HEADING_HEIGHT;

/** The top of item `index` in the list, the headings of `groupsBefore` groups above it. */
const offsetOf = (index: number, groupsBefore: number) => index * LINE_HEIGHT - groupsBefore * (LINE_HEIGHT - HEADING_HEIGHT);

interface Props {
  readonly plan: PlanItems;
  readonly selected: ReadonlySet<string>;
  readonly readOnly: boolean;
  readonly usOptions: readonly LeadOption[];
  readonly israelOptions: readonly LeadOption[];
  readonly edits: RowEdits;
  readonly onToggle: (id: string, range: boolean) => void;
  readonly onExtend: (from: string, to: string) => void;
  readonly onClearSelection: () => boolean;
}

const rowElement = (container: HTMLElement | null, id: string) =>
  container?.querySelector<HTMLElement>(`.plan-row[data-action-id="${CSS.escape(id)}"]`) ?? null;

/**
 * The plan as one virtualized list (TanStack Virtual, against the window's scroll so the page
 * scrolls as every view does): only the lines near the viewport are in the DOM, so 5,000 actions
 * scroll with no paging. Rows and headings have fixed heights, so nothing is measured. The rendered lines
 * sit in normal flow inside a window moved down to the first of them; the two numbers that place
 * it (the list's height and the window's offset) are written through the CSSOM, which the page's
 * CSP (style-src 'self') allows: it refuses style attributes in markup, not style properties.
 * Each tier's heading stays rendered, and sticky, while any of its rows is.
 */
export function PlanList({ plan, selected, readOnly, usOptions, israelOptions, edits, onToggle, onExtend, onClearSelection }: Props) {
  const words = usePlanWords();
  const list = useRef<HTMLDivElement>(null);
  const windowRef = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const pendingFocus = useRef<{ id: string; control: string | null } | null>(null);
  const detailId = useTandemStore((state) => state.detailActionId);
  const openDetail = useTandemStore((state) => state.openDetail);
  const closeDetail = useTandemStore((state) => state.closeDetail);
  const virtualizer = useWindowVirtualizer({
    count: plan.items.length,
    estimateSize: (index) => (plan.items[index]?.kind === 'group' ? HEADING_HEIGHT : LINE_HEIGHT),
    overscan: 12,
    scrollMargin: margin,
    scrollPaddingStart: STICKY_TOP,
    scrollPaddingEnd: 72,
  });
  const virtual = virtualizer.getVirtualItems();
  const firstIndex = virtual[0]?.index ?? 0;
  const lastIndex = virtual.at(-1)?.index ?? -1;
  const firstItem = plan.items[firstIndex];
  const firstGroup = firstItem?.group ?? 0;
  // A group that began above the window still shows its heading (sticky, so pinned at the top):
  // rendered just above the window's first row, where it is out of sight until it sticks.
  const headingAbove = firstItem?.kind === 'row';
  const windowTop = headingAbove ? offsetOf(firstIndex, firstGroup + 1) - HEADING_HEIGHT : offsetOf(firstIndex, firstGroup);

  // Where the list starts on the page: it moves when what is above it (filter bar, add form and
  // its messages) changes height, which changes the size of the main element holding them.
  useLayoutEffect(() => {
    const element = list.current;
    const holder = element?.closest('main');
    if (!element || !holder) return;
    const measure = () => setMargin(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(holder);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    list.current?.style.setProperty('height', `${offsetOf(plan.items.length, plan.groups.length)}px`);
    windowRef.current?.style.setProperty('transform', `translateY(${windowTop}px)`);
    const wanted = pendingFocus.current;
    const row = wanted && rowElement(list.current, wanted.id);
    if (wanted && row) {
      pendingFocus.current = null;
      const target = wanted.control ? row.querySelector<HTMLElement>(`[data-control="${wanted.control}"]`) : row;
      (target ?? row).focus({ preventScroll: true });
      if (wanted.control === 'due') target?.click();
    }
  });

  const focusRow = useCallback((id: string, control: string | null = null) => {
    const index = plan.indexOf.get(id);
    if (index === undefined) return;
    setActive(id);
    pendingFocus.current = { id, control };
    const row = rowElement(list.current, id);
    if (row) {
      const box = row.getBoundingClientRect();
      if (box.top < STICKY_TOP || box.bottom > window.innerHeight - 72) virtualizer.scrollToIndex(index, { align: 'auto' });
      const target = control ? row.querySelector<HTMLElement>(`[data-control="${control}"]`) : row;
      pendingFocus.current = null;
      (target ?? row).focus({ preventScroll: true });
      if (control === 'due') target?.click();
    } else {
      virtualizer.scrollToIndex(index, { align: 'auto' });
    }
  }, [plan.indexOf, virtualizer]);

  const open = useCallback((id: string) => {
    setActive(id);
    openDetail(id);
  }, [openDetail]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('.plan-row');
    const id = row?.dataset.actionId;
    if (!row || !id || event.nativeEvent.isComposing) return;
    const command = listKey(event, target === row, getComputedStyle(row).direction === 'rtl');
    if (!command) return;
    event.preventDefault();
    const at = plan.rows.findIndex((action) => action.id === id);
    switch (command.kind) {
      case 'move': {
        const to = { next: at + 1, previous: at - 1, first: 0, last: plan.rows.length - 1 }[command.to];
        const next = plan.rows[Math.max(0, Math.min(plan.rows.length - 1, to))];
        if (!next) return;
        if (command.extend) onExtend(id, next.id);
        focusRow(next.id);
        // An open detail follows the row, and the focus stays in the list.
        if (detailId !== null && next.id !== detailId) openDetail(next.id, false);
        return;
      }
      case 'open': return open(id);
      case 'toggle': return onToggle(id, false);
      case 'escape':
        if (detailId !== null) closeDetail();
        else onClearSelection();
        return;
      case 'control': return focusRow(id, command.control);
      case 'row': return row.focus({ preventScroll: true });
      case 'step-control': {
        const controls = ROW_CONTROLS.filter((name) => row.querySelector(`[data-control="${name}"]:not(:disabled)`));
        const index = controls.indexOf(target.closest<HTMLElement>('[data-control]')?.dataset.control as (typeof ROW_CONTROLS)[number]);
        const next = controls[index + command.delta];
        if (next) row.querySelector<HTMLElement>(`[data-control="${next}"]`)?.focus();
        else row.focus({ preventScroll: true });
      }
    }
  };

  const rendered = lastIndex < 0 ? [] : [
    ...(headingAbove ? [plan.items[plan.groups[firstGroup]!.start]!] : []),
    ...plan.items.slice(firstIndex, lastIndex + 1),
  ];
  const renderedIds = new Set(rendered.flatMap((item) => (item.kind === 'row' ? [item.action.id] : [])));
  // The Tab stop is the active row while it is rendered, else the first rendered row (scrolled
  // away, the active row is not in the DOM to hold it).
  const firstRow = rendered.find((item) => item.kind === 'row');
  const tabStop = active !== null && renderedIds.has(active) ? active : firstRow?.kind === 'row' ? firstRow.action.id : null;
  const sections: { group: number; rows: typeof rendered }[] = [];
  for (const item of rendered) {
    if (item.kind === 'group') sections.push({ group: item.group, rows: [] });
    else sections.at(-1)?.rows.push(item);
  }
  return (
    <div ref={list} className="plan-list" onKeyDown={onKeyDown}>
      <div ref={windowRef} className="plan-window">
        {sections.map(({ group, rows }) => {
          const info = plan.groups[group]!;
          const label = words.tier(info.tier);
          const headingId = `plan-group-${info.tier ?? 'none'}`;
          return (
            <section key={info.tier ?? 'none'} className="plan-group" aria-labelledby={headingId} data-tier={info.tier ?? 'none'}>
              <h2 id={headingId} className="plan-group-head">
                <span className="plan-group-label">{label}</span> <span className="count">{info.size}</span>
              </h2>
              <ul className="plan-rows" aria-label={label}>
                {rows.map((item) => item.kind === 'row' && (
                  <PlanRow key={item.action.id} action={item.action} position={item.row + 1} total={plan.rows.length}
                    selected={selected.has(item.action.id)} open={detailId === item.action.id} tabStop={tabStop === item.action.id}
                    readOnly={readOnly} usOptions={usOptions} israelOptions={israelOptions} edits={edits}
                    onToggle={onToggle} onOpen={open} onFocusRow={setActive} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
