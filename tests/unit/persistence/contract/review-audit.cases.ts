import { describe, expect, it } from 'vitest';
import { AuditRecorder } from '../../../../shared/review/audit-recorder';
import type { ReviewSnapshot } from '../../../../shared/review/review-diff';
import { type ContractContext, DANA, OTHER, SAM, T0, WS, auditEntry, expectStorageFailure, mark, rejection } from './harness';

/** Review marks and the audit trail (append, query, the typing burst rewritten in place). */
export function reviewAuditCases(ctx: ContractContext): void {
  describe('review marks', () => {
    it('answers the latest mark by time, of equal times the last saved, per workspace', async () => {
      expect(await ctx.store.reviewMarks(WS).latest()).toBeNull();
      await ctx.store.reviewMarks(WS).save(mark(T0 + 2000, 2));
      await ctx.store.reviewMarks(WS).save(mark(T0 + 1000, 1, SAM));
      expect(await ctx.store.reviewMarks(WS).latest()).toEqual(mark(T0 + 2000, 2));
      await ctx.store.reviewMarks(WS).save(mark(T0 + 2000, 3, SAM));
      expect(await ctx.store.reviewMarks(WS).latest()).toEqual(mark(T0 + 2000, 3, SAM));
      expect(await ctx.store.reviewMarks(OTHER).latest()).toBeNull();
      const reopened = await ctx.harness.reopen();
      expect(await reopened.reviewMarks(WS).latest()).toEqual(mark(T0 + 2000, 3, SAM));
    });

    it('a latest mark this version cannot read counts as no mark (an older one is not taken instead)', async () => {
      await ctx.store.reviewMarks(WS).save(mark(T0, 1));
      await ctx.store.reviewMarks(WS).save({ ...mark(T0 + 1000, 2), snapshot: { v: 2 } as unknown as ReviewSnapshot });
      expect(await ctx.store.reviewMarks(WS).latest()).toBeNull();
    });

    it('refuses a mark without a usable time or reviewer, keeping the latest', async () => {
      await ctx.store.reviewMarks(WS).save(mark(T0, 1));
      const noTime = await rejection(ctx.store.reviewMarks(WS).save({ ...mark(T0 + 1, 2), at: Number.NaN }));
      expect((noTime as Error).message).toMatch(/time is not a number/);
      const noOne = await rejection(ctx.store.reviewMarks(WS).save({ ...mark(T0 + 1, 2), reviewer: { name: '', delegation: 'us', role: 'delegate' } }));
      expect((noOne as Error).message).toMatch(/reviewer is not a valid identity/);
      expect(await ctx.store.reviewMarks(WS).latest()).toEqual(mark(T0, 1));
    });

    it('keeps a copy: changing the saved object afterwards changes nothing stored', async () => {
      const saved = { at: T0, reviewer: { ...DANA }, snapshot: { v: 1 as const, actions: {}, clocks: { '7': 1 } } };
      await ctx.store.reviewMarks(WS).save(saved);
      saved.snapshot.clocks['7'] = 99;
      expect((await ctx.store.reviewMarks(WS).latest())?.snapshot.clocks).toEqual({ '7': 1 });
    });

    it('a failing write is reported and the earlier mark stays the latest', async () => {
      await ctx.store.reviewMarks(WS).save(mark(T0, 1));
      ctx.harness.failNextWrite('reviewMarks', 'add');
      await expectStorageFailure(ctx.store.reviewMarks(WS).save(mark(T0 + 1000, 2)));
      expect(await ctx.store.reviewMarks(WS).latest()).toEqual(mark(T0, 1));
    });
  });

  describe('audit trail', () => {
    it('appends in order with increasing ids, and answers rows since a time, oldest first, per workspace', async () => {
      const ids = await ctx.store.audit(WS).append([auditEntry(T0 + 20, 'status', 'Proposed', 'Agreed'), auditEntry(T0 + 10, 'tier', '1', '2')]);
      expect(ids).toHaveLength(2);
      expect((ids[1] as number) > (ids[0] as number)).toBe(true);
      await ctx.store.audit(WS).append([auditEntry(T0 + 30, 'created', '', 'New')]);
      await ctx.store.audit(OTHER).append([auditEntry(T0 + 15, 'created', '', 'Elsewhere')]);
      expect((await ctx.store.audit(WS).since(0)).map((row) => row.at)).toEqual([T0 + 10, T0 + 20, T0 + 30]);
      expect((await ctx.store.audit(WS).since(T0 + 20)).map((row) => [row.id, row.field])).toEqual([[ids[0], 'status'], [expect.any(Number), 'created']]);
      const [row] = await ctx.store.audit(WS).since(T0 + 30);
      expect(row).toEqual({ ...auditEntry(T0 + 30, 'created', '', 'New'), id: row?.id });
      expect(await ctx.store.audit(OTHER).since(0)).toHaveLength(1);
      expect(await ctx.store.audit(WS).append([])).toEqual([]);
    });

    it('a burst of typing is one row, rewritten in place as it grows (AuditRecorder over the store)', async () => {
      const audit = ctx.store.audit(WS);
      const recorder = new AuditRecorder(audit, (error) => {
        throw error;
      });
      recorder.record([auditEntry(T0, 'title', 'Pilot', 'Pilot p')]);
      await recorder.flush();
      recorder.record([auditEntry(T0 + 500, 'title', 'Pilot p', 'Pilot ph')]);
      recorder.record([auditEntry(T0 + 900, 'title', 'Pilot ph', 'Pilot phase')]);
      await recorder.flush();
      const rows = await audit.since(0);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ at: T0 + 900, before: 'Pilot', after: 'Pilot phase' });
    });

    it('replace rewrites only an existing row of its own workspace, and never creates one', async () => {
      const others = await ctx.store.audit(OTHER).append([auditEntry(T0, 'title', 'x', 'y'), auditEntry(T0, 'tier', '1', '2')]);
      const [own] = await ctx.store.audit(WS).append([auditEntry(T0, 'title', 'a', 'b')]);
      // Ids may be per workspace or per laptop: take one the other workspace has and this one not.
      const foreign = others.find((id) => id !== own) as number;
      await ctx.store.audit(WS).replace(foreign, auditEntry(T0 + 1, 'title', 'x', 'hijacked'));
      await ctx.store.audit(WS).replace((own as number) + foreign + 100, auditEntry(T0 + 1, 'title', 'a', 'ghost'));
      expect((await ctx.store.audit(OTHER).since(0)).map((row) => row.after)).toEqual(['y', '2']);
      expect((await ctx.store.audit(WS).since(0)).map((row) => row.after)).toEqual(['b']);
      await ctx.store.audit(WS).replace(own as number, auditEntry(T0 + 1, 'title', 'a', 'c'));
      expect((await ctx.store.audit(WS).since(0)).map((row) => [row.id, row.after])).toEqual([[own, 'c']]);
    });

    it('a failing write is reported and stores none of the batch', async () => {
      await ctx.store.audit(WS).append([auditEntry(T0, 'created', '', 'Kept')]);
      ctx.harness.failNextWrite('audit', 'add');
      await expectStorageFailure(ctx.store.audit(WS).append([auditEntry(T0 + 1, 'status', 'a', 'b'), auditEntry(T0 + 2, 'tier', '1', '2')]));
      expect((await ctx.store.audit(WS).since(0)).map((row) => row.after)).toEqual(['Kept']);
    });
  });
}
