import { useMemo } from 'react';
import type { Names } from '../../../../shared/review/field-format';
import { institutionName } from '../../../../shared/workspace/institution-name';
import { useTandemStore } from '../../state/store';
import { useFormatDay } from '../../ui/locale';

/** Directory and action names for showing values in words, from the current views; an institution by its label (institution-name.ts). */
export function useNames(): Names {
  const institutions = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const actions = useTandemStore((state) => state.actions);
  const day = useFormatDay();
  return useMemo(() => {
    const titles = new Map(actions.map((action) => [action.id, action.title]));
    return {
      institution: (id) => institutionName(institutions, id).label,
      person: (id) => people.get(id)?.name ?? id,
      action: (id) => titles.get(id) || id,
      day,
    };
  }, [institutions, people, actions, day]);
}
