import { useState } from 'react';
import { useTandemStore } from '../../state/store';
import { useReadOnly } from '../../state/use-plan';
import { useRuntime } from '../../ui/runtime-context';
import { minutesFragment, type MeetingView } from '../../../../shared/workspace/meetings/meeting-view';
import { Agenda } from './Agenda';
import { Attendance } from './Attendance';
import { Decisions } from './Decisions';
import { MeetingHeader } from './MeetingHeader';
import { MeetingRecordView } from './MeetingRecordView';
import { MinutesEditor } from './MinutesEditor';
import { useT } from '../../ui/i18n/I18nProvider';

const EMPTY: readonly never[] = [];

/** One working session: header, attendance by delegation, agenda, minutes and decisions. */
export function MeetingPage({ meeting }: { readonly meeting: MeetingView }) {
  const { session } = useRuntime();
  const readOnly = useReadOnly();
  const t = useT();
  const agenda = useTandemStore((state) => state.meetings.agenda.get(meeting.id)) ?? EMPTY;
  const decisions = useTandemStore((state) => state.meetings.decisions.get(meeting.id)) ?? EMPTY;
  const fragment = minutesFragment(session.doc, meeting.id);
  const [recording, setRecording] = useState(false);
  return (
    <article className="meeting-page" aria-labelledby="meeting-title">
      <MeetingHeader meeting={meeting} readOnly={readOnly} onExportRecord={() => setRecording(true)} />
      {recording && <MeetingRecordView meeting={meeting} onClose={() => setRecording(false)} />}
      {meeting.problems.length > 0 && (
        <p className="problems" role="status">{t('meetings.page.problems', { problems: meeting.problems.join('; ') })}</p>
      )}
      <div className="meeting-columns">
        <div className="meeting-main">
          <section className="card" aria-labelledby="minutes-heading">
            <h3 id="minutes-heading">{t('meetings.minutes.title')}</h3>
            {fragment ? <MinutesEditor fragment={fragment} readOnly={readOnly} /> : <p className="problems">{t('meetings.minutes.missing')}</p>}
          </section>
          <Decisions meetingId={meeting.id} decisions={decisions} readOnly={readOnly} />
        </div>
        <div className="meeting-side">
          <Agenda meetingId={meeting.id} items={agenda} readOnly={readOnly} />
          <Attendance meeting={meeting} readOnly={readOnly} />
        </div>
      </div>
    </article>
  );
}
