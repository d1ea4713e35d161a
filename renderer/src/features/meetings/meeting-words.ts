import type { Side } from '../../../../shared/compact/types';
import type { MeetingStatus, Place } from '../../../../shared/workspace/meetings/meeting-schema';
import type { MeetingView } from '../../../../shared/workspace/meetings/meeting-view';
import type { Translate } from '../../ui/i18n/I18nProvider';

/** The meetings view's words for the schema's values, in the interface's language. */
export const statusWords = (t: Translate, status: MeetingStatus | null): string => t(status ? `meetings.status.${status}` : 'meetings.status.unknown');
export const placeWords = (t: Translate, place: Place): string => t(`meetings.place.${place}`);
export const sideWords = (t: Translate, side: Side): string => t(`meetings.side.${side}`);

/** The meeting's place: the typed name for "other", else the place's word. */
export function meetingPlaceWords(t: Translate, meeting: MeetingView): string {
  if (meeting.place === 'other') return meeting.placeOther ?? t('meetings.place.other');
  return meeting.place ? placeWords(t, meeting.place) : t('meetings.status.unknown');
}
