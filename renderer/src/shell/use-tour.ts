import { useCallback, useState } from 'react';
import { uiPreferences } from '../runtime/ui-preferences';

const SEEN = 'tour-seen';

/** Whether this laptop still invites to the tour; taking it or dismissing the invitation ends that. */
export function useTourInvite(): { readonly invited: boolean; readonly settle: () => void } {
  const [invited, setInvited] = useState(() => uiPreferences.read(SEEN) === null);
  const settle = useCallback(() => {
    uiPreferences.write(SEEN, new Date().toISOString());
    setInvited(false);
  }, []);
  return { invited, settle };
}
