// Lint, and the layer rules of the design brief ("Architecture") as errors (VS Code's `code-layering`
// idea with ESLint's own rules). Each file matches exactly one config object carrying its layer's
// no-restricted-imports: ESLint does not merge rule options across objects, the last match wins.
// tests/unit/lint/layer-rules.test.ts proves each rule fails on a violation.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node builtins, bare ('fs', 'fs/promises', …); the 'node:' form is caught by a regex below. */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_') && !name.startsWith('node:'));

const restrict = (names, message) => names.map((name) => ({ name, message }));

const NO_NODE = [
  ...restrict(NODE_BUILTINS, 'Node builtins belong in electron/host/ (the Node layer).'),
];
const NO_NODE_PATTERN = { regex: '^node:', message: 'Node builtins belong in electron/host/ (the Node layer).' };
const NO_ELECTRON = restrict(['electron'], 'Only electron/main.ts, preload.ts and their helpers import Electron.');
const NO_ELECTRON_PATTERN = { regex: '^electron/', message: 'Only electron/*.ts imports Electron.' };
const NO_REACT = restrict(['react', 'react-dom'], 'React is the renderer’s; this layer has no UI.');
const NO_REACT_PATTERN = { regex: '^react(-dom)?/', message: 'React is the renderer’s; this layer has no UI.' };
/** Relative imports into another layer's folder, at any depth: '../renderer', '../../electron/host/x'. */
const layerPattern = (folder, message) => ({ regex: `(^|/)${folder}(/|$)`, message });
const NO_RENDERER_PATTERN = layerPattern('renderer', 'renderer/ is the UI layer; nothing below it imports it.');

/**
 * For a file `depth` folders below electron/host/: imports that land in electron/ itself (the
 * Electron shell: '../main', '../ipc-handlers', '..', or '../../electron/preload' by name),
 * while '../../shared/…' and electron/host/'s own files stay allowed.
 */
const SHELL_MESSAGE = 'electron/host/ is the Node layer under the Electron shell; it must not import electron/*.ts (main, preload, ipc-handlers…).';
const noShellPatterns = (depth) => [
  { regex: `^(\\./)?(\\.\\./){${depth}}\\.\\.(/|$)(?!\\.\\.(/|$)|host(/|$))`, message: SHELL_MESSAGE },
  { regex: '/electron(/(?!host(/|$))|/?$)', message: SHELL_MESSAGE },
];

/**
 * Yjs internals (underscore fields, the store's pending queues, item classes and ids) are read in
 * shared/yjs/ only: internals.ts (conflict detection, attribution, undo; its assumptions checked by
 * tests/unit/yjs/internals.test.ts against the pinned Yjs) and structs.ts (the semantic gate's view
 * of decoded structs and the struct store). Anywhere else they would break silently on an upgrade.
 */
const YJS_INTERNALS_MESSAGE = 'Yjs internals are read only in shared/yjs/ (internals.ts: keyHistory, textRuns, placementOf, …; structs.ts); add what you need there.';
const YJS_INTERNALS = [
  { selector: 'MemberExpression[property.name=/^(_map|_start|_item|_length|_eH|_dEH|pendingStructs|pendingDs|parentSub)$/]', message: YJS_INTERNALS_MESSAGE },
  { selector: "MemberExpression[object.name='Y'][property.name=/^(Item|GC|Skip|AbstractStruct|Content[A-Z]\\w*|createID|findIndexSS|getItem)$/]", message: YJS_INTERNALS_MESSAGE },
  { selector: "TSQualifiedName[left.name='Y'][right.name=/^(Item|GC|Skip|AbstractStruct|ID|Content[A-Z]\\w*)$/]", message: YJS_INTERNALS_MESSAGE },
];

export default defineConfig(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  // TypeScript checks names in .ts files (and knows each layer's globals from its tsconfig);
  // no-undef would only duplicate it there. The plain .mjs/.js scripts run in Node.
  { files: ['**/*.{ts,tsx}'], rules: { 'no-undef': 'off' } },
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },

  // shared/: pure TypeScript. No DOM, Node, React, Electron, storage or transport.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NO_NODE,
            ...NO_ELECTRON,
            ...NO_REACT,
            ...restrict(['dexie', 'y-webrtc'], 'Storage and transport live in renderer/; shared/ works on the Y.Doc only.'),
          ],
          patterns: [
            NO_NODE_PATTERN,
            NO_ELECTRON_PATTERN,
            NO_REACT_PATTERN,
            { regex: '^(dexie|y-webrtc)/', message: 'Storage and transport live in renderer/.' },
            NO_RENDERER_PATTERN,
            layerPattern('electron', 'electron/ is the host layer; shared/ imports nothing outside itself.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location'].map((name) => ({
          name,
          message: 'shared/ has no DOM: take what you need as a parameter.',
        })),
        ...['process', 'Buffer', 'require', 'global', '__dirname', '__filename'].map((name) => ({
          name,
          message: 'shared/ has no Node: take what you need as a parameter.',
        })),
      ],
    },
  },

  // renderer/: browser code. Reaches the host only through the HostApi the shell connects (runtime/host/bridge.ts).
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NO_NODE, ...NO_ELECTRON],
          patterns: [
            NO_NODE_PATTERN,
            NO_ELECTRON_PATTERN,
            layerPattern('electron', 'The renderer reaches the host through the HostApi (runtime.host, connected in renderer/src/runtime/host/bridge.ts), never by import.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', 'global', '__dirname', '__filename'].map((name) => ({
          name,
          message: 'The renderer has no Node; ask the host through runtime.host.',
        })),
      ],
    },
  },

  // electron/host/: Node services shared by Electron main and browser mode. No Electron, no UI,
  // and not the shell around it (electron/*.ts: main, preload, ipc-handlers…), which imports
  // Electron itself. It may import shared/ and its own folder. The relative climb into electron/
  // depends on how deep the file sits, so there is one object per depth (globs that never overlap).
  ...[0, 1, 2, 3].map((depth) => ({
    files: [`electron/host/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NO_ELECTRON, ...NO_REACT],
          patterns: [NO_ELECTRON_PATTERN, NO_REACT_PATTERN, NO_RENDERER_PATTERN, ...noShellPatterns(depth)],
        },
      ],
    },
  })),
  // Yjs internals: one module (see YJS_INTERNALS). Application code only; tests may probe Yjs directly.
  {
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    ignores: ['shared/yjs/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...YJS_INTERNALS] },
  },
  // electron/*.ts: the thin shell. Electron and shared/, never the UI.
  {
    files: ['electron/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...NO_REACT], patterns: [NO_REACT_PATTERN, NO_RENDERER_PATTERN] },
      ],
    },
  },
);
