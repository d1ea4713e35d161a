import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bundleContentOf, writeBundle } from '../../../shared/bundle/write-bundle';
import { addAction } from '../../../shared/workspace/actions';
import { actionsMap, createWorkspaceDoc } from '../../../shared/workspace/schema';
import { applySeed } from '../../../shared/workspace/seed-update';
import { HOSTILE, attack } from '../sync/gate-cases';
import { AVI, SEED_UPDATE } from './laptops';

/**
 * The inspector on files whose envelope is valid and whose content the semantic gate refuses: it
 * prints the envelope, says on one line which rule and why, and exits 4 (EXIT_REFUSED_CONTENT),
 * the same verdict the import preview and the merge give (semantic-gate.test.ts). Its own copy
 * of the inspector bundle, so it never races bundle-cli.test.ts rebuilding dist/electron/bundle.cjs.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const OUT = 'dist/test-gate/bundle.cjs';
const NOW = new Date('2026-07-04T12:00:00.000Z');
let dir: string;

beforeAll(async () => {
  // build/node-entries.mjs, the build's own esbuild settings (plain JS: imported by path, typed here).
  const entries = path.join(ROOT, 'build/node-entries.mjs');
  const { bundleNodeEntry } = (await import(entries)) as { bundleNodeEntry(root: string, entry: { entry: string; out: string; external: string[] }): Promise<void> };
  await bundleNodeEntry(ROOT, { entry: 'electron/host/bundle/cli.ts', out: OUT, external: [] });
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-bundle-gate-'));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function inspect(name: string, bytes: Uint8Array) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const result = spawnSync(process.execPath, [path.join(ROOT, OUT), 'inspect', file], { encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function seeded(): Y.Doc {
  const doc = createWorkspaceDoc();
  applySeed(doc, SEED_UPDATE);
  return doc;
}

describe('npm run bundle -- inspect on refused content', () => {
  const cases = HOSTILE.filter((hostile) => ['the wipe: an update that only deletes every action', 'a numeric title', 'a 100,000-character title', '2 MB under an unknown root'].includes(hostile.name));

  it.each(cases)('$name: envelope printed, one line naming the rule’s reason, exit 4', async (hostile) => {
    const made = attack(seeded(), 88_888_888, hostile.edit);
    const file = await writeBundle(bundleContentOf(made.doc, { ...AVI, clientId: 88_888_888 }, made.before, NOW));
    const { code, stdout, stderr } = inspect('hostile.tandem', file);
    expect(code).toBe(4);
    expect(stdout).toContain('Tandem sync file hostile.tandem');
    expect(stdout).not.toContain('What it would change');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tandem bundle: content refused: the file “hostile.tandem” /);
    expect(lines[0]).toMatch(hostile.reason);
  });

  it('a good file still exits 0, and a file whose header misstates its payload exits 4', async () => {
    const avi = seeded();
    addAction(avi, { title: 'Joint compute credits' }, NOW);
    const content = bundleContentOf(avi, { ...AVI, clientId: avi.clientID }, null, NOW);
    expect(inspect('good.tandem', await writeBundle(content)).code).toBe(0);
    const vector = Y.decodeStateVector(content.stateVector);
    vector.set(avi.clientID, 1);
    const misstated = inspect('misstated.tandem', await writeBundle({ ...content, stateVector: Y.encodeStateVector(vector) }));
    expect(misstated.code).toBe(4);
    expect(misstated.stderr).toMatch(/^tandem bundle: content refused: the file’s header says it holds Yjs client \d+ up to clock 1, but its content goes on to clock \d+\.\n$/);
    expect(actionsMap(avi).size).toBeGreaterThan(0);
  });
});
