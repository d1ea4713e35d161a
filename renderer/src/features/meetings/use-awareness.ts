import { useEffect, useState } from 'react';
import type { WorkspaceRuntime } from '../../runtime/workspace-runtime';
import { useRuntime } from '../../ui/runtime-context';

export type SessionAwareness = WorkspaceRuntime['lan']['awareness'];

/** The LAN session's awareness while a session is on (null offline); follows joins and leaves. */
export function useSessionAwareness(): SessionAwareness {
  const { lan } = useRuntime();
  const [awareness, setAwareness] = useState<SessionAwareness>(() => lan.awareness);
  useEffect(() => lan.watchAwareness(setAwareness), [lan]);
  return awareness;
}
