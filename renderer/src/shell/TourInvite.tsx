import { Sparkles, X } from 'lucide-react';
import { useT } from '../ui/i18n/I18nProvider';

/** The sidebar's invitation to the tour, shown until the tour is taken or dismissed on this laptop. */
export function TourInvite({ onStart, onDismiss }: { readonly onStart: () => void; readonly onDismiss: () => void }) {
  const t = useT();
  return (
    <section className="tour-invite" aria-label={t('tour.invite.heading')}>
      <p className="tour-invite-title"><Sparkles aria-hidden="true" size={14} /> {t('tour.invite.heading')}</p>
      <p className="tour-invite-text">{t('tour.invite.text')}</p>
      <div className="tour-invite-buttons">
        <button type="button" onClick={onStart}>{t('tour.invite.start')}</button>
        <button type="button" className="tour-invite-close" onClick={onDismiss} aria-label={t('tour.invite.dismiss')}><X aria-hidden="true" size={14} /></button>
      </div>
    </section>
  );
}
