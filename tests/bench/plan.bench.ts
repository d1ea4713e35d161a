/**
 * The plan's data path at 5,000 actions, in Node: what opening the board, applying a filter and
 * one keystroke in a title cost before React renders anything. The browser figures (render and
 * main-thread time) are in plan-ui.bench.ts. Figures and ratios only; never a pass/fail on time.
 */
import * as Y from 'yjs';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCompact } from '../../shared/compact/load-compact';
import { TIERS } from '../../shared/compact/types';
import { NO_FILTER, actionMatches } from '../../shared/plan/action-filter';
import { deriveBoard } from '../../shared/plan/board-view';
import { deriveTimeline } from '../../shared/plan/timeline';
import { deriveActions } from '../../shared/workspace/action-view';
import { changedActions } from '../../shared/workspace/action-changes';
import { addAction, editActionTitle } from '../../shared/workspace/actions';
import { deriveInstitutions } from '../../shared/workspace/institution-view';
import { createWorkspaceDoc } from '../../shared/workspace/schema';
import { applySeed, buildSeedUpdate } from '../../shared/workspace/seed-update';
import { check, measure, report } from './harness';

const SEED_DIR = join(process.cwd(), 'seeds/compact');
const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
const loaded = loadCompact(Object.fromEntries(walk(SEED_DIR).map((p) => [relative(SEED_DIR, p), JSON.parse(readFileSync(p, 'utf8'))])));
if (!loaded.ok) throw new Error('seed refused');
const compact = loaded.data;

const COUNT = 5_000;
const source = createWorkspaceDoc();
applySeed(source, buildSeedUpdate(compact));
for (let i = 0; i < COUNT; i++) {
  addAction(source, { title: `Action ${i} ${i % 7 === 0 ? 'quantum sensing' : 'grid pilot'}`, tier: TIERS[i % 3], initiative: compact.recommendations[i % 22]!.code });
}
const update = Y.encodeStateAsUpdate(source);
console.log(`workspace: ${COUNT} actions + the seed, ${(update.length / 1024).toFixed(0)} KiB as one update`);

const filter = { ...NO_FILTER, text: 'quantum', tier: 'appropriations' as const };
const load = measure('load workspace: apply update + derive all views', () => {
  const doc = createWorkspaceDoc();
  Y.applyUpdate(doc, update);
  const actions = deriveActions(doc);
  deriveBoard(actions);
  deriveInstitutions(doc);
  check(actions.length === COUNT + compact.plan.length, 'every action derived');
}, { minRuns: 5 });

const doc = createWorkspaceDoc();
Y.applyUpdate(doc, update);
let views = deriveActions(doc);
const directory = deriveInstitutions(doc);
const open = measure('open the board: lanes from the derived views', () => {
  const board = deriveBoard(views);
  check(board.lanes.reduce((sum, lane) => sum + lane.actions.length, 0) === views.length, 'every action in a lane');
});
const applyFilter = measure('filter: text + tier over all actions', () => {
  const shown = views.filter((action) => actionMatches(action, filter, compact, directory));
  deriveBoard(shown);
  check(shown.length > 0 && shown.length < views.length, 'the filter narrows');
});

const target = views[views.length - 1]!.id;
let n = 0;
let touched: ReturnType<typeof changedActions> = 'all';
doc.on('afterTransaction', (transaction: Y.Transaction) => {
  touched = changedActions(doc, transaction);
});
const fullKeystroke = measure('keystroke, deriving every action again', () => {
  editActionTitle(doc, target, `Action edited ${n++}`);
  views = deriveActions(doc, views);
  deriveBoard(views);
});
const keystroke = measure('keystroke: edit + derive the touched record + board', () => {
  editActionTitle(doc, target, `Action edited ${n++}`);
  const next = deriveActions(doc, views, touched);
  check(next.filter((v, i) => v !== views[i]).length <= 1, 'only the edited view is new');
  views = next;
  deriveBoard(views);
});

const timeline = measure('timeline: schedule + dependency analysis', () => {
  deriveTimeline(views, compact, new Map([['compact-signing', '2026-09-01']]), '2026-11-26', 'domain');
});

report(`Plan data path at ${COUNT} actions (goal: open and filter < 100 ms, keystroke < 16 ms, with rendering)`, [open, applyFilter, keystroke, timeline, load]);
report('Keystroke: incremental derivation against deriving everything', [fullKeystroke, keystroke]);
