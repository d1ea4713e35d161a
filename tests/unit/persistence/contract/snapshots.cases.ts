import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../../../shared/backups/restore-log';
import { SNAPSHOT_RETENTION } from '../../../../shared/backups/retention';
import type { SnapshotInfo } from '../../../../shared/backups/snapshot-record';
import { crc32 } from '../../../../shared/persistence/crc32';
import { type ContractContext, DAY, OTHER, T0, WS, appendTitles, draft, expectStorageFailure, rejection, stateWith, titlesIn, titlesOfState } from './harness';

/** Snapshots: listing, retention per kind, the daily check, watching, and restore as one swap. */
export function snapshotCases(ctx: ContractContext): void {
  describe('snapshots', () => {
    it('lists newest first, without the states, per workspace', async () => {
      // One encoding, kept: the size of a state depends on its (random) client id's length.
      const stateA = stateWith(['A']);
      const first = await ctx.store.snapshots(WS).take({ ...draft('manual', T0), state: () => stateA });
      const second = await ctx.store.snapshots(WS).take(draft('before-import', T0 + 1000, ['A', 'B']));
      await ctx.store.snapshots(OTHER).take(draft('manual', T0 + 2000));
      const listed = await ctx.store.snapshots(WS).list();
      expect(listed.map((info) => info.id)).toEqual([second.id, first.id]);
      expect(listed[1]).toEqual({
        id: first.id, kind: 'manual', reason: `manual at ${T0}`, takenAt: T0, takenBy: 'Dana Levi (Israel, note-taker)', size: stateA.byteLength,
      });
      const read = await ctx.store.snapshots(WS).read(second.id);
      expect(titlesOfState(read?.bytes)).toEqual(['A', 'B']);
      expect(read?.checksum).toBe(crc32(read?.bytes as Uint8Array));
      // Another workspace's snapshot is not this workspace's to read.
      const [elsewhere] = await ctx.store.snapshots(OTHER).list();
      expect(await ctx.store.snapshots(WS).read((elsewhere as SnapshotInfo).id)).toBeNull();
    });

    it('keeps per kind only the newest of the retention policy; kinds are pruned apart', async () => {
      const keep = SNAPSHOT_RETENTION.manual;
      const taken: SnapshotInfo[] = [];
      for (let i = 0; i < keep + 3; i++) taken.push(await ctx.store.snapshots(WS).take(draft('manual', T0 + i * 1000)));
      for (let i = 0; i < 2; i++) await ctx.store.snapshots(WS).take(draft('daily', T0 + i * DAY));
      for (let i = 0; i < keep + 1; i++) await ctx.store.snapshots(OTHER).take(draft('manual', T0 + i * 1000));
      const listed = await ctx.store.snapshots(WS).list();
      const manual = listed.filter((info) => info.kind === 'manual');
      expect(manual).toHaveLength(keep);
      expect(manual.map((info) => info.takenAt)).toEqual(Array.from({ length: keep }, (_, i) => T0 + (keep + 2 - i) * 1000));
      expect(listed.filter((info) => info.kind === 'daily')).toHaveLength(2);
      // Pruned states are gone with their rows.
      expect(await ctx.store.snapshots(WS).read((taken[0] as SnapshotInfo).id)).toBeNull();
      expect(await ctx.store.snapshots(WS).read((taken[3] as SnapshotInfo).id)).not.toBeNull();
      expect((await ctx.store.snapshots(OTHER).list())).toHaveLength(keep);
    });

    it('takes a daily snapshot when none is a day old, and not again the same day', async () => {
      expect(await ctx.store.snapshots(WS).newestTakenAt('daily')).toBeNull();
      const first = await ctx.store.snapshots(WS).takeDailyIfDue(draft('daily', T0));
      expect(first?.kind).toBe('daily');
      expect(await ctx.store.snapshots(WS).takeDailyIfDue(draft('daily', T0 + DAY - 1))).toBeNull();
      expect(await ctx.store.snapshots(OTHER).takeDailyIfDue(draft('daily', T0 + 1))).not.toBeNull();
      const next = await ctx.store.snapshots(WS).takeDailyIfDue(draft('daily', T0 + DAY));
      expect(next?.takenAt).toBe(T0 + DAY);
      expect(await ctx.store.snapshots(WS).newestTakenAt('daily')).toBe(T0 + DAY);
      expect(await ctx.store.snapshots(WS).newestTakenAt('manual')).toBeNull();
    });

    it('two windows opening at once take one daily snapshot, not two', async () => {
      const both = await Promise.all([ctx.store.snapshots(WS).takeDailyIfDue(draft('daily', T0)), ctx.store.snapshots(WS).takeDailyIfDue(draft('daily', T0 + 5))]);
      expect(both.filter((info) => info !== null)).toHaveLength(1);
      expect(await ctx.store.snapshots(WS).list()).toHaveLength(1);
    });

    it('a snapshot whose state cannot be written leaves no row behind, and is reported', async () => {
      await ctx.store.snapshots(WS).take(draft('manual', T0));
      const before = await ctx.store.snapshots(WS).list();
      ctx.harness.failNextWrite('snapshotBytes', 'add');
      await expectStorageFailure(ctx.store.snapshots(WS).take(draft('manual', T0 + 1000)));
      expect(await ctx.store.snapshots(WS).list()).toEqual(before);
    });

    it('a snapshot whose pruning fails keeps the retention as it was (and the new one is not kept)', async () => {
      for (let i = 0; i < SNAPSHOT_RETENTION.manual; i++) await ctx.store.snapshots(WS).take(draft('manual', T0 + i * 1000));
      const before = await ctx.store.snapshots(WS).list();
      ctx.harness.failNextWrite('snapshotBytes', 'delete');
      await expectStorageFailure(ctx.store.snapshots(WS).take(draft('manual', T0 + DAY)));
      expect(await ctx.store.snapshots(WS).list()).toEqual(before);
    });

    it('tells a watcher the list now and after each change', async () => {
      const seen: number[][] = [];
      const errors: unknown[] = [];
      const stop = ctx.store.snapshots(WS).watch((list) => seen.push(list.map((info) => info.takenAt)), (error) => errors.push(error));
      await expect.poll(() => seen.length).toBeGreaterThan(0);
      expect(seen.at(-1)).toEqual([]);
      await ctx.store.snapshots(WS).take(draft('manual', T0));
      await expect.poll(() => seen.at(-1)).toEqual([T0]);
      stop();
      const count = seen.length;
      await ctx.store.snapshots(WS).take(draft('manual', T0 + 1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen.length).toBe(count);
      expect(errors).toEqual([]);
    });
  });

  describe('restore', () => {
    /** A log of two edits, and a snapshot holding only the first. */
    async function loggedWorkspace() {
      const updates = ctx.store.updates(WS);
      await appendTitles(updates, ['Before the snapshot']);
      const snapshot = await ctx.store.snapshots(WS).take({ ...draft('manual', T0), state: () => stateWith(['Before the snapshot']) });
      await appendTitles(updates, ['After the snapshot']);
      return { updates, snapshot };
    }
    const keep = (now: number) => ({ reason: 'Before restoring', takenBy: 'Dana Levi', now, state: () => stateWith(['Before the snapshot', 'After the snapshot']) });

    it('swaps the log for the snapshot and keeps the workspace as it was, in one step', async () => {
      const { snapshot } = await loggedWorkspace();
      await appendTitles(ctx.store.updates(OTHER), ['other workspace']);
      const result = await ctx.store.snapshots(WS).restore(snapshot.id, keep(T0 + 5000));
      expect(result.restored).toEqual(snapshot);
      expect(result.kept).toMatchObject({ kind: 'before-restore', takenAt: T0 + 5000, reason: 'Before restoring' });
      const reopened = await ctx.harness.reopen();
      expect(await reopened.updates(WS).readAll()).toHaveLength(1);
      expect(await titlesIn(reopened.updates(WS))).toEqual(['Before the snapshot']);
      expect(titlesOfState((await reopened.snapshots(WS).read(result.kept.id))?.bytes)).toEqual(['After the snapshot', 'Before the snapshot']);
      expect((await reopened.snapshots(WS).list()).map((info) => info.kind)).toEqual(['before-restore', 'manual']);
      expect(await titlesIn(reopened.updates(OTHER))).toEqual(['other workspace']);
    });

    it.each([
      ['the log swap (after the old log is deleted)', 'updates', 'add'],
      ['deleting the old log', 'updates', 'delete'],
      ['keeping the workspace as it was', 'snapshotBytes', 'add'],
    ] as const)('a restore interrupted at %s changes nothing', async (_step, table, kind) => {
      const { updates, snapshot } = await loggedWorkspace();
      const logBefore = await updates.readAll();
      const snapshotsBefore = await ctx.store.snapshots(WS).list();
      ctx.harness.failNextWrite(table, kind);
      await expectStorageFailure(ctx.store.snapshots(WS).restore(snapshot.id, keep(T0 + 5000)));
      const reopened = await ctx.harness.reopen();
      expect(await reopened.updates(WS).readAll()).toEqual(logBefore);
      expect(await reopened.snapshots(WS).list()).toEqual(snapshotsBefore);
    });

    it('refuses a damaged snapshot, one that is gone, or another workspace\'s, with nothing changed', async () => {
      const { updates, snapshot } = await loggedWorkspace();
      const foreign = await ctx.store.snapshots(OTHER).take(draft('manual', T0));
      const logBefore = await updates.readAll();
      const gone = await rejection(ctx.store.snapshots(WS).restore(snapshot.id + 1000, keep(T0 + 1)));
      expect(gone).toBeInstanceOf(SnapshotError);
      expect((gone as Error).message).toMatch(/no longer kept/);
      expect(await rejection(ctx.store.snapshots(WS).restore(foreign.id, keep(T0 + 1)))).toBeInstanceOf(SnapshotError);
      await ctx.harness.damageSnapshot(snapshot.id, stateWith(['Forged']));
      const damaged = await rejection(ctx.store.snapshots(WS).restore(snapshot.id, keep(T0 + 1)));
      expect(damaged).toBeInstanceOf(SnapshotError);
      expect((damaged as Error).message).toMatch(/damaged/);
      expect(await updates.readAll()).toEqual(logBefore);
      expect((await ctx.store.snapshots(WS).list()).map((info) => info.kind)).toEqual(['manual']);
    });
  });
}
