import { useMemo } from 'react';
import type { CompactData, Section } from '../../../shared/compact/types';
import { useTandemStore } from './store';

/** The loaded compact. The workspace screens render only after boot has loaded it (invariant). */
export function useCompact(): CompactData {
  const compact = useTandemStore((state) => state.compact);
  if (!compact) throw new Error('The compact is not loaded.');
  return compact;
}

export function useSections(): ReadonlyMap<string, Section> {
  const compact = useCompact();
  return useMemo(() => new Map(compact.sections.map((section) => [section.id, section])), [compact]);
}

export function useEventNames(): (id: string) => string {
  const compact = useCompact();
  return useMemo(() => {
    const names = new Map(compact.events.map((event) => [event.id, event.name]));
    return (id: string) => names.get(id) ?? id;
  }, [compact]);
}
