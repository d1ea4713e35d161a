import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceAddress, pickEviction, type Holder } from '../../../electron/host/signaling/fair-share';

const holder = (id: number, address: string, idle = false): Holder => ({ id, address, idle });

describe('fair share: who gives way to a newcomer', () => {
  it('takes from an address holding more than the newcomer’s: idle first, then the biggest holder, then the oldest', () => {
    const holders = [holder(1, 'a'), holder(2, 'a'), holder(3, 'a'), holder(4, 'b'), holder(5, 'b', true), holder(6, 'c')];
    expect(pickEviction(holders, 'n')?.id).toBe(5); // idle wins over the bigger holder
    expect(pickEviction(holders.filter((h) => !h.idle), 'n')?.id).toBe(1); // then a (3 places), its oldest
    expect(pickEviction([holder(7, 'a'), holder(2, 'b'), holder(9, 'a'), holder(3, 'b')], 'n')?.id).toBe(2); // a tie: the oldest
  });

  it('never takes from the newcomer’s own address or from an address holding no more than it', () => {
    expect(pickEviction([holder(1, 'a'), holder(2, 'a', true)], 'a')).toBeNull();
    expect(pickEviction([holder(1, 'a', true), holder(2, 'n')], 'n')).toBeNull();
    // Handshakes in flight count for their address though they cannot be evicted.
    expect(pickEviction([holder(1, 'a'), holder(2, 'a')], 'n', ['n', 'n'])).toBeNull();
    expect(pickEviction([holder(1, 'a'), holder(2, 'a')], 'n', ['n'])?.id).toBe(1);
  });

  it('over any set of places: a victim exactly when some address holds more than the newcomer’s, and it is one of those', () => {
    const places = fc.array(fc.record({ address: fc.constantFrom('a', 'b', 'c', 'n'), idle: fc.boolean() }), { maxLength: 40 });
    fc.assert(
      fc.property(places, (list) => {
        const holders = list.map((place, id) => holder(id, place.address, place.idle));
        const count = (address: string) => holders.filter((h) => h.address === address).length;
        const own = count('n');
        const victim = pickEviction(holders, 'n');
        const eligible = holders.filter((h) => count(h.address) > own);
        if (eligible.length === 0) return victim === null;
        if (victim === null || count(victim.address) <= own) return false;
        // Idle before busy: a busy victim means no eligible socket was idle.
        return victim.idle || eligible.every((h) => !h.idle);
      }),
    );
  });

  it('counts an IPv4-mapped IPv6 peer as the IPv4 device it is', () => {
    expect(deviceAddress('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(deviceAddress('fe80::1')).toBe('fe80::1');
    expect(deviceAddress(undefined)).toBe('?');
  });
});
