import { useSyncExternalStore } from 'react';
import { useT } from '../../ui/i18n/I18nProvider';

/**
 * The full names of what the pointer or the keyboard focus is on, shown in the matrix's sticky
 * corner. A small channel rather than React state in the grid: hovering across cells updates this
 * one line, not the rows.
 */
export interface DetailChannel {
  readonly get: () => string | null;
  readonly set: (text: string | null) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export function createDetailChannel(): DetailChannel {
  let text: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => text,
    set: (next) => {
      if (next === text) return;
      text = next;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Hidden from the accessibility tree: a screen reader hears the same names from the cell and its
 * column header (whose accessible name carries the full name).
 */
export function MatrixDetail({ channel }: { readonly channel: DetailChannel }) {
  const text = useSyncExternalStore(channel.subscribe, channel.get);
  const t = useT();
  return (
    <span className={`matrix-detail${text ? '' : ' is-hint'}`} data-testid="matrix-detail" aria-hidden="true" dir="auto">
      {text ?? t('data.owners.hint')}
    </span>
  );
}
