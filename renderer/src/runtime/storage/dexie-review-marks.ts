import type { ReviewMarkStore } from '../../../../shared/local-store/local-store';
import { guard } from '../../../../shared/persistence/storage-guard';
import { checkReviewMark, readReviewMark, type ReviewMark } from '../../../../shared/review/review-marks';
import type { TandemDb } from './tandem-db';

/** One workspace's review marks on IndexedDB (table `reviewMarks`, by [workspaceId+at]). */
export class DexieReviewMarks implements ReviewMarkStore {
  constructor(
    private readonly db: TandemDb,
    private readonly workspaceId: string,
  ) {}

  latest(): Promise<ReviewMark | null> {
    return guard('read the last review mark', async () => {
      // Of equal times the index orders by id, so reversed the mark saved last comes first.
      const rows = await this.db.reviewMarks
        .where('[workspaceId+at]')
        .between([this.workspaceId, -Infinity], [this.workspaceId, Infinity], true, true)
        .reverse()
        .limit(1)
        .toArray();
      return readReviewMark(rows[0]);
    });
  }

  async save(mark: ReviewMark): Promise<void> {
    checkReviewMark(mark);
    return guard('save the review mark', async () => {
      await this.db.reviewMarks.add({ workspaceId: this.workspaceId, at: mark.at, reviewer: { ...mark.reviewer }, snapshot: mark.snapshot });
    });
  }
}
