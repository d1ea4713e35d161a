import { describe, expect, it } from 'vitest';
import { editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { setLead } from '../../../shared/workspace/owners';
import { actionsMap } from '../../../shared/workspace/schema';
import { deriveActionAgreements } from '../../../shared/workspace/agreement/plan-agreements';
import { actionContent, actionItem, agreementOf, signOff, type SignOffState } from '../../../shared/workspace/agreement/sign-offs';
import { AVI, SAM, laptop, type Laptop } from '../bundle/laptops';
import { DRAFT, NOW, sync } from '../meetings/meeting-fixtures';

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function sign(l: Laptop, state: SignOffState, at: Date, reason: string | null = null, id = DRAFT) {
  return l.edit((doc) => signOff(doc, l.identity, { item: actionItem(id), state, reason, content: actionContent(doc, id)!, now: at }));
}

describe('the plan’s agreements, derived once per change', () => {
  it('gives every action the agreement agreementOf derives for it alone', () => {
    const sam = laptop(SAM);
    const avi = laptop(AVI);
    const other = [...actionsMap(sam.doc).keys()].find((id) => id !== DRAFT)!;
    sign(sam, 'agreed', later(1));
    sign(sam, 'reserved', later(2), 'Needs Treasury review', other);
    sync(sam, avi);
    sign(avi, 'ad-referendum', later(3));
    avi.edit((doc) => editActionTitle(doc, other, 'Renamed after the reservation', later(4)));
    sync(sam, avi);
    const all = deriveActionAgreements(avi.doc);
    expect(all.size).toBe(actionsMap(avi.doc).size);
    for (const [id, agreement] of all) {
      const alone = agreementOf(avi.doc, actionItem(id), actionContent(avi.doc, id)!);
      expect({ sides: agreement.sides, fingerprint: agreement.fingerprint, history: agreement.history }).toEqual({
        sides: alone.sides, fingerprint: alone.fingerprint, history: alone.history,
      });
    }
    expect(all.get(DRAFT)!.badge).toBe('pending-israel');
    expect(all.get(other)!.badge).toBe('changed');
  });

  it('says one badge: nothing before anyone considered it, pending for the side still to agree, then agreed by both', () => {
    const sam = laptop(SAM);
    const avi = laptop(AVI);
    const badge = (l: Laptop) => deriveActionAgreements(l.doc).get(DRAFT)!.badge;
    expect(badge(sam)).toBeNull();
    const early = laptop(SAM);
    sign(early, 'ad-referendum', later(1));
    expect(badge(early)).toBe('pending-both');
    sign(sam, 'agreed', later(1));
    expect(badge(sam)).toBe('pending-israel');
    sync(sam, avi);
    sign(avi, 'reserved', later(2), 'Not before the budget');
    expect(badge(avi)).toBe('reserved');
    sign(avi, 'agreed', later(3));
    expect(badge(avi)).toBe('agreed-by-both');
    const us = laptop({ ...SAM, name: 'Uma' });
    sync(avi, us);
    sign(us, 'ad-referendum', later(4));
    expect(badge(us)).toBe('pending-us');
  });

  it('names who changed an agreed field, and keeps every untouched action’s object', () => {
    const sam = laptop(SAM);
    const avi = laptop(AVI);
    sign(sam, 'agreed', later(1));
    sync(sam, avi);
    const before = deriveActionAgreements(avi.doc);
    avi.edit((doc) => setLead(doc, { kind: 'action', id: DRAFT }, 'israel', 'il-bird', null, later(2)));
    const after = deriveActionAgreements(avi.doc, before, new Set([DRAFT]));
    expect(after.get(DRAFT)!.badge).toBe('changed');
    expect(after.get(DRAFT)!.changedBy).toEqual([AVI]);
    for (const [id, agreement] of after) if (id !== DRAFT) expect(agreement).toBe(before.get(id));
    // A status is not agreed content: the action keeps its agreement object, and nothing else changes.
    avi.edit((doc) => setActionStatus(doc, DRAFT, 'in-progress', later(3)));
    expect(deriveActionAgreements(avi.doc, after, new Set([DRAFT]))).toBe(after);
  });
});
