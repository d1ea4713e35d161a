import * as Y from 'yjs';
import { sameIdentity, type Identity } from '../../identity/identity';
import { authorOf, stampedAuthor, writerOf } from '../authors';
import { ACTION_FIELDS as F, actionsMap } from '../schema';
import {
  actionContent, actionItem, agreementFrom, bySigningOrder, differenceFrom, parseSignOff, signOffsMap,
  type AgreedContent, type ItemAgreement, type SignOffEntry,
} from './sign-offs';

/**
 * Every action's agreement, derived once per transaction for the plan's views (list rows, board
 * cards, the detail panel), so none of them recomputes per render.
 *
 * Cost: sign-offs are immutable plain values, so each is parsed (and its fingerprint checked)
 * once, the first time it is seen (a WeakMap keyed by the stored object, which Yjs hands back
 * identical on every read). Each pass groups the parsed entries by action (one walk over the
 * map), then re-derives only the actions the transaction touched or whose history changed; the
 * others keep their object, so memoised rows do not re-render. A fingerprint is a synchronous
 * SHA-256 (lib0) of a few short fields: one per touched action.
 */

/** The one-word summary a row or a card shows; null: neither side has considered it. */
export type AgreementBadge = 'agreed-by-both' | 'pending-us' | 'pending-israel' | 'pending-both' | 'reserved' | 'changed';

export const AGREEMENT_BADGES: readonly AgreementBadge[] = ['agreed-by-both', 'pending-us', 'pending-israel', 'pending-both', 'reserved', 'changed'];

export interface ActionAgreement extends ItemAgreement {
  /** The agreed fields as they are now (what a signature made now would cover). */
  readonly content: AgreedContent;
  /** Who wrote the fields that differ from a side's signed version (reopened items only). */
  readonly changedBy: readonly Identity[];
  readonly badge: AgreementBadge | null;
}

/** By action id; every action of the document has an entry. */
export type PlanAgreements = ReadonlyMap<string, ActionAgreement>;

export const NO_AGREEMENTS: PlanAgreements = new Map();

/** Changed first (a broken agreement needs attention), then reserved, settled, pending. */
export function agreementBadge(agreement: ItemAgreement): AgreementBadge | null {
  const { us, israel } = agreement.sides;
  if (us.state === 'none' && israel.state === 'none') return null;
  if (agreement.changedAfterAgreement) return 'changed';
  if (us.state === 'reserved' || israel.state === 'reserved') return 'reserved';
  if (agreement.agreedByBoth) return 'agreed-by-both';
  if (us.state === 'agreed') return 'pending-israel';
  if (israel.state === 'agreed') return 'pending-us';
  return 'pending-both';
}

type Cached = { readonly key: string; readonly entry: SignOffEntry | null };
const parsedEntries = new WeakMap<object, Cached>();

function entryOf(key: string, value: unknown): SignOffEntry | null {
  const cacheable = typeof value === 'object' && value !== null;
  const cached = cacheable ? parsedEntries.get(value) : undefined;
  if (cached && cached.key === key) return cached.entry;
  const parsed = parseSignOff(value);
  const entry = parsed.ok ? { ...parsed.signOff, key } : null;
  if (cacheable) parsedEntries.set(value, { key, entry });
  return entry;
}

const ACTION_PREFIX = actionItem('');
const NO_HISTORY: readonly SignOffEntry[] = Object.freeze([]);

/** Each action's valid sign-offs, oldest first, from one walk over the map. */
function historiesByAction(doc: Y.Doc): Map<string, SignOffEntry[]> {
  const byAction = new Map<string, SignOffEntry[]>();
  signOffsMap(doc).forEach((value, key) => {
    const entry = entryOf(key, value);
    if (!entry || !entry.item.startsWith(ACTION_PREFIX)) return;
    const id = entry.item.slice(ACTION_PREFIX.length);
    const list = byAction.get(id);
    if (list) list.push(entry);
    else byAction.set(id, [entry]);
  });
  for (const list of byAction.values()) list.sort(bySigningOrder);
  return byAction;
}

function samePeople(a: readonly Identity[], b: readonly Identity[]): boolean {
  return a.length === b.length && a.every((person, index) => sameIdentity(person, b[index]!));
}

function sameHistory(a: readonly SignOffEntry[], b: readonly SignOffEntry[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry.key === b[index]!.key);
}

/**
 * Who wrote the current value of each field that differs from a signed version: the writing
 * client of a plain field (tier, leads, due date), resolved to its person; for the title (a
 * Y.Text, edited character by character) and for a cleared field, the action's last-edit stamp.
 */
function writersOf(doc: Y.Doc, id: string, fields: readonly string[]): readonly Identity[] {
  const record = actionsMap(doc).get(id);
  if (!(record instanceof Y.Map) || fields.length === 0) return [];
  const people: Identity[] = [];
  for (const field of fields) {
    const client = field === F.title || record.get(field) === undefined ? null : writerOf(record, field);
    const person = client === null ? stampedAuthor(doc, record, F.editedBy) : authorOf(doc, client);
    if (person && !people.some((known) => sameIdentity(known, person))) people.push(person);
  }
  return people;
}

function derive(doc: Y.Doc, id: string, history: readonly SignOffEntry[]): ActionAgreement | null {
  const content = actionContent(doc, id);
  if (!content) return null;
  const agreement = agreementFrom(actionItem(id), content, history);
  const fields = new Set<string>();
  for (const side of [agreement.sides.us, agreement.sides.israel]) {
    if (side.state === 'changed' && side.latest) for (const difference of differenceFrom(side.latest.content, content)) fields.add(difference.field);
  }
  return { ...agreement, content, changedBy: writersOf(doc, id, [...fields]), badge: agreementBadge(agreement) };
}

/**
 * The agreements of every action. `changed`: the action ids the transaction touched ('all'
 * re-derives each); the sign-offs map is always re-read (cheaply: parsed entries are cached).
 * Returns `previous` itself when nothing it holds changed.
 */
export function deriveActionAgreements(doc: Y.Doc, previous: PlanAgreements = NO_AGREEMENTS, changed: ReadonlySet<string> | 'all' = 'all'): PlanAgreements {
  const histories = historiesByAction(doc);
  const next = new Map<string, ActionAgreement>();
  let same = true;
  actionsMap(doc).forEach((_value, id) => {
    const history = histories.get(id) ?? NO_HISTORY;
    const before = previous.get(id);
    const reusable = before !== undefined && sameHistory(before.history, history);
    if (reusable && changed !== 'all' && !changed.has(id)) {
      next.set(id, before);
      return;
    }
    const now = derive(doc, id, history);
    if (!now) return;
    // A touched action whose agreed fields did not change (a status, a description) keeps its object.
    const kept = reusable && before.fingerprint === now.fingerprint && samePeople(before.changedBy, now.changedBy) ? before : now;
    if (kept !== before) same = false;
    next.set(id, kept);
  });
  return same && next.size === previous.size ? previous : next;
}
