/**
 * Every transaction on a workspace document carries an origin, and the origin alone decides what
 * happens to it afterwards. This file is the one place that decides: a table, one row per kind
 * of origin, read by the update writer (stored), the audit trail (audited), conflict detection
 * (checked for conflicts), the undo manager (undoable) and the links to peers and other windows
 * (forwarded). Nothing else keeps a list of origins.
 *
 *   kind       stored  audited  conflicts  undoable  to peers  to windows
 *   local        yes     yes       no        yes       yes        yes     the person's own edits
 *   undo         yes     yes       no        no        yes        yes     undo/redo, and a creation undone
 *   decision     yes     yes       no        no        yes        yes     a meeting's decision applied to the plan
 *   peer         yes     yes       yes       no        yes        yes     merged from a LAN peer
 *   file         yes     yes       yes       no        yes        yes     merged from a sync file
 *   tab          no      no        yes       no        yes        no      mirrored from another window of this laptop
 *   conflict     yes     no        no        no        yes        yes     an inbox entry filed after a merge
 *   proof        yes     no        no        no        yes        yes     authorship statements and digests (shared/authorship/)
 *   load         no      no        no        no        no         no      replaying this laptop's own log
 *   seed         no      no        no        no        no         no      the canonical seed (never stored)
 *   unknown      yes     yes       no        no        yes        yes     anything else: kept, never dropped
 *
 * Why a window's mirror is neither stored nor audited: every window writes the same IndexedDB
 * log and audit trail, and the window that made the change has already written both. It is still
 * checked for conflicts, since two windows can edit one field at once.
 * A restore never transacts on a live document: it swaps the stored log and reopens (a load).
 */
import * as Y from 'yjs';

export const LOCAL_ORIGIN = Symbol('tandem:local');
export const LOAD_ORIGIN = Symbol('tandem:load');
export const SEED_ORIGIN = Symbol('tandem:seed');
export const CONFLICT_ORIGIN = Symbol('tandem:conflict-inbox');
/** Origin of the authorship root's writes: this laptop's signed statements and pruned digests. */
export const PROOF_ORIGIN = Symbol('tandem:authorship-proof');
/** Origin of the soft delete that stands in for undoing a creation; not itself tracked. */
export const UNDO_CREATION_ORIGIN = Symbol('tandem:undo-creation');

/**
 * The origin of applying a meeting's decision (meetings/apply-decision.ts): the person's own
 * change, attributed to the meeting. Not undoable by the workspace's undo: the application is
 * recorded on the decision, and taking back half of it (the actions, not the record) would leave
 * the two disagreeing; a decision is reversed by another decision or by editing the actions.
 */
export class DecisionOrigin {
  constructor(
    readonly meetingId: string,
    readonly decisionId: string,
  ) {}
}

/** Where a remote change came from: a LAN peer, a sync file, or another window of this laptop. */
export type RemoteSourceKind = 'peer' | 'file' | 'tab';

/**
 * The origin of everything merged from outside this document: a peer on the LAN, a sync file, or
 * another window. Each merge gets its own instance, which carries a label for messages.
 */
export class RemoteOrigin {
  constructor(
    readonly kind: RemoteSourceKind,
    /** Who or what it came from, for messages: a peer's name, a file's name. */
    readonly label: string,
  ) {}
}

export type OriginKind = 'local' | 'undo' | 'decision' | 'peer' | 'file' | 'tab' | 'conflict' | 'proof' | 'load' | 'seed' | 'unknown';

export interface OriginPolicy {
  /** Written to this laptop's update log. */
  readonly stored: boolean;
  /** Recorded in the audit trail. */
  readonly audited: boolean;
  /** Compared with what this laptop held, and concurrent writes filed in the conflict inbox. */
  readonly conflictChecked: boolean;
  /** Tracked by the undo manager (the person's own steps). */
  readonly undoable: boolean;
  /** Sent on to LAN peers (never back to the peer it came from). */
  readonly toPeers: boolean;
  /** Mirrored to this laptop's other windows. */
  readonly toWindows: boolean;
}

const row = (stored: boolean, audited: boolean, conflictChecked: boolean, undoable: boolean, toPeers: boolean, toWindows: boolean): OriginPolicy =>
  Object.freeze({ stored, audited, conflictChecked, undoable, toPeers, toWindows });

export const ORIGIN_POLICY: Readonly<Record<OriginKind, OriginPolicy>> = Object.freeze({
  local: row(true, true, false, true, true, true),
  undo: row(true, true, false, false, true, true),
  decision: row(true, true, false, false, true, true),
  peer: row(true, true, true, false, true, true),
  file: row(true, true, true, false, true, true),
  tab: row(false, false, true, false, true, false),
  conflict: row(true, false, false, false, true, true),
  proof: row(true, false, false, false, true, true),
  load: row(false, false, false, false, false, false),
  seed: row(false, false, false, false, false, false),
  unknown: row(true, true, false, false, true, true),
});

export function originKind(origin: unknown): OriginKind {
  if (origin === LOCAL_ORIGIN) return 'local';
  if (origin instanceof RemoteOrigin) return origin.kind;
  if (origin instanceof DecisionOrigin) return 'decision';
  if (origin instanceof Y.UndoManager || origin === UNDO_CREATION_ORIGIN) return 'undo';
  if (origin === CONFLICT_ORIGIN) return 'conflict';
  if (origin === PROOF_ORIGIN) return 'proof';
  if (origin === LOAD_ORIGIN) return 'load';
  if (origin === SEED_ORIGIN) return 'seed';
  return 'unknown';
}

export function originPolicy(origin: unknown): OriginPolicy {
  return ORIGIN_POLICY[originKind(origin)];
}

export function isRemoteOrigin(origin: unknown): origin is RemoteOrigin {
  return origin instanceof RemoteOrigin;
}

/** The fixed origins the undo manager tracks: the rows marked undoable. */
export const UNDOABLE_ORIGINS: ReadonlySet<unknown> = new Set([LOCAL_ORIGIN].filter((origin) => originPolicy(origin).undoable));
