/**
 * Who gives way when the server is full. A flood must not lock a room out: one device (one
 * address) is capped well below the server's total, and when the total (or a topic's) is
 * reached, a newcomer takes the slot of a socket from an address that holds MORE than the
 * newcomer's own address does. So:
 * - a legitimate laptop from another address always gets in: whoever fills the server holds
 *   more than its zero;
 * - an address can never evict its own sockets or an equal share (the flooder gets nothing from
 *   a second address it can match one for one), and the sockets that go are the flooder's;
 * - among those eligible, a socket that has not subscribed goes first (it serves no one), then
 *   one of the address holding the most, then the oldest.
 * An attacker who can claim many addresses on the LAN can still make sockets churn, but each
 * laptop reconnects (y-webrtc does, with backoff) and, holding one socket, is never below the
 * flooder's share for long: this bounds the harm to reconnections, not to a lock-out.
 */
export interface Holder {
  /** Increases with age: a smaller id was admitted earlier. */
  readonly id: number;
  readonly address: string;
  /** True for a socket that holds no topic (it relays nothing to anyone). */
  readonly idle: boolean;
}

/**
 * The holder to drop so that a newcomer from `newcomerAddress` gets a place among `holders`,
 * or null when no address holds more than the newcomer's (then the newcomer is refused).
 * `others` counts places held by addresses but not evictable (handshakes still in flight).
 */
export function pickEviction<T extends Holder>(holders: Iterable<T>, newcomerAddress: string, others: Iterable<string> = []): T | null {
  const list = [...holders];
  const counts = new Map<string, number>();
  for (const address of [...list.map((holder) => holder.address), ...others]) counts.set(address, (counts.get(address) ?? 0) + 1);
  const own = counts.get(newcomerAddress) ?? 0;
  let best: T | null = null;
  for (const holder of list) {
    const held = counts.get(holder.address)!;
    if (held <= own) continue;
    if (best === null || ranksBefore(holder, held, best, counts.get(best.address)!)) best = holder;
  }
  return best;
}

function ranksBefore(a: Holder, aHeld: number, b: Holder, bHeld: number): boolean {
  if (a.idle !== b.idle) return a.idle;
  if (aHeld !== bHeld) return aHeld > bHeld;
  return a.id < b.id;
}

/** The address a limit counts: an IPv4-mapped IPv6 address is the IPv4 device it names. */
export function deviceAddress(remoteAddress: string | undefined): string {
  if (!remoteAddress) return '?';
  return remoteAddress.startsWith('::ffff:') && remoteAddress.includes('.') ? remoteAddress.slice(7) : remoteAddress;
}
