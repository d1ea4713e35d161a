// The layer rules of the design brief as allowlists, and the check that holds the code to them.
// Each layer says which folders it may import from and which npm packages; anything not listed is
// refused, so an import nobody thought of fails (a denylist would let it pass). Every kind of
// import counts: static, `import type`, `export … from`, dynamic `import()`, `require()`, and type
// positions (`import('x').T`).
//
// Inside renderer/src the folders must also form no cycle: each layer's root and each folder right
// under a layer (features/board, runtime/lan, …) is a unit, and the graph of imports between units
// must be acyclic. A file-level cycle check (dpdm) does not see folder-level cycles.
//
// Why by hand: dependency-cruiser (which has `allowed` rules) needs Node 22 and we are on 20;
// eslint-plugin-boundaries resolves TypeScript paths only with an extra resolver and checks no
// folder cycles. This file is ~200 lines, has no dependency beyond TypeScript, and is proven by
// tests/unit/lint/layer-graph.test.ts, which builds small trees that break each rule.
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const NODE = [...builtinModules.filter((name) => !name.startsWith('_')), ...builtinModules.map((name) => `node:${name}`)];
const SHARED_PACKAGES = ['yjs', 'lib0', 'y-protocols', 'fractional-indexing'];

/**
 * The layers, most specific first: a file belongs to the first layer whose `files` prefix it has.
 * `may`: folder prefixes its imports may land in (its own included). `types`: prefixes it may import
 * types from only. `packages`: npm packages (a package's subpaths included).
 */
export const LAYERS = [
  { name: 'shared/records', files: 'shared/records/', may: ['shared/'], packages: [...SHARED_PACKAGES, 'docx'] },
  { name: 'shared', files: 'shared/', may: ['shared/'], packages: SHARED_PACKAGES },
  // The runtime: live resources, storage, transport, the host bridge. No React, no UI state.
  { name: 'runtime', files: 'renderer/src/runtime/', may: ['shared/', 'renderer/src/runtime/'], packages: [...SHARED_PACKAGES, 'dexie', '@hocuspocus/provider'] },
  // The zustand store: views and UI state. Knows the runtime's types and constants, no storage.
  { name: 'state', files: 'renderer/src/state/', may: ['shared/', 'renderer/src/state/'], types: ['renderer/src/runtime/'], packages: ['zustand', 'react'] },
  // Shared React pieces: the runtime context, hooks and components every feature may use.
  // lucide-react: the one icon set every layer of the UI draws from. react-intl: the interface's
  // messages (ICU), dates and numbers in the chosen language (ui/i18n).
  // React Aria Components and @internationalized/date: the shared DateField (locale-aware segments,
  // calendar picker, ISO in and out); features use the field, not the packages.
  { name: 'ui', files: 'renderer/src/ui/', may: ['shared/', 'renderer/src/ui/', 'renderer/src/state/'], types: ['renderer/src/runtime/'], packages: ['react', 'react-dom', 'lucide-react', 'react-intl', 'react-aria-components', '@internationalized/date'] },
  // Features reach the runtime through context (types here), never storage or the host directly.
  {
    name: 'features', files: 'renderer/src/features/',
    may: ['shared/', 'renderer/src/features/', 'renderer/src/ui/', 'renderer/src/state/', 'renderer/src/runtime/backup-format', 'renderer/src/runtime/backups'],
    types: ['renderer/src/runtime/'],
    // cmdk: the command palette (features/palette), keyboard filtering and combobox ARIA done right.
    // TipTap: the minutes editor (features/meetings), bound to the workspace's Yjs fragment.
    // TanStack Virtual: windowed lists (the board's long lanes, the plan list, the owner matrix's rows and columns), measured rows, no layout imposed.
    packages: ['react', 'react-dom', 'lucide-react', 'react-intl', 'cmdk', '@tanstack/react-virtual', '@tiptap/react', '@tiptap/starter-kit', '@tiptap/extension-collaboration', '@tiptap/extension-collaboration-caret'],
  },
  { name: 'shell', files: 'renderer/src/shell/', may: ['shared/', 'renderer/src/'], packages: ['react', 'react-dom', 'lucide-react', 'react-intl'] },
  { name: 'renderer', files: 'renderer/', may: ['shared/', 'renderer/'], packages: ['react', 'react-dom'] },
  // sqlite3: the relay's SQLite file, written through the extension's own connection (relay/durable-sqlite.ts awaits each write).
  { name: 'electron/host', files: 'electron/host/', may: ['shared/', 'electron/host/'], packages: [...NODE, 'ws', 'yjs', '@hocuspocus/server', '@hocuspocus/extension-sqlite', '@hocuspocus/extension-redis', 'sqlite3'] },
  { name: 'electron', files: 'electron/', may: ['shared/', 'electron/'], packages: [...NODE, 'electron', 'ws', 'yjs'] },
];

