/**
 * The changes a decision makes to the plan, stored on the decision as a plain list and validated
 * like everything a peer may send. Each names what it does in full, so applying it needs nothing
 * but the document: create an action (title, tier, leads, due day), or set one field of an
 * existing action. Leads name directory institutions; a due date is a calendar day.
 */
import { dateProblem } from '../../compact/calendar';
import { SIDES, TIERS } from '../../compact/types';
import { ACTION_STATUSES, ACTION_STATUS_LABELS } from '../action-status';
import { MAX_TITLE_LENGTH } from '../actions';
import { array, literal, object, oneOf, optional, tagged, text, validate, guarded, type Infer, type Shape } from '../../validation/shape';
import { MAX_PLAN_CHANGES } from './meeting-schema';

const id = text({ refine: (value) => (value.length > 200 ? `the id has ${value.length} characters (at most 200)` : null) });
const title = text({ refine: (value) => (value.length > MAX_TITLE_LENGTH ? `the title has ${value.length} characters (at most ${MAX_TITLE_LENGTH})` : null) });
const day = text({ refine: dateProblem });
const nullable = <T>(shape: Shape<T>, expected: string): Shape<T | null> =>
  guarded((value: unknown): value is T | null => value === null || validate(shape, value).length === 0, expected);

export const planChangeShape = tagged('op', {
  'create-action': object({
    op: literal('create-action'),
    title,
    tier: optional(oneOf(TIERS)),
    usLead: optional(id),
    israelLead: optional(id),
    due: optional(day),
  }),
  'set-status': object({ op: literal('set-status'), action: id, status: oneOf(ACTION_STATUSES) }),
  'set-tier': object({ op: literal('set-tier'), action: id, tier: nullable(oneOf(TIERS), 'a tier or null') }),
  'set-lead': object({ op: literal('set-lead'), action: id, side: oneOf(SIDES), institution: nullable(id, 'an institution id or null') }),
  'set-due': object({ op: literal('set-due'), action: id, due: nullable(day, 'a day (YYYY-MM-DD) or null') }),
});

export type PlanChange = Infer<typeof planChangeShape>;
export type CreateActionChange = Extract<PlanChange, { op: 'create-action' }>;

export const planChangesShape = array(planChangeShape);

/** Why `value` is not a list of plan changes, in words naming the entry, or null. */
export function planChangesProblem(value: unknown): string | null {
  const issues = validate(planChangesShape, value);
  if (issues.length > 0) return issues.map((issue) => `change ${[...issue.path, issue.message].join(': ')}`).join('; ');
  if (Array.isArray(value) && value.length > MAX_PLAN_CHANGES) return `${value.length} changes (at most ${MAX_PLAN_CHANGES})`;
  return null;
}

const TIER_WORDS: Readonly<Record<(typeof TIERS)[number], string>> = {
  'existing-authority': 'Existing authority',
  appropriations: 'Appropriations',
  'feasibility-review': 'Feasibility review',
};

/** One line saying what a change does, for the Apply preview ("Set status of X to Done"). */
export function describeChange(change: PlanChange, actionTitle: (id: string) => string, institutionName: (id: string) => string): string {
  switch (change.op) {
    case 'create-action': {
      const parts = [
        change.tier ? TIER_WORDS[change.tier] : null,
        change.usLead ? `U.S. lead ${institutionName(change.usLead)}` : null,
        change.israelLead ? `Israel lead ${institutionName(change.israelLead)}` : null,
        change.due ? `due ${change.due}` : null,
      ].filter((part): part is string => part !== null);
      return `Create action “${change.title}”${parts.length ? ` (${parts.join(', ')})` : ''}`;
    }
    case 'set-status':
      return `Set status of “${actionTitle(change.action)}” to ${ACTION_STATUS_LABELS[change.status]}`;
    case 'set-tier':
      return `Move “${actionTitle(change.action)}” to ${change.tier ? TIER_WORDS[change.tier] : 'not yet sequenced'}`;
    case 'set-lead':
      return `Set the ${change.side === 'us' ? 'U.S.' : 'Israel'} lead of “${actionTitle(change.action)}” to ${change.institution ? institutionName(change.institution) : 'none'}`;
    case 'set-due':
      return `Set the due date of “${actionTitle(change.action)}” to ${change.due ?? 'none'}`;
  }
}
