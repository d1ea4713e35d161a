import { Sparkles, X } from 'lucide-react';

/** The sidebar's invitation to the tour, shown until the tour is taken or dismissed on this laptop. */
export function TourInvite({ onStart, onDismiss }: { readonly onStart: () => void; readonly onDismiss: () => void }) {
  return (
    <section className="tour-invite" aria-label="New to Tandem?">
      <p className="tour-invite-title"><Sparkles aria-hidden="true" size={14} /> New to Tandem?</p>
      <p className="tour-invite-text">A one-minute tour of the plan, meetings, sync and review.</p>
      <div className="tour-invite-buttons">
        <button type="button" onClick={onStart}>Take the tour</button>
        <button type="button" className="tour-invite-close" onClick={onDismiss} aria-label="Dismiss the tour invitation"><X aria-hidden="true" size={14} /></button>
      </div>
    </section>
  );
}
