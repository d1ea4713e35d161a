import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Yjs internals are read in shared/yjs/internals.ts only (eslint.config.js, YJS_INTERNALS). Each
 * case lints a snippet as if it were a file at that path (the file need not exist).
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: repoRoot });

async function rulesFired(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const header = "import * as Y from 'yjs';\n";
const probes = [
  'export const f = (m: Y.Map<unknown>) => m._map.get("k");',
  'export const f = (t: Y.Text) => t._start;',
  'export const f = (t: Y.Map<unknown>) => t._item?.parent;',
  'export const f = (d: Y.Doc) => d.store.pendingStructs;',
  'export const f = (d: Y.Doc) => d.store.pendingDs;',
  'export const f = (x: unknown) => x instanceof Y.Item;',
  'export const f = (x: unknown) => x instanceof Y.ContentAny;',
  'export const f = () => Y.createID(1, 2);',
  'export type T = Y.Item;',
  'export type T = Y.ID;',
];

describe('Yjs internals outside shared/yjs/internals.ts', () => {
  it.each(probes.flatMap((code) => ['shared/review/probe.ts', 'renderer/src/probe.ts', 'electron/host/probe.ts'].map((file) => ({ file, code }))))(
    '$file: $code is refused',
    async ({ file, code }) => {
      expect(await rulesFired(file, header + code)).toContain('no-restricted-syntax');
    },
  );

  it('are allowed in shared/yjs/internals.ts itself', async () => {
    for (const code of probes) expect(await rulesFired('shared/yjs/internals.ts', header + code)).not.toContain('no-restricted-syntax');
  });

  it('leave the public API alone (maps, texts, transactions, origins)', async () => {
    const code = `${header}export const f = (d: Y.Doc, t: Y.Transaction) => [d.getMap('a').get('k'), t.origin, new Y.Text('x').toString(), Y.encodeStateAsUpdate(d)];\n`;
    expect(await rulesFired('shared/review/probe.ts', code)).toEqual([]);
  });
});
