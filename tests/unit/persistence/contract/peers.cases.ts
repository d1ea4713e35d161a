import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_IDS, type PeerReport } from '../../../../shared/bundle/known-peers';
import type { Identity } from '../../../../shared/identity/identity';
import { type ContractContext, DANA, SAM, T0, decoded, expectStorageFailure, rejection, stateVector } from './harness';

/** Known peers: what they hold, never more; bounded client ids; reports at once. */
export function peerCases(ctx: ContractContext): void {
  describe('peers', () => {
    const report = (identity: Identity, clientId: number): PeerReport => ({ ...identity, clientId });

    it('records a peer with what it reported, and lists peers most recently seen first', async () => {
      await ctx.store.peers.record(report(SAM, 11), stateVector([[11, 5]]), 'file', new Date(T0));
      await ctx.store.peers.record(report(DANA, 22), stateVector([[22, 3]]), 'peer', new Date(T0 + 1000));
      const peers = await ctx.store.peers.list();
      expect(peers.map((peer) => peer.name)).toEqual([DANA.name, SAM.name]);
      expect(peers[1]).toMatchObject({ key: 'us:Sam Ortiz', delegation: 'us', role: 'delegate', clientIds: [11], via: 'file', seenAt: new Date(T0).toISOString() });
      expect(decoded((peers[1] as { stateVector: Uint8Array }).stateVector)).toEqual([[11, 5]]);
    });

    it('a report covering the known state replaces it; one that does not keeps only what both hold', async () => {
      await ctx.store.peers.record(report(SAM, 11), stateVector([[11, 5], [12, 2]]), 'peer', new Date(T0));
      await ctx.store.peers.record(report(SAM, 11), stateVector([[11, 9], [12, 2], [13, 1]]), 'peer', new Date(T0 + 1));
      expect(decoded((await ctx.store.peers.list())[0]?.stateVector as Uint8Array)).toEqual([[11, 9], [12, 2], [13, 1]]);
      // A second laptop under the same name reports less: never claim more than the peer holds.
      await ctx.store.peers.record(report(SAM, 14), stateVector([[11, 4], [14, 8]]), 'file', new Date(T0 + 2));
      const [sam] = await ctx.store.peers.list();
      expect(decoded(sam?.stateVector as Uint8Array)).toEqual([[11, 4]]);
      expect(sam?.clientIds).toEqual([11, 14]);
      expect(sam?.via).toBe('file');
    });

    it('two reports at once (a file and LAN sync) do not lose one another', async () => {
      await Promise.all([
        ctx.store.peers.record(report(SAM, 11), stateVector([[11, 5]]), 'file', new Date(T0)),
        ctx.store.peers.record(report(SAM, 12), stateVector([[11, 5], [12, 1]]), 'peer', new Date(T0 + 1)),
      ]);
      const [sam] = await ctx.store.peers.list();
      expect([...(sam?.clientIds ?? [])].sort()).toEqual([11, 12]);
    });

    it('keeps the client ids bounded, most recent last, without repeats', async () => {
      for (let id = 1; id <= MAX_CLIENT_IDS + 5; id++) await ctx.store.peers.record(report(SAM, id), stateVector([[id, 1]]), 'peer', new Date(T0 + id));
      await ctx.store.peers.record(report(SAM, 10), stateVector([[10, 1]]), 'peer', new Date(T0 + 100));
      const [sam] = await ctx.store.peers.list();
      expect(sam?.clientIds).toHaveLength(MAX_CLIENT_IDS);
      expect(sam?.clientIds.at(-1)).toBe(10);
      expect(new Set(sam?.clientIds).size).toBe(MAX_CLIENT_IDS);
      // 1..55 bounded to 6..55; the repeat of 10 moves it last, and nothing else goes.
      expect(sam?.clientIds[0]).toBe(6);
    });

    it('refuses an unreadable reported state with a clear message, storing nothing', async () => {
      await ctx.store.peers.record(report(SAM, 11), stateVector([[11, 5]]), 'peer', new Date(T0));
      const refused = await rejection(ctx.store.peers.record(report(SAM, 11), new Uint8Array([0xff, 0xff, 0xff]), 'peer', new Date(T0 + 1)));
      expect((refused as Error).message).toMatch(/Sam Ortiz.*not a readable Yjs state vector/);
      expect(decoded((await ctx.store.peers.list())[0]?.stateVector as Uint8Array)).toEqual([[11, 5]]);
    });

    it('a failing write is reported and the known state stays', async () => {
      await ctx.store.peers.record(report(SAM, 11), stateVector([[11, 5]]), 'peer', new Date(T0));
      ctx.harness.failNextWrite('peers', 'put');
      await expectStorageFailure(ctx.store.peers.record(report(SAM, 11), stateVector([[11, 9]]), 'peer', new Date(T0 + 1)));
      expect(decoded((await ctx.store.peers.list())[0]?.stateVector as Uint8Array)).toEqual([[11, 5]]);
    });
  });
}
