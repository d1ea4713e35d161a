import { SeedInvalid } from '../features/compact/SeedInvalid';
import { IdentityForm } from '../features/identity/IdentityForm';
import { StorageFailure } from '../features/storage/StorageFailure';
import { WorkspaceScreen } from './WorkspaceScreen';
import { useTandemStore } from '../state/store';

export function App() {
  const phase = useTandemStore((state) => state.phase);
  switch (phase.kind) {
    case 'starting':
      return <p className="centered" role="status">Opening your workspace…</p>;
    case 'needs-identity':
      return <IdentityForm />;
    case 'storage-failed':
      return <StorageFailure message={phase.message} />;
    case 'seed-invalid':
      return <SeedInvalid errors={phase.errors} />;
    case 'ready':
      return <WorkspaceScreen />;
  }
}
