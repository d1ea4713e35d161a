import type { Peer } from './connection';
import { pickEviction } from './fair-share';
import type { SignalingLimits } from './limits';

/** A place on the server: taken when an upgrade is accepted, its peer set once the handshake is done. */
export interface Slot {
  readonly address: string;
  readonly id: number;
  peer: Peer | null;
}

export type Admission =
  | { readonly kind: 'admit' }
  | { readonly kind: 'evict'; readonly victim: Peer }
  | { readonly kind: 'refuse'; readonly detail: string };

/**
 * Whether a connection from `address` gets in, and at whose expense (fair-share.ts): refused
 * when its own address already holds its share; when the server is full, it takes the place of
 * a socket from an address holding more than its own, or is refused if there is none.
 */
export function admit(slots: ReadonlySet<Slot>, address: string, limits: Pick<SignalingLimits, 'maxConnections' | 'maxConnectionsPerAddress'>): Admission {
  const own = [...slots].filter((slot) => slot.address === address).length;
  if (own >= limits.maxConnectionsPerAddress) {
    return { kind: 'refuse', detail: `${address} holds ${own} connections (max ${limits.maxConnectionsPerAddress} per address)` };
  }
  if (slots.size < limits.maxConnections) return { kind: 'admit' };
  const open: Peer[] = [];
  const inFlight: string[] = [];
  for (const slot of slots) {
    if (slot.peer) open.push(slot.peer);
    else inFlight.push(slot.address);
  }
  const victim = pickEviction(open.map((peer) => ({ id: peer.id, address: peer.address, idle: peer.topics.size === 0, peer })), address, inFlight)?.peer;
  if (!victim) return { kind: 'refuse', detail: `${slots.size} connections (max ${limits.maxConnections}), none from an address holding more than ${address}` };
  return { kind: 'evict', victim };
}
