import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { deriveActions } from '../../../shared/workspace/action-view';
import { actionsMap, createWorkspaceDoc, institutionsMap, RESERVED_CLIENT_IDS } from '../../../shared/workspace/schema';
import { applySeed, buildSeedParts, buildSeedUpdate, RELEASED_SEEDS, SEED, SEED_CLIENT_IDS } from '../../../shared/workspace/seed-update';
import { loadSeeds, readSeedFiles, SEED_DIR } from '../compact/seed-files';

/** The same JSON with every object's keys in reverse order: the seed bytes must not depend on file layout. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reversedKeys(child)]));
  }
  return value;
}

const compact = loadSeeds();
const seed = buildSeedUpdate(compact);

/** A workspace created on its own laptop: a fresh document with its own random client id, seeded. */
function newWorkspace(): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, seed);
  return doc;
}

describe('the canonical seed update', () => {
  let dir = '';
  let script = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-seed-'));
    script = join(dir, 'print-seed-update.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'fixtures/print-seed-update.ts')],
      bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is byte-identical when built in two separate processes, whatever the time zone, locale and key order', () => {
    const reordered = join(dir, 'reordered');
    for (const [name, content] of Object.entries(readSeedFiles())) {
      mkdirSync(join(reordered, name, '..'), { recursive: true });
      writeFileSync(join(reordered, name), JSON.stringify(reversedKeys(content)));
    }
    const first = execFileSync(process.execPath, [script, SEED_DIR], { encoding: 'utf8', env: { ...process.env, TZ: 'America/New_York', LANG: 'en_US.UTF-8' } });
    const second = execFileSync(process.execPath, [script, reordered], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Jerusalem', LANG: 'he_IL.UTF-8' } });
    expect(first.length).toBeGreaterThan(1000);
    expect(second).toBe(first);
    expect(first).toBe(Buffer.from(seed).toString('hex'));
  });

  it('matches, version by version, what was released under each client id (changed content needs a new version and client id)', () => {
    const parts = buildSeedParts(compact);
    expect(parts.map((part) => part.clientId)).toEqual(SEED_CLIENT_IDS);
    expect(parts.at(-1)).toMatchObject({ version: SEED.version, clientId: SEED.clientId });
    const fingerprints = parts.map((part) => ({ clientId: part.clientId, fingerprint: createHash('sha256').update(part.update).digest('hex') }));
    expect(fingerprints).toEqual(parts.map((part) => ({ clientId: part.clientId, fingerprint: RELEASED_SEEDS.get(part.clientId) })));
    // Released entries are never dropped: every listed client id is still part of the seed.
    expect([...RELEASED_SEEDS.keys()]).toEqual(SEED_CLIENT_IDS);
  });

  it('never lets a live document draw a released seed client id', () => {
    for (const clientId of RELEASED_SEEDS.keys()) expect(RESERVED_CLIENT_IDS.has(clientId)).toBe(true);
  });

  it('is written by the seed versions’ fixed client ids only, each part by its own', () => {
    const { structs } = Y.decodeUpdate(seed);
    expect(new Set(structs.map((struct) => struct.id.client))).toEqual(new Set(SEED_CLIENT_IDS));
    for (const part of buildSeedParts(compact)) {
      expect(new Set(Y.decodeUpdate(part.update).structs.map((struct) => struct.id.client))).toEqual(new Set([part.clientId]));
    }
  });

  it('holds the owner directory and the draft plan', () => {
    const doc = newWorkspace();
    expect(institutionsMap(doc).size).toBe(compact.institutions.length);
    expect(deriveActions(doc).map((action) => action.id).sort()).toEqual(compact.plan.map((draft) => draft.id).sort());
  });

  it('applied twice, or to a workspace that has it, changes nothing', () => {
    const doc = newWorkspace();
    const before = Y.encodeStateAsUpdate(doc);
    let updates = 0;
    doc.on('update', () => updates++);
    applySeed(doc, seed);
    expect(updates).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('lets two independently created workspaces merge holding every edit and no duplicate record', () => {
    const washington = newWorkspace();
    const telAviv = newWorkspace();
    const [first, second] = compact.plan;
    editActionTitle(washington, first!.id, `${first!.title} (U.S. draft)`);
    setActionStatus(telAviv, first!.id, 'agreed');
    editActionTitle(telAviv, second!.id, 'Reworded in Tel Aviv');
    const added = addAction(washington, { title: 'Brief the Knesset committee' });

    Y.applyUpdate(washington, Y.encodeStateAsUpdate(telAviv, Y.encodeStateVector(washington)));
    Y.applyUpdate(telAviv, Y.encodeStateAsUpdate(washington, Y.encodeStateVector(telAviv)));

    const views = deriveActions(washington);
    expect(deriveActions(telAviv)).toEqual(views);
    expect(views).toHaveLength(compact.plan.length + 1);
    expect(new Set(views.map((view) => view.id)).size).toBe(views.length);
    const byId = new Map(views.map((view) => [view.id, view]));
    expect(byId.get(first!.id)).toMatchObject({ title: `${first!.title} (U.S. draft)`, status: 'agreed' });
    expect(byId.get(second!.id)?.title).toBe('Reworded in Tel Aviv');
    expect(byId.get(added)?.title).toBe('Brief the Knesset committee');
    expect(actionsMap(washington).size).toBe(compact.plan.length + 1);
    expect(institutionsMap(washington).size).toBe(compact.institutions.length);
  });
});
