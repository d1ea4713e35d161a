import { useTandemStore } from '../../state/store';

/** Namers for the preview: an action by its title, an institution by its short name. */
export function usePlanNames(): { readonly actionTitle: (id: string) => string; readonly institutionName: (id: string) => string } {
  const actions = useTandemStore((state) => state.actions);
  const directory = useTandemStore((state) => state.institutions);
  return {
    actionTitle: (id) => actions.find((action) => action.id === id)?.title ?? id,
    institutionName: (id) => directory.get(id)?.shortName ?? directory.get(id)?.name ?? id,
  };
}
