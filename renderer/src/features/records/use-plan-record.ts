import { useMemo } from 'react';
import type { PlanRecord, RecordScope } from '../../../../shared/records/plan-record';
import { useTandemStore } from '../../state/store';
import { planRecordOf } from './record-source';

/** The plan record, kept current with the views it is built from (a peer's change shows in it). */
export function usePlanRecord(scope: RecordScope, generatedAt: Date): PlanRecord {
  const actions = useTandemStore((state) => state.actions);
  const institutions = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  const eventDates = useTandemStore((state) => state.eventDates);
  const compact = useTandemStore((state) => state.compact);
  const identity = useTandemStore((state) => state.identity);
  return useMemo(
    () => planRecordOf({ actions, institutions, people, eventDates, compact, identity }, scope, generatedAt),
    [actions, institutions, people, eventDates, compact, identity, scope, generatedAt],
  );
}
