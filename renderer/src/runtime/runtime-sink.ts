import type { CompactData } from '../../../shared/compact/types';
import type { Identity } from '../../../shared/identity/identity';
import type { LoadReport } from '../../../shared/persistence/load-workspace';
import type { SaveState } from '../../../shared/persistence/update-writer';
import type { InboxView } from '../../../shared/review/inbox';
import type { Presence } from '../../../shared/sync/presence';
import type { SyncProblem } from '../../../shared/sync/sync-problem';
import type { SyncStatus } from '../../../shared/sync/sync-status';
import type { RelayStatus } from '../../../shared/sync/relay-status';
import type { ActionView } from '../../../shared/workspace/action-view';
import type { PlanAgreements } from '../../../shared/workspace/agreement/plan-agreements';
import type { EventDatesView } from '../../../shared/workspace/event-dates';
import type { MeetingsView } from '../../../shared/workspace/meetings/meeting-view';
import type { ThreadsView } from '../../../shared/workspace/agreement/comment-view';
import type { InstitutionDirectory } from '../../../shared/workspace/institution-view';
import type { OwnersView, PersonView } from '../../../shared/workspace/owner-view';
import type { Phase, StorageMode } from './app-phase';

/**
 * Everything the runtime tells the UI: immutable views and states, pushed after each change. The
 * runtime never reads them back (it holds the document, which is the truth); the shell hands it
 * the store's setters, which match these names.
 */
export interface RuntimeSink {
  setPhase(phase: Phase): void;
  setCompact(compact: CompactData): void;
  setIdentity(identity: Identity): void;
  setLoaded(report: LoadReport, quarantineCount: number, mode: StorageMode): void;
  setActions(actions: readonly ActionView[]): void;
  /** Each action's agreement by the two delegations (agreement/plan-agreements.ts). */
  setAgreements(agreements: PlanAgreements): void;
  setInstitutions(institutions: InstitutionDirectory): void;
  setEventDates(eventDates: EventDatesView): void;
  setInitiativeOwners(owners: ReadonlyMap<string, OwnersView>): void;
  setPeople(people: ReadonlyMap<string, PersonView>): void;
  setMeetings(meetings: MeetingsView): void;
  setThreads(threads: ThreadsView): void;
  /** How many steps can be undone and redone, for the Undo and Redo buttons. */
  setUndoState(state: { readonly undo: number; readonly redo: number }): void;
  setSaveState(state: SaveState): void;
  setNotice(notice: string | null): void;
  setInbox(inbox: InboxView): void;
  setSyncStatus(status: SyncStatus): void;
  setPresence(presence: readonly Presence[]): void;
  setSyncProblem(problem: SyncProblem | null): void;
  setJoinCode(code: string | null): void;
  /** The link to the delegation's relay, if one is chosen (runtime/relay/relay-session.ts). */
  setRelayStatus(status: RelayStatus): void;
}
