import { useApp } from '../../ui/runtime-context';
import { useT } from '../../ui/i18n/I18nProvider';

/** Local storage could not be opened at all: say why, and offer retry or an in-memory session. */
export function StorageFailure({ message }: { readonly message: string }) {
  const app = useApp();
  const t = useT();
  return (
    <main className="panel" role="alert">
      <h1>{t('data.storage.failTitle')}</h1>
      <p className="error">{message}</p>
      <p>{t('data.storage.failBody')}</p>
      <div className="buttons">
        <button type="button" onClick={() => void app.boot()}>{t('data.storage.retry')}</button>
        <button type="button" onClick={() => void app.continueWithoutStorage()}>{t('data.storage.continue')}</button>
      </div>
    </main>
  );
}
