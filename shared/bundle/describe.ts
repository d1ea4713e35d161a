import { DELEGATION_LABELS, describeIdentity } from '../identity/identity';
import { CIPHER, KDF, type BundleEnvelope } from './format';

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

export function delegationLabel(envelope: BundleEnvelope): string {
  return DELEGATION_LABELS[envelope.sender.delegation];
}
