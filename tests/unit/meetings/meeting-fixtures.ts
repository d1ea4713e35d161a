/** Seeded laptops with a meeting, for the meetings tests; merges go through the real gate. */
import * as Y from 'yjs';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { addMeeting } from '../../../shared/workspace/meetings/meetings';
import { AVI, SAM, laptop, type Laptop } from '../bundle/laptops';

export const NOW = new Date('2026-07-01T09:30:00.000Z');
export const DRAFT = 'plan-ai1-first-challenge-call';
export const US = 'us-caisi';
export const ISRAEL = 'il-incd';

export const MEETING_INPUT = { title: 'Working session 3', startsAt: '2026-07-14T10:00', timeZone: 'Asia/Jerusalem', place: 'tel-aviv' } as const;

/** Two laptops holding the same meeting (created on the first, merged into the second). */
export function twoLaptopsWithMeeting(): { avi: Laptop; sam: Laptop; meeting: string } {
  const avi = laptop(AVI);
  const sam = laptop(SAM);
  const meeting = avi.edit((doc) => addMeeting(doc, MEETING_INPUT, NOW));
  sync(avi, sam);
  return { avi, sam, meeting };
}

/** Sends `from` what `to` lacks, through `to`'s gate; throws on a refusal. */
export function send(from: Laptop, to: Laptop): void {
  const update = Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc));
  const verdict = to.merge(update, new RemoteOrigin('peer', from.identity.name));
  if (!verdict.ok) throw new Error(verdict.reason);
}

export function sync(a: Laptop, b: Laptop): void {
  send(a, b);
  send(b, a);
}