const CHECKED = ['shared', 'renderer', 'electron'];
const SOURCE = /\.(ts|tsx|mts|cts)$/;

export function layerOf(file) {
  return LAYERS.find((layer) => file.startsWith(layer.files)) ?? null;
}

/** Every import of one file: { spec, typeOnly, line }. */
export function importsOf(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const add = (literal, typeOnly) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    const line = source.getLineAndCharacterOfPosition(literal.getStart()).line + 1;
    found.push({ spec: literal.text, typeOnly, line });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      add(node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function packageOf(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function resolveRelative(root, fromFile, spec) {
  const base = path.resolve(root, path.dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.d.ts`, path.join(base, 'index.ts'), `${base.replace(/\.js$/, '')}.ts`]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return path.relative(root, candidate).split(path.sep).join('/');
  }
  return path.relative(root, base).split(path.sep).join('/');
}

/** The folder unit a renderer/src file counts in for the cycle check, or null outside renderer/src. */
export function unitOf(file) {
  if (!file.startsWith('renderer/src/')) return null;
  const parts = file.slice('renderer/src/'.length).split('/');
  if (parts.length === 1) return 'renderer/src';
  if (parts.length === 2) return parts[0];
  return `${parts[0]}/${parts[1]}`;
}

function listSources(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(rel);
      } else if (SOURCE.test(entry.name)) files.push(rel);
    }
  };
  for (const top of CHECKED) if (fs.existsSync(path.join(root, top))) walk(top);
  return files;
}

/** Checks the tree at `root`; returns the problems, each one line naming file, line and rule. */
export function checkLayers(root) {
  const problems = [];
  const units = new Map();
  for (const file of listSources(root)) {
    const layer = layerOf(file);
    if (!layer) continue;
    for (const { spec, typeOnly, line } of importsOf(file, fs.readFileSync(path.join(root, file), 'utf8'))) {
      const where = `${file}:${line}`;
      if (!spec.startsWith('.')) {
        if (!layer.packages.includes(packageOf(spec)) && !layer.packages.includes(spec)) {
          problems.push(`${where}: ${layer.name} may not import the package '${spec}' (allowed: ${layer.packages.filter((p) => !p.startsWith('node:') && !NODE.includes(p)).join(', ') || 'none'}${layer.packages.some((p) => NODE.includes(p)) ? ', Node builtins' : ''})`);
        }
        continue;
      }
      const target = resolveRelative(root, file, spec);
      const allowed = layer.may.some((prefix) => target.startsWith(prefix)) || (typeOnly && (layer.types ?? []).some((prefix) => target.startsWith(prefix)));
      if (!allowed) {
        const kind = !typeOnly && (layer.types ?? []).some((prefix) => target.startsWith(prefix)) ? ' (types only: use `import type`, or reach it through the runtime)' : '';
        problems.push(`${where}: ${layer.name} may not import ${target}${kind}`);
      }
      const from = unitOf(file);
      const to = unitOf(target);
      if (from && to && from !== to) {
        if (!units.has(from)) units.set(from, new Map());
        if (!units.get(from).has(to)) units.get(from).set(to, where);
      }
    }
  }
  for (const cycle of folderCycles(units)) problems.push(`folder cycle in renderer/src: ${cycle.join(' → ')} (${units.get(cycle[0]).get(cycle[1])})`);
  return problems;
}

/** Tarjan's strongly connected components; each component of more than one unit is a cycle, reported as one path. */
function folderCycles(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const cycles = [];
  const strong = (node) => {
    state.set(node, { index, low: index, onStack: true });
    index++;
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!state.has(next)) {
        strong(next);
        state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
      } else if (state.get(next).onStack) state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
    }
    if (state.get(node).low === state.get(node).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        state.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(pathThrough(graph, new Set(component), node));
    }
  };
  for (const node of graph.keys()) if (!state.has(node)) strong(node);
  return cycles;
}

/** A cycle through `start` inside one component, found breadth-first: start → … → start. */
function pathThrough(graph, members, start) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const route = [start];
        for (let at = node; at !== start; at = previous.get(at)) route.splice(1, 0, at);
        return [...route, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}
