import { useMemo } from 'react';
import { useT } from '../ui/i18n/I18nProvider';
import type { GroupId, ViewId } from './views';

export interface ViewText {
  readonly label: (view: ViewId) => string;
  readonly hint: (view: ViewId) => string;
  readonly group: (group: GroupId) => string;
}

/** A view's name and help line, and a group's name, in the interface's language. */
export function useViewText(): ViewText {
  const t = useT();
  return useMemo(() => ({
    label: (view: ViewId) => t(`view.${view}.label`),
    hint: (view: ViewId) => t(`view.${view}.hint`),
    group: (group: GroupId) => t(`group.${group}`),
  }), [t]);
}
