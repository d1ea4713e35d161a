import { useMemo } from 'react';
import type { LinkKind } from '../../../../shared/workspace/meetings/agenda';
import { useTandemStore } from '../../state/store';
import { useCompact } from '../../state/use-compact';

export interface LinkOption {
  readonly kind: LinkKind;
  readonly id: string;
  readonly label: string;
}

/** What an agenda item may link to, with the label each is shown by. */
export function useLinkOptions(): { readonly options: readonly LinkOption[]; readonly labelOf: (kind: LinkKind, id: string) => string } {
  const actions = useTandemStore((state) => state.actions);
  const compact = useCompact();
  return useMemo(() => {
    const options: LinkOption[] = [
      ...actions.filter((action) => !action.deleted).map((action) => ({ kind: 'action' as const, id: action.id, label: action.title })),
      ...compact.recommendations.map((rec) => ({ kind: 'initiative' as const, id: rec.code, label: `${rec.code} ${rec.title}` })),
      ...compact.discrepancies.map((entry) => ({ kind: 'discrepancy' as const, id: entry.id, label: entry.subject })),
    ];
    const labels = new Map(options.map((option) => [`${option.kind}:${option.id}`, option.label]));
    return { options, labelOf: (kind, id) => labels.get(`${kind}:${id}`) ?? `${id} (not found)` };
  }, [actions, compact]);
}
