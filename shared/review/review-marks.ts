import { parseIdentity, type Identity } from '../identity/identity';
import { parseSnapshot, type ReviewSnapshot } from './review-diff';

/**
 * "Mark reviewed", kept on this laptop only: each delegation reviews at its own pace. The latest
 * mark (by time; of equal times, the one saved last) is what "changed since the last review" is
 * measured from. A stored mark this version cannot read is treated as no mark, never half-read,
 * and an older mark is not taken in its place: that would show reviewed changes as new.
 */
export interface ReviewMark {
  readonly at: number;
  readonly reviewer: Identity;
  readonly snapshot: ReviewSnapshot;
}

export interface StoredReviewMark {
  readonly at: unknown;
  readonly reviewer: unknown;
  readonly snapshot: unknown;
}

export function readReviewMark(row: StoredReviewMark | undefined): ReviewMark | null {
  if (!row || typeof row.at !== 'number') return null;
  const snapshot = parseSnapshot(row.snapshot);
  const reviewer = parseIdentity(row.reviewer);
  return snapshot && reviewer.ok ? { at: row.at, reviewer: reviewer.identity, snapshot } : null;
}

/** Throws, saying what is wrong, for a mark that could never be read back as the latest. */
export function checkReviewMark(mark: ReviewMark): ReviewMark {
  if (typeof mark.at !== 'number' || !Number.isFinite(mark.at)) throw new TypeError('The review mark was not saved: its time is not a number of milliseconds.');
  if (!parseIdentity(mark.reviewer).ok) throw new TypeError('The review mark was not saved: its reviewer is not a valid identity.');
  return mark;
}
