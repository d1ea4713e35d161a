import { useApp } from '../../ui/runtime-context';

/** Local storage could not be opened at all: say why, and offer retry or an in-memory session. */
export function StorageFailure({ message }: { readonly message: string }) {
  const app = useApp();
  return (
    <main className="panel" role="alert">
      <h1>Tandem could not open its local storage</h1>
      <p className="error">{message}</p>
      <p>
        Nothing has been changed or deleted. You can try again (close other Tandem windows first), or continue in
        memory: you can work and export, but changes are not saved on this device.
      </p>
      <div className="buttons">
        <button type="button" onClick={() => void app.boot()}>Try again</button>
        <button type="button" onClick={() => void app.continueWithoutStorage()}>Continue without saving</button>
      </div>
    </main>
  );
}
