/** A seeded workspace and its owner matrix, as the Owners screen derives it. */
import * as Y from 'yjs';
import { deriveOwnerMatrix } from '../../../shared/plan/owner-matrix';
import { deriveActions } from '../../../shared/workspace/action-view';
import { deriveInstitutions } from '../../../shared/workspace/institution-view';
import { deriveInitiativeOwners, derivePeople } from '../../../shared/workspace/owner-view';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { loadSeeds } from '../compact/seed-files';

export const compact = loadSeeds();
const seed = buildSeedUpdate(compact);

export function seededDoc(): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, seed);
  return doc;
}

export function viewsOf(doc: Y.Doc) {
  const directory = deriveInstitutions(doc);
  const rows = deriveOwnerMatrix(compact, deriveInitiativeOwners(doc), deriveActions(doc), directory);
  return { directory, rows, people: derivePeople(doc) };
}
