import { deriveActions } from '../workspace/action-view';
import { createWorkspaceDoc } from '../workspace/schema';
import { applySeed } from '../workspace/seed-update';
import { snapshotOf, type ReviewSnapshot } from './review-diff';

/**
 * What "since this laptop was set up" is measured from, for a review before any "Mark reviewed":
 * the workspace as every laptop starts it, which is the canonical seed and nothing else. Every
 * action, field and value that differs from it was written since, here or elsewhere, and the
 * seed's own clocks say which text and members are new. Computed from the seed, never stored, so
 * it is the same on every laptop and for every version that ships this seed.
 */
export function setupBaseline(seedUpdate: Uint8Array): ReviewSnapshot {
  const doc = createWorkspaceDoc();
  try {
    applySeed(doc, seedUpdate);
    return snapshotOf(deriveActions(doc), doc);
  } finally {
    doc.destroy();
  }
}
