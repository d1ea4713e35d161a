import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';

/** " · by decision D2 of “Working session 3”": where an action a meeting created came from. */
export function DecisionOrigin({ decisionId }: { readonly decisionId: string }) {
  const t = useT();
  const found = useTandemStore((state) => {
    for (const meeting of state.meetings.meetings) {
      const index = state.meetings.decisions.get(meeting.id)?.findIndex((decision) => decision.id === decisionId) ?? -1;
      if (index >= 0) return `D${index + 1}\u0000${meeting.title}`;
    }
    return null;
  });
  if (!found) return <>{t('meetings.origin.unknown')}</>;
  const [number, title] = found.split('\u0000');
  return <>{t('meetings.origin.decision', { number: number ?? '' })} <span className="decision-origin">“<bdi>{title}</bdi>”</span></>;
}
