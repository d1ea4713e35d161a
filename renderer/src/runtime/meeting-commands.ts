import type * as Y from 'yjs';
import type { Side } from '../../../shared/compact/types';
import type { Identity } from '../../../shared/identity/identity';
import { OperationError } from '../../../shared/workspace/actions';
import { recordAuthor } from '../../../shared/workspace/authors';
import {
  addAgendaItem, editAgendaItem, moveAgendaItem, moveAgendaItemBy, setAgendaItemDeleted, setAgendaLink, type LinkKind, type NewAgendaItem,
} from '../../../shared/workspace/meetings/agenda';
import { applyDecision, decisionApplyProblem, type DecisionApplication } from '../../../shared/workspace/meetings/apply-decision';
import type { Attendee } from '../../../shared/workspace/meetings/attendees';
import { addDecision, editDecision, setDecisionDeleted } from '../../../shared/workspace/meetings/decisions';
import {
  addAttendee, addMeeting, removeAttendee, setAttendee, setMeetingChair, setMeetingDeleted, setMeetingPlace, setMeetingStart, setMeetingStatus, setMeetingTitle,
  type NewMeeting,
} from '../../../shared/workspace/meetings/meetings';
import type { MeetingStatus, Place } from '../../../shared/workspace/meetings/meeting-schema';
import type { PlanChange } from '../../../shared/workspace/meetings/plan-changes';
import type { Refused } from './commands';
import { sayRefused } from './refusal-words';

type Run = <T>(operation: (doc: Y.Doc) => T, refused?: Refused) => T | undefined;

export interface MeetingCommandContext {
  readonly doc: Y.Doc;
  readonly identity: Identity;
  /** commands.ts `run`: one LOCAL_ORIGIN transaction with the authors entry, refusals to `refused`. */
  readonly run: Run;
  /** commands.ts `creating`: `run` as an undo step of its own (undoing a creation soft-deletes, undo.ts). */
  readonly creating: Run;
  readonly refuseObserver: (refused: Refused) => boolean;
  readonly setNotice: (notice: string | null) => void;
}

/** The Meetings view's commands, made beside the plan's (commands.ts) with the same `run`. */
export function createMeetingCommands({ doc, identity, run, creating, refuseObserver, setNotice }: MeetingCommandContext) {
  const done = (operation: (doc: Y.Doc) => void, refused?: Refused) => run((d) => { operation(d); return true; }, refused) ?? false;
  return {
    addMeeting: (input: NewMeeting, refused?: Refused) => creating((d) => addMeeting(d, input), refused),
    setMeetingTitle: (id: string, title: string, refused?: Refused) => done((d) => setMeetingTitle(d, id, title), refused),
    setMeetingStart: (id: string, startsAt: string, timeZone: string, refused?: Refused) => done((d) => setMeetingStart(d, id, startsAt, timeZone), refused),
    setMeetingPlace: (id: string, place: Place, other?: string, refused?: Refused) => done((d) => setMeetingPlace(d, id, place, other), refused),
    setMeetingStatus: (id: string, status: MeetingStatus) => done((d) => setMeetingStatus(d, id, status)),
    setMeetingChair: (id: string, side: Side, chair: Attendee | null, refused?: Refused) => done((d) => setMeetingChair(d, id, side, chair), refused),
    addAttendee: (id: string, attendee: Attendee, refused?: Refused) => creating((d) => addAttendee(d, id, attendee), refused),
    removeAttendee: (id: string, key: string) => done((d) => removeAttendee(d, id, key)),
    setAttendee: (id: string, key: string, attendee: Attendee, refused?: Refused) => done((d) => setAttendee(d, id, key, attendee), refused),
    deleteMeeting: (id: string) => done((d) => setMeetingDeleted(d, id, true)),
    restoreMeeting: (id: string) => done((d) => setMeetingDeleted(d, id, false)),
    addAgendaItem: (meetingId: string, input: NewAgendaItem, refused?: Refused) => creating((d) => addAgendaItem(d, meetingId, input), refused),
    editAgendaItem: (id: string, input: Parameters<typeof editAgendaItem>[2], refused?: Refused) => done((d) => editAgendaItem(d, id, input), refused),
    moveAgendaItem: (id: string, index: number) => done((d) => moveAgendaItem(d, id, index)),
    moveAgendaItemBy: (id: string, delta: -1 | 1) => done((d) => moveAgendaItemBy(d, id, delta)),
    setAgendaLink: (id: string, kind: LinkKind, target: string, linked: boolean) => done((d) => setAgendaLink(d, id, kind, target, linked)),
    removeAgendaItem: (id: string) => done((d) => setAgendaItemDeleted(d, id, true)),
    addDecision: (meetingId: string, text: string, changes: readonly PlanChange[], refused?: Refused) => creating((d) => addDecision(d, meetingId, text, changes), refused),
    editDecision: (id: string, input: { text?: string; changes?: readonly PlanChange[] }, refused?: Refused) => done((d) => editDecision(d, id, input), refused),
    removeDecision: (id: string) => done((d) => setDecisionDeleted(d, id, true)),
    /**
     * Applies a decision in its own transaction (origin DecisionOrigin, not run's LOCAL_ORIGIN: see
     * apply-decision.ts), with the authors entry written inside it.
     */
    /** Why the decision cannot be applied now, in the interface's language, or null (writes nothing). */
    decisionApplyProblem: (id: string): string | null => {
      const problem = decisionApplyProblem(doc, id);
      return problem ? sayRefused(problem) : null;
    },
    applyDecision: (id: string, refused: Refused = setNotice): DecisionApplication | undefined => {
      if (refuseObserver(refused)) return undefined;
      try {
        const applied = applyDecision(doc, id, new Date(), (d) => recordAuthor(d, identity));
        setNotice(null);
        return applied;
      } catch (error) {
        if (error instanceof OperationError) {
          refused(sayRefused(error));
          return undefined;
        }
        throw error;
      }
    },
  };
}
