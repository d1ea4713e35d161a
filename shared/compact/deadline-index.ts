/** Every deadline the compact states, with where it stands, so the app can count what an event drives. */
import type { Deadline } from './deadline-types';
import type { CompactData } from './types';

export interface IndexedDeadline {
  readonly deadline: Deadline;
  /** "AI-1", "North Star 5", "First Step 5", "Metrics: AI", "Plan". */
  readonly where: string;
}

export function compactDeadlines(compact: CompactData): IndexedDeadline[] {
  const out: IndexedDeadline[] = [];
  const add = (where: string, deadline: Deadline | undefined) => {
    if (deadline) out.push({ deadline, where });
  };
  for (const rec of compact.recommendations) for (const target of rec.targets) add(rec.code, target.deadline);
  for (const star of compact.northStars) add(`North Star ${star.number}`, star.deadline);
  for (const step of compact.firstSteps) add(`First Step ${step.number}`, step.deadline);
  for (const row of compact.metrics) {
    for (const target of [...row.nearTerm, ...row.longTerm]) add(`Metrics: ${row.label}`, target.deadline);
  }
  for (const draft of compact.plan) add('Plan', draft.deadline);
  return out;
}

export function countByEvent(deadlines: readonly IndexedDeadline[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const { deadline } of deadlines) {
    if (deadline.kind !== 'calendar') counts.set(deadline.event, (counts.get(deadline.event) ?? 0) + 1);
  }
  return counts;
}
