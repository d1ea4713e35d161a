import { useEffect, useState } from 'react';
import type { AuditRow } from '../../../../shared/review/audit';
import { useTandemStore } from '../../state/store';
import { useRuntime } from '../../ui/runtime-context';

/** Every audit row of this workspace, newest first; read again after each change to the actions or the meetings. */
export function useAuditRows(): { readonly rows: readonly AuditRow[] | null; readonly error: string | null } {
  const actions = useTandemStore((state) => state.actions);
  const meetings = useTandemStore((state) => state.meetings);
  const watch = useRuntime().review;
  const [rows, setRows] = useState<readonly AuditRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    watch.flush().then(() => watch.audit.since(0)).then(
      (all) => {
        if (!live) return;
        setRows([...all].reverse());
        setError(null);
      },
      (reason: unknown) => live && setError(`The audit trail could not be read: ${reason instanceof Error ? reason.message : String(reason)}`),
    );
    return () => { live = false; };
  }, [actions, meetings, watch]);
  return { rows, error };
}
