import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules hold only if lint fails on a violation. Each case lints a snippet as if it were
 * a file in that folder (the file need not exist) and expects no-restricted-imports or
 * no-restricted-globals; the clean cases prove the rules are not simply failing everything.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: repoRoot });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const violations: Array<{ file: string; code: string; rule: string }> = [
  { file: 'shared/probe.ts', code: "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;", rule: 'no-restricted-imports' },
  { file: 'shared/probe.ts', code: "import { readFile } from 'node:fs/promises';\nexport const f = readFile;", rule: 'no-restricted-imports' },
  { file: 'shared/probe.ts', code: "import fs from 'fs';\nexport const f = fs;", rule: 'no-restricted-imports' },
  { file: 'shared/probe.ts', code: "import { join } from 'path';\nexport const f = join;", rule: 'no-restricted-imports' },
  { file: 'shared/probe.ts', code: "import { ipcRenderer } from 'electron';\nexport const f = ipcRenderer;", rule: 'no-restricted-imports' },
  { file: 'shared/probe.ts', code: "import { useState } from 'react';\nexport const f = useState;", rule: 'no-restricted-imports' },
  { file: 'shared/probe.ts', code: "import Dexie from 'dexie';\nexport const f = Dexie;", rule: 'no-restricted-imports' },
  { file: 'shared/sub/probe.ts', code: "import { getHost } from '../../renderer/src/host/bridge';\nexport const f = getHost;", rule: 'no-restricted-imports' },
  { file: 'shared/sub/probe.ts', code: "import { x } from '../../electron/host/host-services';\nexport const f = x;", rule: 'no-restricted-imports' },
  { file: 'shared/probe.ts', code: 'export const w = window.innerWidth;', rule: 'no-restricted-globals' },
  { file: 'shared/probe.ts', code: "export const d = document.createElement('div');", rule: 'no-restricted-globals' },
  { file: 'shared/probe.ts', code: 'export const e = process.env.HOME;', rule: 'no-restricted-globals' },
  { file: 'renderer/src/probe.ts', code: "import { ipcRenderer } from 'electron';\nexport const f = ipcRenderer;", rule: 'no-restricted-imports' },
  { file: 'renderer/src/probe.ts', code: "import path from 'node:path';\nexport const f = path;", rule: 'no-restricted-imports' },
  { file: 'renderer/src/probe.ts', code: "import { createHostServices } from '../../electron/host/host-services';\nexport const f = createHostServices;", rule: 'no-restricted-imports' },
  { file: 'renderer/src/probe.tsx', code: "import os from 'os';\nexport const f = os;", rule: 'no-restricted-imports' },
  { file: 'electron/host/probe.ts', code: "import { app } from 'electron';\nexport const f = app;", rule: 'no-restricted-imports' },
  { file: 'electron/host/probe.ts', code: "import { getHost } from '../../renderer/src/host/bridge';\nexport const f = getHost;", rule: 'no-restricted-imports' },
  // electron/host/ is below the Electron shell: none of electron/*.ts, however it is spelled.
  ...["'../main'", "'../ipc-handlers'", "'../preload'", "'../close-flush'", "'..'", "'./../main'", "'../../electron/main'", "'../hostile'"].map((spec) => ({
    file: 'electron/host/probe.ts',
    code: `import * as shell from ${spec};\nexport const f = shell;`,
    rule: 'no-restricted-imports',
  })),
  { file: 'electron/host/sub/probe.ts', code: "import * as shell from '../../main';\nexport const f = shell;", rule: 'no-restricted-imports' },
  { file: 'electron/host/probe.ts', code: "export { registerIpcHandlers } from '../ipc-handlers';", rule: 'no-restricted-imports' },
  { file: 'electron/probe.ts', code: "import { createRoot } from 'react-dom/client';\nexport const f = createRoot;", rule: 'no-restricted-imports' },
];

describe('layer rules', () => {
  it.each(violations)('$file fails $rule on: $code', async ({ file, code, rule }) => {
    expect(await layerErrors(file, code)).toContain(rule);
  });

  it('passes a clean shared/ file importing yjs and its own folder', async () => {
    const code = "import * as Y from 'yjs';\nimport { sanitizeExportName } from '../host/export-name';\nexport const make = () => [new Y.Doc(), sanitizeExportName('x')];\n";
    expect(await layerErrors('shared/workspace/probe.ts', code)).toEqual([]);
  });

  it('lets electron/host/ use Node and shared/, and electron/*.ts use Electron', async () => {
    expect(await layerErrors('electron/host/probe.ts', "import path from 'node:path';\nimport { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';\nexport const f = [path, CONTENT_SECURITY_POLICY];\n")).toEqual([]);
    expect(await layerErrors('electron/host/probe.ts', "import { resolveStaticFile } from './static-files';\nimport { HOST_CHANNELS } from '../../shared/host/host-api';\nimport { x } from '../../electron/host/export-file';\nexport const f = [resolveStaticFile, HOST_CHANNELS, x];\n")).toEqual([]);
    expect(await layerErrors('electron/host/sub/probe.ts', "import { resolveStaticFile } from '../static-files';\nimport { HOST_CHANNELS } from '../../../shared/host/host-api';\nexport const f = [resolveStaticFile, HOST_CHANNELS];\n")).toEqual([]);
    expect(await layerErrors('electron/probe.ts', "import { app } from 'electron';\nimport { createHostServices } from './host/host-services';\nexport const f = [app, createHostServices];\n")).toEqual([]);
  });
});

describe('circular-import check (build/check-cycles.mjs, as run by npm run lint)', () => {
  let fixture: string;
  beforeAll(() => {
    fixture = mkdtempSync(path.join(tmpdir(), 'tandem-cycles-'));
    writeFileSync(path.join(fixture, 'a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
    writeFileSync(path.join(fixture, 'b.ts'), "import { a } from './a';\nexport const b = () => a();\n");
    writeFileSync(path.join(fixture, 'c.ts'), "import { d } from './d';\nexport const c = () => d();\n");
    writeFileSync(path.join(fixture, 'd.ts'), 'export const d = () => 1;\n');
    // A cycle through type-only imports costs nothing at runtime and is allowed.
    writeFileSync(path.join(fixture, 'e.ts'), "import type { F } from './f';\nexport type E = { f?: F };\n");
    writeFileSync(path.join(fixture, 'f.ts'), "import type { E } from './e';\nexport type F = { e?: E };\n");
  });
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  const check = (...files: string[]) =>
    spawnSync(process.execPath, [path.join(repoRoot, 'build/check-cycles.mjs'), '--cwd', fixture, ...files], { encoding: 'utf8' });

  it('exits non-zero and names the files on a cycle', () => {
    const result = check('a.ts', 'b.ts');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/a\.ts/);
    expect(result.stdout).toMatch(/b\.ts/);
  });

  it('exits zero on an acyclic graph and on a type-only cycle', () => {
    expect(check('c.ts', 'd.ts').status).toBe(0);
    expect(check('e.ts', 'f.ts').status).toBe(0);
  });
});
