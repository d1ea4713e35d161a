import { afterEach, beforeEach, describe, expect } from 'vitest';
import type { LocalStore } from '../../../shared/local-store/local-store';
import type { ContractContext, LocalStoreHarness } from './contract/harness';
import { identitySettingsCases } from './contract/identity-settings.cases';
import { peerCases } from './contract/peers.cases';
import { reviewAuditCases } from './contract/review-audit.cases';
import { snapshotCases } from './contract/snapshots.cases';
import { updateLogCases } from './contract/update-log.cases';

export type { LocalStoreHarness } from './contract/harness';

/**
 * The LocalStore contract (shared/local-store/local-store.ts): every case, run against one
 * implementation. local-store-memory.test.ts and local-store-dexie.test.ts each call this with
 * a factory for a fresh, empty store (the Dexie one on a fresh fake-indexeddb factory per test).
 * The cases live in contract/, one file per concern.
 */
export function localStoreContract(name: string, makeHarness: () => Promise<LocalStoreHarness>): void {
  describe(`LocalStore contract: ${name}`, () => {
    let harness: LocalStoreHarness | null = null;
    const ctx: ContractContext = {
      get harness() {
        if (!harness) throw new Error('No harness: the cases run only inside a test.');
        return harness;
      },
      get store(): LocalStore {
        return this.harness.store;
      },
    };

    beforeEach(async () => {
      harness = await makeHarness();
    });
    afterEach(async () => {
      // An armed fault never reached means the store did not make the write the test expected.
      expect(ctx.harness.pendingFaults).toBe(0);
      await ctx.harness.dispose();
      harness = null;
    });

    updateLogCases(ctx);
    snapshotCases(ctx);
    peerCases(ctx);
    reviewAuditCases(ctx);
    identitySettingsCases(ctx);
  });
}
