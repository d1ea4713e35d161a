import { useTandemStore } from '../../state/store';
import { useCommands } from '../../ui/runtime-context';

export function SaveIndicator() {
  const commands = useCommands();
  const saveState = useTandemStore((state) => state.saveState);
  const mode = useTandemStore((state) => state.storageMode);
  if (mode === 'memory') return <p className="save-state warning" role="status">Not saved on this device</p>;
  if (saveState.kind === 'failed') {
    return (
      <div className="save-state error" role="alert">
        {saveState.message} <button type="button" onClick={() => void commands.retrySave()}>Retry now</button>
      </div>
    );
  }
  return (
    <p className="save-state" role="status" data-testid="save-state">
      {saveState.kind === 'saving' ? 'Saving…' : 'All changes saved'}
    </p>
  );
}
