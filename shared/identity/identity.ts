/**
 * Who is working on this laptop. Stored locally (never synced as a setting) and written into
 * each workspace document under the document's Yjs client id, so that every change a peer
 * receives can be attributed to a person and a delegation.
 */
import { isObjectLike } from '../validation/shape';
import { isOneOf } from '../validation/one-of';
import { tooLongMessage } from '../validation/text-limits';

export const DELEGATIONS = ['us', 'israel'] as const;
export type Delegation = (typeof DELEGATIONS)[number];

export const ROLES = ['delegate', 'note-taker', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const DELEGATION_LABELS: Readonly<Record<Delegation, string>> = {
  us: 'U.S.',
  israel: 'Israel',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  delegate: 'Delegate',
  'note-taker': 'Note-taker',
  observer: 'Observer',
};

export interface Identity {
  readonly name: string;
  readonly delegation: Delegation;
  readonly role: Role;
}

export const MAX_NAME_LENGTH = 80;

export type IdentityResult =
  | { readonly ok: true; readonly identity: Identity }
  | { readonly ok: false; readonly errors: Readonly<Partial<Record<keyof Identity, string>>> };

/** Validates identity input from a form, local storage or a peer; says what is wrong per field. */
export function parseIdentity(input: unknown): IdentityResult {
  const record = isObjectLike(input) ? input : {};
  const errors: Partial<Record<keyof Identity, string>> = {};
  const name = typeof record.name === 'string' ? record.name.trim().replace(/\s+/g, ' ') : '';
  if (name.length === 0) errors.name = 'Enter your name.';
  else if (name.length > MAX_NAME_LENGTH) errors.name = tooLongMessage('name', MAX_NAME_LENGTH, name.length);
  if (!isOneOf(DELEGATIONS, record.delegation)) errors.delegation = 'Choose U.S. or Israel.';
  if (!isOneOf(ROLES, record.role)) errors.role = 'Choose delegate, note-taker or observer.';
  if (Object.keys(errors).length > 0 || !isOneOf(DELEGATIONS, record.delegation) || !isOneOf(ROLES, record.role)) {
    return { ok: false, errors };
  }
  return { ok: true, identity: { name, delegation: record.delegation, role: record.role } };
}

export function sameIdentity(a: Identity | null, b: Identity | null): boolean {
  return a === b || (a !== null && b !== null && a.name === b.name && a.delegation === b.delegation && a.role === b.role);
}

export function describeIdentity(identity: Identity): string {
  return `${identity.name} (${DELEGATION_LABELS[identity.delegation]}, ${ROLE_LABELS[identity.role].toLowerCase()})`;
}
