import { institutionName } from '../../../../shared/workspace/institution-name';
import { useTandemStore } from '../../state/store';

/** Namers for the preview: an action by its title, an institution by its label (institution-name.ts). */
export function usePlanNames(): { readonly actionTitle: (id: string) => string; readonly institutionName: (id: string) => string } {
  const actions = useTandemStore((state) => state.actions);
  const directory = useTandemStore((state) => state.institutions);
  return {
    actionTitle: (id) => actions.find((action) => action.id === id)?.title ?? id,
    institutionName: (id) => institutionName(directory, id).label,
  };
}
