import { describe, expect, it } from 'vitest';
import { mergeValidRecords } from '../../../../shared/persistence/compaction';
import { crc32 } from '../../../../shared/persistence/crc32';
import { loadWorkspace } from '../../../../shared/persistence/load-workspace';
import { StorageError } from '../../../../shared/persistence/update-store';
import { deriveActions } from '../../../../shared/workspace/action-view';
import { createWorkspaceDoc } from '../../../../shared/workspace/schema';
import { type ContractContext, OTHER, T0, WS, actionUpdate, appendTitles, expectStorageFailure, rejection, titlesIn, titlesOfState } from './harness';

/** The update log: order, durability, compaction (whole, declined, interrupted) and quarantine. */
export function updateLogCases(ctx: ContractContext): void {
  describe('update log', () => {
    it('reads records back in the order written, each workspace its own log', async () => {
      await appendTitles(ctx.store.updates(WS), ['first', 'second', 'third']);
      await appendTitles(ctx.store.updates(OTHER), ['elsewhere']);
      const records = await ctx.store.updates(WS).readAll();
      expect(records.map((record) => titlesOfState(record.bytes))).toEqual([['first'], ['second'], ['third']]);
      expect(records.map((record) => record.id)).toEqual([...records.map((record) => record.id)].sort((a, b) => a - b));
      expect(await titlesIn(ctx.store.updates(OTHER))).toEqual(['elsewhere']);
    });

    it('keeps exactly the bytes appended, with their checksum, across a restart', async () => {
      const sealed = actionUpdate('durable');
      // A view into a larger buffer: only the view's bytes are the update.
      const padded = new Uint8Array(sealed.bytes.length + 8);
      padded.set(sealed.bytes, 4);
      await ctx.store.updates(WS).append(padded.subarray(4, 4 + sealed.bytes.length), sealed.checksum);
      const reopened = await ctx.harness.reopen();
      const [record] = await reopened.updates(WS).readAll();
      expect(record?.bytes).toEqual(sealed.bytes);
      expect(record?.checksum).toBe(crc32(sealed.bytes));
    });

    it('compaction replaces the log by one snapshot holding everything', async () => {
      await appendTitles(ctx.store.updates(WS), ['one', 'two', 'three']);
      await appendTitles(ctx.store.updates(OTHER), ['untouched']);
      const result = await ctx.store.updates(WS).compact(mergeValidRecords);
      expect(result).toEqual({ before: 3, after: 1 });
      expect(await ctx.store.updates(WS).readAll()).toHaveLength(1);
      expect(await titlesIn(ctx.store.updates(WS))).toEqual(['one', 'three', 'two']);
      expect(await ctx.store.updates(OTHER).readAll()).toHaveLength(1);
    });

    it('compaction leaves the log as it is when a record is damaged', async () => {
      await appendTitles(ctx.store.updates(WS), ['one', 'two']);
      await ctx.harness.putRawUpdate(WS, new Uint8Array([1, 2, 3]), 0);
      const before = await ctx.store.updates(WS).readAll();
      expect(await ctx.store.updates(WS).compact(mergeValidRecords)).toEqual({ before: 3, after: 3 });
      expect(await ctx.store.updates(WS).readAll()).toEqual(before);
    });

    it('a compaction interrupted midway (the snapshot write fails after the deletes) leaves the old log intact', async () => {
      await appendTitles(ctx.store.updates(WS), ['one', 'two', 'three']);
      const before = await ctx.store.updates(WS).readAll();
      ctx.harness.failNextWrite('updates', 'add');
      await expectStorageFailure(ctx.store.updates(WS).compact(mergeValidRecords));
      expect(await ctx.store.updates(WS).readAll()).toEqual(before);
      const reopened = await ctx.harness.reopen();
      expect(await titlesIn(reopened.updates(WS))).toEqual(['one', 'three', 'two']);
      // And the next compaction goes through.
      expect(await reopened.updates(WS).compact(mergeValidRecords)).toEqual({ before: 3, after: 1 });
    });

    it('a compaction whose deletes fail, or whose merge throws, changes nothing', async () => {
      await appendTitles(ctx.store.updates(WS), ['one', 'two']);
      const before = await ctx.store.updates(WS).readAll();
      ctx.harness.failNextWrite('updates', 'delete');
      await expectStorageFailure(ctx.store.updates(WS).compact(mergeValidRecords));
      const merge = () => {
        throw new Error('merge failed');
      };
      const thrown = await rejection(ctx.store.updates(WS).compact(merge));
      expect(thrown).toBeInstanceOf(StorageError);
      expect((thrown as Error).message).toContain('merge failed');
      expect(await ctx.store.updates(WS).readAll()).toEqual(before);
    });

    it('an edit appended while a compaction runs is kept (merged in, or after the snapshot)', async () => {
      await appendTitles(ctx.store.updates(WS), ['one', 'two']);
      const late = actionUpdate('appended meanwhile');
      await Promise.all([ctx.store.updates(WS).compact(mergeValidRecords), ctx.store.updates(WS).append(late.bytes, late.checksum)]);
      expect(await titlesIn(ctx.store.updates(WS))).toEqual(['appended meanwhile', 'one', 'two']);
    });

    it('a failing append is reported, and the log keeps what it had', async () => {
      await appendTitles(ctx.store.updates(WS), ['kept']);
      ctx.harness.failNextWrite('updates', 'add');
      const sealed = actionUpdate('lost to a full disk');
      await expectStorageFailure(ctx.store.updates(WS).append(sealed.bytes, sealed.checksum));
      expect(await titlesIn(ctx.store.updates(WS))).toEqual(['kept']);
      // Retried once there is room: nothing was half written.
      await ctx.store.updates(WS).append(sealed.bytes, sealed.checksum);
      expect(await titlesIn(ctx.store.updates(WS))).toEqual(['kept', 'lost to a full disk']);
    });
  });

  describe('quarantine', () => {
    it('moves damaged records aside with the reason, loads the rest, and never quarantines one twice', async () => {
      await appendTitles(ctx.store.updates(WS), ['good one']);
      const flipped = actionUpdate('flipped');
      const flippedId = await ctx.harness.putRawUpdate(WS, flipped.bytes, flipped.checksum ^ 1);
      const notBytesId = await ctx.harness.putRawUpdate(WS, 'not bytes', 7);
      await appendTitles(ctx.store.updates(WS), ['good two']);
      const doc = createWorkspaceDoc();
      const report = await loadWorkspace(ctx.store.updates(WS), doc, new Date(T0));
      expect(deriveActions(doc).map((action) => action.title).sort()).toEqual(['good one', 'good two']);
      expect(report.quarantined.map((entry) => entry.id)).toEqual([flippedId, notBytesId]);
      expect(report.quarantineError).toBeNull();
      const quarantined = await ctx.store.updates(WS).readQuarantine();
      expect(quarantined.map((record) => [record.originalId, record.quarantinedAt])).toEqual([
        [flippedId, new Date(T0).toISOString()],
        [notBytesId, new Date(T0).toISOString()],
      ]);
      expect(quarantined[0]?.reason).toMatch(/Checksum mismatch/);
      expect(quarantined[0]?.bytes).toEqual(flipped.bytes);
      expect(quarantined[1]?.bytes).toBe('not bytes');
      expect(await ctx.store.updates(WS).readAll()).toHaveLength(2);
      // Another window holding the same (stale) list quarantines nothing again.
      await ctx.store.updates(WS).quarantine([{ record: { id: flippedId, bytes: null, checksum: null }, reason: 'again' }], new Date(T0));
      expect(await ctx.store.updates(WS).readQuarantine()).toHaveLength(2);
      expect(await ctx.store.updates(OTHER).readQuarantine()).toEqual([]);
    });

    it('a quarantine that cannot be written is reported; the damaged record stays in the log, skipped, and moves next time', async () => {
      await appendTitles(ctx.store.updates(WS), ['good']);
      const badId = await ctx.harness.putRawUpdate(WS, new Uint8Array([9, 9, 9]), 0);
      ctx.harness.failNextWrite('quarantine', 'add');
      const doc = createWorkspaceDoc();
      const report = await loadWorkspace(ctx.store.updates(WS), doc);
      expect(report.quarantineError).toMatch(/quota/i);
      expect(deriveActions(doc).map((action) => action.title)).toEqual(['good']);
      expect((await ctx.store.updates(WS).readAll()).map((record) => record.id)).toContain(badId);
      expect(await ctx.store.updates(WS).readQuarantine()).toEqual([]);
      const again = await loadWorkspace(ctx.store.updates(WS), createWorkspaceDoc());
      expect(again.quarantined.map((entry) => entry.id)).toEqual([badId]);
      expect((await ctx.store.updates(WS).readQuarantine()).map((record) => record.originalId)).toEqual([badId]);
    });

    it('a quarantine interrupted after copying (the delete fails) copies nothing', async () => {
      const badId = await ctx.harness.putRawUpdate(WS, new Uint8Array([9, 9, 9]), 0);
      ctx.harness.failNextWrite('updates', 'delete');
      await expectStorageFailure(ctx.store.updates(WS).quarantine([{ record: { id: badId, bytes: null, checksum: null }, reason: 'damaged' }], new Date(T0)));
      expect(await ctx.store.updates(WS).readQuarantine()).toEqual([]);
      expect((await ctx.store.updates(WS).readAll()).map((record) => record.id)).toEqual([badId]);
    });
  });
}
