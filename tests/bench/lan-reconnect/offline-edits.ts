import type * as Y from 'yjs';
import { TIERS } from '../../../shared/compact/types';
import { ACTION_STATUSES } from '../../../shared/workspace/action-status';
import { editActionDescription } from '../../../shared/workspace/action-edits';
import { addAction, editActionTitle, requireAction, setActionStatus } from '../../../shared/workspace/actions';
import { moveAction } from '../../../shared/workspace/board';
import { ACTION_FIELDS as F } from '../../../shared/workspace/schema';

/**
 * A day or two of one delegation's offline work, as N edits through the app's own operations
 * (shared/workspace/), each its own transaction as a user's action is in the app:
 *
 * - ~81% keystrokes: typing (and some backspacing) in bursts of about a dozen keys at one place
 *   in an action's title, or now and then its description;
 * - ~15% status changes, ~3% board moves (tier and position), ~1% new actions.
 *
 * Half the typing bursts and every status change and move target the records both sides already
 * shared (the base), picked by a generator both sides seed alike: the two delegations edit the
 * same records, the same fields among them (concurrent status writes, concurrent typing in one
 * title), as the reconnect asks. The rest go to records the side created offline.
 *
 * The clock advances 4 s per edit, so the "edited by / at" stamp (coalesced per minute and writer,
 * actions.ts) lands about once per burst, as it would for a person typing.
 *
 * Sized so that raw y-webrtc's single catch-up message is under Chromium's 256 KiB data-channel
 * limit at 10,000 edits per side and over it at 30,000, as the issue's own measurements found.
 */
export interface OfflineEditsResult {
  readonly added: number;
  readonly keystrokes: number;
  readonly statuses: number;
  readonly moves: number;
}

const START = Date.parse('2026-09-01T08:00:00.000Z');
const STEP_MS = 4_000;
const BURST = 12;
const MAX_TITLE = 400;
const WORDS = ['joint', 'pilot', 'quantum', 'grid', 'review', 'funding', 'lab', 'sensing', 'talent', 'export'];

/** `side`: which laptop (0, 1, … : many-laptops.bench.ts has up to 50); it seeds that laptop's own choices. */
export function makeOfflineEdits(doc: Y.Doc, side: number, count: number, baseIds: readonly string[]): OfflineEditsResult {
  const own = rng(1_000 + side);
  const shared = rng(77);
  const created: string[] = [];
  const result = { added: 0, keystrokes: 0, statuses: 0, moves: 0 };
  let burst: { id: string; field: 'title' | 'description'; at: number; left: number } | null = null;

  const pickShared = () => baseIds[Math.floor(shared() * baseIds.length)]!;
  const pickAny = () => (created.length > 0 && own() < 0.5 ? created[Math.floor(own() * created.length)]! : pickShared());

  for (let i = 0; i < count; i++) {
    const now = new Date(START + i * STEP_MS);
    const r = own();
    if (r < 0.01) {
      const id = addAction(doc, { title: `Offline action ${side}-${i}: ${word(own)} ${word(own)}`, tier: TIERS[i % TIERS.length] }, now);
      created.push(id);
      result.added++;
    } else if (r < 0.16) {
      const id = pickShared();
      const current = requireAction(doc, id).get(F.status);
      const choices = ACTION_STATUSES.filter((status) => status !== current);
      setActionStatus(doc, id, choices[Math.floor(own() * choices.length)]!, now);
      result.statuses++;
    } else if (r < 0.19) {
      moveAction(doc, pickShared(), TIERS[Math.floor(own() * TIERS.length)]!, Math.floor(own() * 20), now);
      result.moves++;
    } else {
      if (!burst || burst.left === 0) {
        const id = pickAny();
        const field = own() < 0.85 ? 'title' : 'description';
        burst = { id, field, at: Math.floor(own() * (textOf(doc, id, field).length + 1)), left: BURST };
      }
      const text = textOf(doc, burst.id, burst.field);
      const backspace = burst.at > 0 && (own() < 0.1 || text.length >= MAX_TITLE);
      const next = backspace ? text.slice(0, burst.at - 1) + text.slice(burst.at) : text.slice(0, burst.at) + letter(own) + text.slice(burst.at);
      burst.at += backspace ? -1 : 1;
      burst.left--;
      if (burst.field === 'title') editActionTitle(doc, burst.id, next, now);
      else editActionDescription(doc, burst.id, next, now);
      result.keystrokes++;
    }
  }
  return result;
}

function textOf(doc: Y.Doc, id: string, field: 'title' | 'description'): string {
  return String(requireAction(doc, id).get(F[field]) ?? '');
}

function word(random: () => number): string {
  return WORDS[Math.floor(random() * WORDS.length)]!;
}

function letter(random: () => number): string {
  return random() < 0.15 ? ' ' : String.fromCharCode(97 + Math.floor(random() * 26));
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
