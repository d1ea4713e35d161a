import { useTandemStore } from '../../state/store';
import { useT } from '../../ui/i18n/I18nProvider';
import { useCommands } from '../../ui/runtime-context';

export function SaveIndicator() {
  const commands = useCommands();
  const saveState = useTandemStore((state) => state.saveState);
  const mode = useTandemStore((state) => state.storageMode);
  const t = useT();
  if (mode === 'memory') return <p className="save-state warning" role="status">{t('save.memory')}</p>;
  if (saveState.kind === 'failed') {
    return (
      <div className="save-state error" role="alert">
        {saveState.message} <button type="button" onClick={() => void commands.retrySave()}>{t('save.retry')}</button>
      </div>
    );
  }
  return (
    <p className="save-state" role="status" data-testid="save-state">
      {t(saveState.kind === 'saving' ? 'save.saving' : 'save.saved')}
    </p>
  );
}
