import { describeIdentity } from '../identity/identity';
import { CIPHER, KDF, type BundleEnvelope } from './format';
import type { BundleSummary } from './summary';

/** Words for an envelope, shared by the inspector's printout and the app's import preview. */
export function describeSender(envelope: BundleEnvelope): string {
  return `${describeIdentity(envelope.sender)}, Yjs client ${envelope.sender.clientId}`;
}

export function describeScope(envelope: BundleEnvelope): string {
  return envelope.since === null ? 'the whole workspace' : 'changes since a peer’s last known state';
}

export function describeEncryption(envelope: BundleEnvelope): string {
  const e = envelope.encryption;
  return e ? `yes (${CIPHER}, key by ${KDF} with ${e.iterations.toLocaleString('en-US')} iterations)` : 'no';
}

/** "1 action added, 2 actions changed, 1 institution added", or null when no visible change is listed. */
export function describeCounts(summary: BundleSummary): string | null {
  const parts = [
    counted(summary.actionsAdded.length, 'action', 'actions', 'added'),
    counted(summary.actionsChanged.length, 'action', 'actions', 'changed'),
    counted(summary.actionsDeleted.length, 'action', 'actions', 'deleted'),
    counted(summary.institutionsAdded.length, 'institution', 'institutions', 'added'),
    counted(summary.peopleAdded.length, 'person', 'people', 'added'),
    counted(summary.eventDatesChanged.length, 'key date', 'key dates', 'set'),
    counted(summary.initiativesChanged.length, 'initiative’s owners', 'initiatives’ owners', 'changed'),
    counted(summary.conflictsOpened.length, 'conflict', 'conflicts', 'to decide'),
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

function counted(n: number, one: string, many: string, verb: string): string | null {
  return n === 0 ? null : `${n} ${n === 1 ? one : many} ${verb}`;
}
