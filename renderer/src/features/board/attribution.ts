import { describeIdentity, type Identity } from '../../../../shared/identity/identity';

/** A stamp as local date and time; an unreadable one (from a peer) as it is. */
export function when(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function who(identity: Identity | null): string {
  return identity ? describeIdentity(identity) : 'an unknown author';
}
