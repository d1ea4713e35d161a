import { OwnerDirectory } from './OwnerDirectory';
import { OwnerMatrixSection } from './OwnerMatrixSection';
import './owners.css';

/** Owner assignments: who leads and supports each initiative and action, and the directory they come from. */
export function OwnersScreen() {
  return (
    <div className="owners-screen">
      <OwnerMatrixSection />
      <OwnerDirectory />
    </div>
  );
}
