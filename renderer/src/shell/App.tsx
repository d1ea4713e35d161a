import { SeedInvalid } from '../features/compact/SeedInvalid';
import { IdentityForm } from '../features/identity/IdentityForm';
import { StorageFailure } from '../features/storage/StorageFailure';
import { WorkspaceScreen } from './WorkspaceScreen';
import { useTandemStore } from '../state/store';
import { useT } from '../ui/i18n/I18nProvider';
import { useOptionalRuntime } from '../ui/runtime-context';

function Opening() {
  return <p className="centered" role="status">{useT()('app.opening')}</p>;
}

export function App() {
  const phase = useTandemStore((state) => state.phase);
  // The workspace screens need an open runtime; between a close and the next open (a reopen under
  // another identity) the app says it is opening.
  const runtime = useOptionalRuntime();
  switch (phase.kind) {
    case 'starting':
      return <Opening />;
    case 'needs-identity':
      return <IdentityForm />;
    case 'storage-failed':
      return <StorageFailure message={phase.message} />;
    case 'seed-invalid':
      return <SeedInvalid errors={phase.errors} />;
    case 'ready':
      return runtime ? <WorkspaceScreen /> : <Opening />;
  }
}
