import type { Deadline } from '../../../../shared/compact/deadline-types';
import { deadlineShape } from '../../../../shared/compact/seed-schema';
import { isTier } from '../../../../shared/workspace/lanes';
import { institutionLabel } from '../../../../shared/workspace/institution-view';
import { ACTION_FIELDS as F } from '../../../../shared/workspace/schema';
import { parse } from '../../../../shared/validation/shape';
import { useTandemStore } from '../../state/store';
import { UserText } from '../../ui/UserText';
import { usePlanWords } from '../actions/use-plan-words';
import { DeadlineLabel } from '../compact/DeadlineLabel';
import { useAgreementWords } from './use-agreement-words';

/** A stored due date (canonical JSON, sign-offs.ts) read back as a Deadline, or null when it is not one. */
function deadlineOf(text: string): Deadline | null {
  try {
    const parsed = parse(deadlineShape, JSON.parse(text));
    return parsed.ok ? parsed.value : null;
  } catch {
    return null;
  }
}

/**
 * One agreed field's value as the plan shows it: the title as the user's text, a tier by its
 * name, institutions and people from the directory, a due date as the deadline label. A value
 * the app cannot read (a peer's malformed record) is shown as stored, isolated.
 */
export function AgreedValue({ field, value }: { readonly field: string; readonly value: string | null }) {
  const words = useAgreementWords();
  const plan = usePlanWords();
  const directory = useTandemStore((state) => state.institutions);
  const people = useTandemStore((state) => state.people);
  if (value === null || value === '') return <span className="agreed-empty">{words.t('agreement.value.empty')}</span>;
  if (field === F.tier && isTier(value)) return <span>{plan.tier(value)}</span>;
  if (field === F.usLead || field === F.israelLead) return <UserText text={institutionLabel(directory, value)} />;
  if (field === F.usLeadPerson || field === F.israelLeadPerson) return <UserText text={people.get(value)?.name ?? value} />;
  if (field === F.due) {
    const deadline = deadlineOf(value);
    if (deadline) return <DeadlineLabel deadline={deadline} />;
  }
  return <UserText text={value} />;
}
