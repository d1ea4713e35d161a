import { describe, expect, it } from 'vitest';
import type { Identity } from '../../../shared/identity/identity';
import { loadSeeds } from '../compact/seed-files';
import { authorOf } from '../../../shared/workspace/authors';
import { LOCAL_ORIGIN, createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../../shared/workspace/seed-update';
import { createUndoManager } from '../../../shared/workspace/undo';
import { actionContent, actionItem, agreementOf, signOffsMap } from '../../../shared/workspace/agreement/sign-offs';
import { createCommands } from '../../../renderer/src/runtime/commands';
import type { WorkspaceSession } from '../../../renderer/src/runtime/workspace-session';

const COMPACT = loadSeeds();
const SEED = buildSeedUpdate(COMPACT);
const DRAFT = 'plan-ai1-first-challenge-call';
const JANE: Identity = { name: 'Jane Miller', delegation: 'us', role: 'delegate' };
const OLGA: Identity = { name: 'Olga Observer', delegation: 'israel', role: 'observer' };

function commandsFor(identity: Identity) {
  const doc = createWorkspaceDoc();
  applySeed(doc, SEED);
  const session = { doc, undo: createUndoManager(doc) } as unknown as WorkspaceSession;
  const notices: (string | null)[] = [];
  const origins: unknown[] = [];
  doc.on('afterTransaction', (transaction) => origins.push(transaction.origin));
  const commands = createCommands({ session, identity, compact: COMPACT, setNotice: (notice) => notices.push(notice) });
  return { doc, commands, notices, origins };
}

describe('signing from the runtime', () => {
  it('is one local transaction that records the sign-off for the signer’s own delegation and who wrote it', () => {
    const { doc, commands, origins } = commandsFor(JANE);
    const seen = actionContent(doc, DRAFT)!;
    origins.length = 0;
    expect(commands.signAction(DRAFT, 'agreed', seen, null)).toBe(true);
    expect(origins).toEqual([LOCAL_ORIGIN]);
    const agreement = agreementOf(doc, actionItem(DRAFT), actionContent(doc, DRAFT)!);
    expect(agreement.sides.us).toMatchObject({ state: 'agreed', latest: { signer: JANE, client: String(doc.clientID) } });
    expect(agreement.sides.israel.state).toBe('none');
    expect(authorOf(doc, doc.clientID)).toEqual(JANE);
  });

  it('refuses an observer with the observers’ sentence, and writes nothing', () => {
    const { doc, commands } = commandsFor(OLGA);
    const refusals: string[] = [];
    expect(commands.signAction(DRAFT, 'agreed', actionContent(doc, DRAFT)!, null, (reason) => refusals.push(reason))).toBe(false);
    expect(refusals).toEqual(['Observers can see everything but edit nothing.']);
    expect(signOffsMap(doc).size).toBe(0);
  });

  it('refuses a reservation without its reason, and writes nothing', () => {
    const { doc, commands } = commandsFor(JANE);
    const refusals: string[] = [];
    expect(commands.signAction(DRAFT, 'reserved', actionContent(doc, DRAFT)!, '  ', (reason) => refusals.push(reason))).toBe(false);
    expect(refusals[0]).toMatch(/reason/);
    expect(signOffsMap(doc).size).toBe(0);
  });
});
