import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { checkLayers } from '../../../build/layers.mjs';

/**
 * The allowlists of build/layers.mjs hold only if they fail on a violation. Each case writes a
 * small tree (the files it names) into a fresh folder and expects the check to name the file, the
 * line and what is wrong; the clean cases prove the check is not simply failing everything.
 */
const roots: string[] = [];

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'tandem-layers-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const problems = (files: Record<string, string>): string[] => checkLayers(tree(files));

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('layer allowlists', () => {
  const refused: Array<{ name: string; files: Record<string, string>; says: string }> = [
    { name: 'zustand in shared/', files: { 'shared/plan/x.ts': "import { create } from 'zustand';\nexport const f = create;" }, says: "shared/plan/x.ts:1: shared may not import the package 'zustand'" },
    { name: 'docx outside shared/records', files: { 'shared/plan/x.ts': "import { Document } from 'docx';\nexport const f = Document;" }, says: "shared/plan/x.ts:1: shared may not import the package 'docx'" },
    { name: 'ws in the renderer', files: { 'renderer/src/runtime/x.ts': "import WebSocket from 'ws';\nexport const f = WebSocket;" }, says: "renderer/src/runtime/x.ts:1: runtime may not import the package 'ws'" },
    { name: 'dexie in electron/host/', files: { 'electron/host/x.ts': "import Dexie from 'dexie';\nexport const f = Dexie;" }, says: "electron/host/x.ts:1: electron/host may not import the package 'dexie'" },
    { name: 'React in the runtime', files: { 'renderer/src/runtime/x.ts': "import { useState } from 'react';\nexport const f = useState;" }, says: "runtime may not import the package 'react'" },
    { name: 'Dexie in the state', files: { 'renderer/src/state/x.ts': "import Dexie from 'dexie';\nexport const f = Dexie;" }, says: "state may not import the package 'dexie'" },
    { name: 'Dexie in a feature', files: { 'renderer/src/features/a/x.ts': "export const f = () => import('dexie');" }, says: "features may not import the package 'dexie'" },
    {
      name: 'a dynamic import() across layers',
      files: { 'renderer/src/features/a/x.ts': "export const f = () => import('../../../../electron/host/y');", 'electron/host/y.ts': 'export const y = 1;' },
      says: 'renderer/src/features/a/x.ts:1: features may not import electron/host/y.ts',
    },
    {
      name: 'require() across layers',
      files: { 'shared/x.ts': "export const f = require('../renderer/src/state/y');", 'renderer/src/state/y.ts': 'export const y = 1;' },
      says: 'shared/x.ts:1: shared may not import renderer/src/state/y.ts',
    },
    {
      name: 'a type position import across layers',
      files: { 'shared/x.ts': "export type T = import('../electron/host/y').Y;", 'electron/host/y.ts': 'export type Y = number;' },
      says: 'shared/x.ts:1: shared may not import electron/host/y.ts',
    },
    {
      name: 'the runtime importing the state',
      files: { 'renderer/src/runtime/x.ts': "import { useTandemStore } from '../state/store';\nexport const f = useTandemStore;", 'renderer/src/state/store.ts': 'export const useTandemStore = 1;' },
      says: 'renderer/src/runtime/x.ts:1: runtime may not import renderer/src/state/store.ts',
    },
    {
      name: 'a feature importing the shell',
      files: { 'renderer/src/features/a/x.ts': "import type { A } from '../../shell/app';\nexport type B = A;", 'renderer/src/shell/app.ts': 'export type A = 1;' },
      says: 'renderer/src/features/a/x.ts:1: features may not import renderer/src/shell/app.ts',
    },
    {
      name: 'a feature reaching storage by value',
      files: { 'renderer/src/features/a/x.ts': "import { listPeers } from '../../runtime/storage/peers';\nexport const f = listPeers;", 'renderer/src/runtime/storage/peers.ts': 'export const listPeers = 1;' },
      says: 'features may not import renderer/src/runtime/storage/peers.ts (types only',
    },
    {
      name: 're-exports count',
      files: { 'renderer/src/state/x.ts': "export { openDb } from '../runtime/storage/db';", 'renderer/src/runtime/storage/db.ts': 'export const openDb = 1;' },
      says: 'renderer/src/state/x.ts:1: state may not import renderer/src/runtime/storage/db.ts',
    },
    { name: 'an unknown package anywhere', files: { 'renderer/src/shell/x.tsx': "import leftPad from 'left-pad';\nexport const f = leftPad;" }, says: "shell may not import the package 'left-pad'" },
  ];

  it.each(refused)('refuses $name', ({ files, says }) => {
    expect(problems(files).join('\n')).toContain(says);
  });

  it('allows what each layer is given', () => {
    expect(problems({
      'shared/records/docx.ts': "import { Document } from 'docx';\nimport * as Y from 'yjs';\nexport const f = [Document, Y];",
      'renderer/src/runtime/x.ts': "import Dexie from 'dexie';\nimport { f } from '../../../shared/records/docx';\nexport const g = [Dexie, f];",
      'renderer/src/state/s.ts': "import { create } from 'zustand';\nimport type { g } from '../runtime/x';\nexport const s: [typeof create, typeof g] | null = null;",
      'renderer/src/features/a/x.tsx': "import { useState } from 'react';\nimport type { g } from '../../runtime/x';\nimport { s } from '../../state/s';\nexport const h: [typeof useState, typeof g, typeof s] | null = null;",
      'renderer/src/shell/main.tsx': "import { h } from '../features/a/x';\nimport { g } from '../runtime/x';\nexport const m = [h, g];",
      'electron/host/y.ts': "import { readFileSync } from 'node:fs';\nimport path from 'path';\nimport WebSocket from 'ws';\nexport const y = [readFileSync, path, WebSocket];",
    })).toEqual([]);
  });
});

describe('folder cycles in renderer/src', () => {
  it('refuses two features that import each other, naming the route', () => {
    const found = problems({
      'renderer/src/features/board/row.ts': "import { panel } from '../detail/panel';\nexport const row = panel;",
      'renderer/src/features/detail/panel.ts': "import type { Row } from '../board/types';\nexport const panel = 1;",
      'renderer/src/features/board/types.ts': 'export type Row = 1;',
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^folder cycle in renderer\/src: features\/(board → features\/detail → features\/board|detail → features\/board → features\/detail)/);
  });

  it('refuses a longer cycle through a layer root', () => {
    const found = problems({
      'renderer/src/runtime/a.ts': "import { b } from './lan/b';\nexport const a = b;",
      'renderer/src/runtime/lan/b.ts': "import { c } from '../storage/c';\nexport const b = c;",
      'renderer/src/runtime/storage/c.ts': "import type { T } from '../t';\nexport const c = 1;",
      'renderer/src/runtime/t.ts': 'export type T = 1;',
    });
    expect(found.join('\n')).toContain('folder cycle in renderer/src: runtime → runtime/lan → runtime/storage → runtime');
  });

  it('passes a tree whose folders import one way', () => {
    expect(problems({
      'renderer/src/features/board/row.ts': "import { panel } from '../detail/panel';\nexport const row = panel;",
      'renderer/src/features/detail/panel.ts': "import { t } from '../../ui/t';\nexport const panel = t;",
      'renderer/src/ui/t.ts': 'export const t = 1;',
    })).toEqual([]);
  });
});

describe('this repository', () => {
  it('holds to its layers: every import allowed, no folder cycle', () => {
    expect(checkLayers(path.resolve(import.meta.dirname, '../../..'))).toEqual([]);
  });
});
