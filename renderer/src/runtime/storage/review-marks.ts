import type { Identity } from '../../../../shared/identity/identity';
import { parseSnapshot, type ReviewSnapshot } from '../../../../shared/review/review-diff';
import type { TandemDb } from './tandem-db';

/**
 * "Mark reviewed", kept on this laptop only (table `reviewMarks`): each delegation reviews at its
 * own pace. A stored snapshot this version cannot read is treated as no mark, never half-read.
 */
export interface ReviewMark {
  readonly at: number;
  readonly reviewer: Identity;
  readonly snapshot: ReviewSnapshot;
}

export interface ReviewMarks {
  latest(): Promise<ReviewMark | null>;
  save(mark: ReviewMark): Promise<void>;
}

export class DexieReviewMarks implements ReviewMarks {
  constructor(private readonly db: TandemDb, private readonly workspaceId: string) {}

  async latest(): Promise<ReviewMark | null> {
    const rows = await this.db.reviewMarks.where('[workspaceId+at]')
      .between([this.workspaceId, -Infinity], [this.workspaceId, Infinity], true, true).reverse().limit(1).toArray();
    const row = rows[0];
    const snapshot = row ? parseSnapshot(row.snapshot) : null;
    return row && snapshot ? { at: row.at, reviewer: row.reviewer, snapshot } : null;
  }

  async save(mark: ReviewMark): Promise<void> {
    await this.db.reviewMarks.add({ workspaceId: this.workspaceId, at: mark.at, reviewer: { ...mark.reviewer }, snapshot: mark.snapshot });
  }
}

/** Without local storage the marks live as long as the run, like everything else then. */
export class MemoryReviewMarks implements ReviewMarks {
  private mark: ReviewMark | null = null;
  async latest(): Promise<ReviewMark | null> {
    return this.mark;
  }
  async save(mark: ReviewMark): Promise<void> {
    this.mark = mark;
  }
}
