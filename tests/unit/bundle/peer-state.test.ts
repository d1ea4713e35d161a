import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { nextPeerState } from '../../../shared/bundle/peer-state';

const sv = (entries: Array<[number, number]>) => Y.encodeStateVector(new Map(entries));
const read = (bytes: Uint8Array) => [...Y.decodeStateVector(bytes)].sort(([a], [b]) => a - b);

describe('what we know a peer holds', () => {
  it('the first report is taken as it is', () => {
    expect(read(nextPeerState(null, sv([[1, 5], [2, 3]])))).toEqual([[1, 5], [2, 3]]);
  });

  it('a report that covers the known state replaces it', () => {
    expect(read(nextPeerState(sv([[1, 5]]), sv([[1, 9], [3, 2]])))).toEqual([[1, 9], [3, 2]]);
  });

  it('a report that does not cover it keeps only what both hold (never more than the peer has)', () => {
    expect(read(nextPeerState(sv([[1, 5], [2, 7]]), sv([[1, 9], [2, 4], [3, 1]])))).toEqual([[1, 5], [2, 4]]);
  });

  it('never claims more than the latest report, whatever came before', () => {
    const vector = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.nat(50)), { maxLength: 6 }).map((entries) => new Map(entries));
    fc.assert(
      fc.property(fc.option(vector, { nil: null }), vector, (known, reported) => {
        const next = Y.decodeStateVector(nextPeerState(known && Y.encodeStateVector(known), Y.encodeStateVector(reported)));
        for (const [client, clock] of next) expect(clock).toBeLessThanOrEqual(reported.get(client) ?? 0);
      }),
    );
  });
});
