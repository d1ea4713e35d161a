import { SeedInvalid } from '../features/compact/SeedInvalid';
import { IdentityForm } from '../features/identity/IdentityForm';
import { StorageFailure } from '../features/storage/StorageFailure';
import { WorkspaceScreen } from './WorkspaceScreen';
import { useTandemStore } from '../state/store';
import { useOptionalRuntime } from '../ui/runtime-context';

const opening = <p className="centered" role="status">Opening your workspace…</p>;

export function App() {
  const phase = useTandemStore((state) => state.phase);
  // The workspace screens need an open runtime; between a close and the next open (a reopen under
  // another identity) the app says it is opening.
  const runtime = useOptionalRuntime();
  switch (phase.kind) {
    case 'starting':
      return opening;
    case 'needs-identity':
      return <IdentityForm />;
    case 'storage-failed':
      return <StorageFailure message={phase.message} />;
    case 'seed-invalid':
      return <SeedInvalid errors={phase.errors} />;
    case 'ready':
      return runtime ? <WorkspaceScreen /> : opening;
  }
}
