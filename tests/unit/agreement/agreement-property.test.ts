import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Identity } from '../../../shared/identity/identity';
import { actionContent, actionItem, agreementOf, fingerprintOf, signOff } from '../../../shared/workspace/agreement/sign-offs';
import { editActionTitle } from '../../../shared/workspace/actions';
import { laptop, type Laptop } from '../bundle/laptops';
import { DRAFT, NOW, send, sync } from '../meetings/meeting-fixtures';

const ITEM = actionItem(DRAFT);
const PEOPLE: readonly Identity[] = [
  { name: 'Sam Ortiz', delegation: 'us', role: 'delegate' },
  { name: 'Avi Cohen', delegation: 'israel', role: 'delegate' },
  { name: 'Noa Levi', delegation: 'israel', role: 'note-taker' },
];

type Op =
  | { kind: 'sign'; who: number; state: 'agreed' | 'ad-referendum' | 'reserved'; minute: number }
  | { kind: 'edit'; who: number; title: string; minute: number }
  | { kind: 'send'; from: number; to: number };

const who = fc.integer({ min: 0, max: 2 });
const minute = fc.integer({ min: 0, max: 30 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('sign' as const), who, state: fc.constantFrom('agreed' as const, 'ad-referendum' as const, 'reserved' as const), minute }),
  fc.record({ kind: fc.constant('edit' as const), who, title: fc.constantFrom('Call A', 'Call B', 'Call C'), minute }),
  fc.record({ kind: fc.constant('send' as const), from: who, to: who }),
);

const at = (m: number) => new Date(NOW.getTime() + m * 60_000);

describe('agreement across laptops (property)', () => {
  it('converges to the same agreement everywhere, and a shown sign-off covers exactly the content its signer saw', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const laptops: Laptop[] = PEOPLE.map((person) => laptop(person));
        /** What each signer saw, by fingerprint: the content on its laptop when it clicked. */
        const seen = new Map<string, string>();
        for (const step of ops) {
          if (step.kind === 'send') {
            if (step.from !== step.to) send(laptops[step.from]!, laptops[step.to]!);
          } else if (step.kind === 'edit') {
            laptops[step.who]!.edit((doc) => editActionTitle(doc, DRAFT, step.title, at(step.minute)));
          } else {
            const l = laptops[step.who]!;
            const content = actionContent(l.doc, DRAFT)!;
            const problem = l.edit((doc) => signOff(doc, l.identity, { item: ITEM, state: step.state, reason: step.state === 'reserved' ? 'needs review' : null, content, now: at(step.minute) }));
            expect(problem).toBeNull();
            seen.set(fingerprintOf(content), JSON.stringify(content));
          }
        }
        for (let round = 0; round < 2; round += 1) for (const a of laptops) for (const b of laptops) if (a !== b) sync(a, b);
        const states = laptops.map((l) => JSON.stringify(agreementOf(l.doc, ITEM, actionContent(l.doc, DRAFT)!)));
        expect(new Set(states).size).toBe(1);
        const final = agreementOf(laptops[0]!.doc, ITEM, actionContent(laptops[0]!.doc, DRAFT)!);
        for (const side of [final.sides.us, final.sides.israel]) {
          if (side.state === 'none' || side.state === 'changed') continue;
          // A side shown as signing covers the content as it is now, and that is what its signer saw.
          expect(seen.get(side.latest!.fingerprint)).toBe(JSON.stringify(actionContent(laptops[0]!.doc, DRAFT)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('an edit concurrent with a signature always reopens, whichever order the two arrive in', () => {
    fc.assert(
      fc.property(fc.constantFrom('Call A', 'Call B', 'x'), fc.boolean(), fc.integer({ min: -5, max: 5 }), (title, signFirst, offset) => {
        const [us, israel, third] = PEOPLE.map((person) => laptop(person)) as [Laptop, Laptop, Laptop];
        sync(us, israel);
        sync(israel, third);
        us.edit((doc) => signOff(doc, us.identity, { item: ITEM, state: 'agreed', content: actionContent(doc, DRAFT)!, now: at(10) }));
        israel.edit((doc) => editActionTitle(doc, DRAFT, title, at(10 + offset)));
        if (signFirst) {
          send(us, third);
          send(israel, third);
        } else {
          send(israel, third);
          send(us, third);
        }
        sync(us, israel);
        for (const l of [us, israel, third]) {
          const agreement = agreementOf(l.doc, ITEM, actionContent(l.doc, DRAFT)!);
          expect(agreement.sides.us.state).toBe('changed');
        }
      }),
      { numRuns: 30 },
    );
  });
});
