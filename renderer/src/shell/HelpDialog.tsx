import { useId } from 'react';
import { useModalDialog } from '../ui/use-modal-dialog';
import { keyLabel, onMac, SHORTCUTS } from './shortcuts';
import { useT } from '../ui/i18n/I18nProvider';
import { useViewText } from './view-text';
import { viewsByGroup } from './views';

/** The keyboard help (`?`): every shortcut, and one line on what each view is for. */
export function HelpDialog({ onClose }: { readonly onClose: () => void }) {
  const dialog = useModalDialog('[data-initial-focus]');
  const headingId = useId();
  const mac = onMac();
  const t = useT();
  const text = useViewText();
  return (
    <dialog ref={dialog} className="help-dialog" aria-labelledby={headingId} data-testid="help-dialog"
      onCancel={(event) => { event.preventDefault(); onClose(); }}>
      <header className="help-header">
        <h2 id={headingId}>{t('help.title')}</h2>
        <button type="button" className="secondary" onClick={onClose} data-initial-focus>{t('help.close')}</button>
      </header>
      <div className="help-columns">
        <div>
          {SHORTCUTS.map((section) => (
            <section key={section.heading} aria-label={t(section.heading)}>
              <h3>{t(section.heading)}</h3>
              <dl className="help-shortcuts">
                {section.shortcuts.map((shortcut) => (
                  <div key={shortcut.what} className="help-row">
                    <dt>
                      {shortcut.chords.map((chord, index) => (
                        <span key={chord.join('+')} className="help-chord">
                          {index > 0 && <span className="help-or"> {t('help.or')} </span>}
                          {chord.map((key) => <kbd key={key}>{keyLabel(key, mac)}</kbd>)}
                        </span>
                      ))}
                    </dt>
                    <dd>{t(shortcut.what)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <section aria-label={t('help.views')}>
          <h3>{t('help.views')}</h3>
          {viewsByGroup().map(({ group, views }) => (
            <div key={group}>
              <h4>{text.group(group)}</h4>
              <dl className="help-views">
                {views.map((id) => (
                  <div key={id} className="help-row">
                    <dt>{text.label(id)}</dt>
                    <dd>{text.hint(id)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </section>
      </div>
    </dialog>
  );
}
