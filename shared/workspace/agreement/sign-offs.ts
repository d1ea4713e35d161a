import * as Y from 'yjs';
import { digest as sha256 } from 'lib0/hash/sha256';
import { DELEGATIONS, type Delegation, type Identity, parseIdentity } from '../../identity/identity';
import { isObjectLike } from '../../validation/shape';
import { isOneOf } from '../../validation/one-of';
import { ACTION_FIELDS as F, LOCAL_ORIGIN, ROOT } from '../schema';

/**
 * Agreement per delegation (issue 15). Every sign-off is one plain, immutable entry of the root
 * `signOffs` map, under a key unique to the writing client: nothing is ever overwritten, so the
 * map is the item's append-only history and concurrent sign-offs from several laptops all survive.
 *
 * A sign-off carries the fingerprint (SHA-256 of a canonical encoding) of the fields it agreed
 * and a copy of those fields. The state a side is in is *derived*: that side's latest sign-off,
 * compared with the fingerprint of the item as it is now. So a change after agreement reopens
 * the item by construction, whichever order edits and signatures arrive in (LAN or file), and a
 * signature made on content its laptop had not seen yet never covers it: its fingerprint differs.
 *
 * A sign-off is the app's record of who clicked, on which laptop (the Yjs client that wrote it);
 * it is proven to come from that laptop only where shared/authorship verifies the client.
 */
export const SIGN_OFF_STATES = ['agreed', 'ad-referendum', 'reserved'] as const;
export type SignOffState = (typeof SIGN_OFF_STATES)[number];

export const MAX_REASON_LENGTH = 2_000;
const MAX_CONTENT_VALUE = 5_000;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const FINGERPRINT = /^[0-9a-f]{64}$/;
const ITEM = /^(action|decision|minutes|discrepancy):[^\s]{1,200}$/;

/** The agreed fields of an item, each as a display string (null: empty). */
export type AgreedContent = Readonly<Record<string, string | null>>;

export interface SignOff {
  /** "action:<id>", "decision:<id>", "minutes:<meetingId>", "discrepancy:<id>". */
  readonly item: string;
  readonly side: Delegation;
  readonly state: SignOffState;
  /** Required for a reservation; null otherwise. */
  readonly reason: string | null;
  /** Who clicked, as that laptop named its user when signing. */
  readonly signer: Identity;
  /** The Yjs client id that wrote the entry (checked against the entry's item by the gate). */
  readonly client: string;
  readonly at: string;
  readonly fingerprint: string;
  readonly content: AgreedContent;
}

export interface SignOffEntry extends SignOff {
  readonly key: string;
}

export type ParsedSignOff = { readonly ok: true; readonly signOff: SignOff } | { readonly ok: false; readonly problem: string };

/** Validates a sign-off entry from this laptop, a peer or a file. */
export function parseSignOff(value: unknown): ParsedSignOff {
  const fail = (problem: string): ParsedSignOff => ({ ok: false, problem });
  if (!isObjectLike(value)) return fail('not an object');
  const { item, side, state, reason, signer, client, at, fingerprint, content } = value as Record<string, unknown>;
  if (typeof item !== 'string' || !ITEM.test(item)) return fail('the item is not an action, decision, minutes or discrepancy');
  if (!isOneOf(DELEGATIONS, side)) return fail('the side is not U.S. or Israel');
  if (!isOneOf(SIGN_OFF_STATES, state)) return fail('the state is not agreed, ad referendum or reserved');
  if (state === 'reserved') {
    if (typeof reason !== 'string' || reason.trim().length === 0) return fail('a reservation needs its reason');
    if (reason.length > MAX_REASON_LENGTH) return fail(`the reason has ${reason.length} characters (at most ${MAX_REASON_LENGTH})`);
  } else if (reason !== null) return fail('only a reservation has a reason');
  const identity = parseIdentity(signer);
  if (!identity.ok) return fail('the signer is not a valid identity');
  if (identity.identity.delegation !== side) return fail('the signer is not a member of the delegation signed for');
  if (identity.identity.role === 'observer') return fail('an observer cannot sign');
  if (typeof client !== 'string' || !/^(0|[1-9]\d{0,9})$/.test(client)) return fail('the client is not a Yjs client id');
  if (typeof at !== 'string' || !ISO_TIME.test(at) || Number.isNaN(Date.parse(at))) return fail('the time is not an ISO 8601 UTC time');
  if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) return fail('the fingerprint is not a SHA-256 digest');
  if (!isObjectLike(content) || Array.isArray(content)) return fail('the agreed content is not an object');
  const fields = Object.entries(content as Record<string, unknown>);
  if (fields.length > 20) return fail('the agreed content has too many fields');
  for (const [field, text] of fields) {
    if (text !== null && (typeof text !== 'string' || text.length > MAX_CONTENT_VALUE)) return fail(`the agreed field ${field.slice(0, 40)} is not a short text`);
  }
  const agreed = content as AgreedContent;
  if (fingerprintOf(agreed) !== fingerprint) return fail('the fingerprint is not that of the agreed content');
  return {
    ok: true,
    signOff: { item, side, state, reason: state === 'reserved' ? (reason as string) : null, signer: identity.identity, client, at, fingerprint, content: agreed },
  };
}

/** SHA-256 of the content's canonical JSON (fields sorted), in hex. */
export function fingerprintOf(content: AgreedContent): string {
  const canonical = JSON.stringify(Object.keys(content).sort().map((field) => [field, content[field] ?? null]));
  return Array.from(sha256(new TextEncoder().encode(canonical)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The short version mark shown in records: the fingerprint's first 12 hex digits. */
export function versionMark(fingerprint: string): string {
  return fingerprint.slice(0, 12);
}

export const actionItem = (id: string): string => `action:${id}`;

function plain(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Y.Text) return value.toString();
  if (typeof value === 'string') return value;
  return JSON.stringify(value, (_key, inner: unknown) =>
    isObjectLike(inner) && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner);
}

/** What delegations agree on an action: its title, tier, leads and due date. */
export const ACTION_AGREED_FIELDS = [F.title, F.tier, F.usLead, F.usLeadPerson, F.israelLead, F.israelLeadPerson, F.due] as const;

/** The agreed fields of an action as they are now, or null when there is no such action. */
export function actionContent(doc: Y.Doc, id: string): AgreedContent | null {
  const record = doc.getMap(ROOT.actions).get(id);
  if (!(record instanceof Y.Map)) return null;
  return Object.fromEntries(ACTION_AGREED_FIELDS.map((field) => [field, plain(record.get(field))]));
}

export function signOffsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.signOffs);
}

/** Every valid sign-off of `item`, oldest first (time, then key: the same order on every laptop). */
export function historyOf(doc: Y.Doc, item: string): readonly SignOffEntry[] {
  const entries: SignOffEntry[] = [];
  for (const [key, value] of signOffsMap(doc)) {
    const parsed = parseSignOff(value);
    if (parsed.ok && parsed.signOff.item === item) entries.push({ ...parsed.signOff, key });
  }
  return entries.sort(bySigningOrder);
}

/** Time, then key: the order of a history on every laptop. */
export function bySigningOrder(a: SignOffEntry, b: SignOffEntry): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export interface SignRequest {
  readonly item: string;
  readonly state: SignOffState;
  readonly reason?: string | null;
  /** The content the signer saw: the fields the button was shown with. */
  readonly content: AgreedContent;
  readonly now?: Date;
}

/**
 * Records `identity`'s sign-off for its own delegation. Refused (returns a problem) for an
 * observer, a reservation without reason, or anything the gate would refuse from a peer.
 */
export function signOff(doc: Y.Doc, identity: Identity, request: SignRequest): string | null {
  if (identity.role === 'observer') return 'An observer cannot sign for a delegation.';
  const entry = {
    item: request.item,
    side: identity.delegation,
    state: request.state,
    reason: request.state === 'reserved' ? (request.reason ?? '').trim() : null,
    signer: { name: identity.name, delegation: identity.delegation, role: identity.role },
    client: String(doc.clientID),
    at: (request.now ?? new Date()).toISOString(),
    fingerprint: fingerprintOf(request.content),
    content: { ...request.content },
  };
  const parsed = parseSignOff(entry);
  if (!parsed.ok) return `The sign-off is not valid: ${parsed.problem}.`;
  const map = signOffsMap(doc);
  let serial = map.size;
  while (map.has(`${doc.clientID}.${serial}`)) serial += 1;
  doc.transact(() => map.set(`${doc.clientID}.${serial}`, entry), LOCAL_ORIGIN);
  return null;
}

export type SideState = 'none' | SignOffState | 'changed';

export interface SideAgreement {
  readonly side: Delegation;
  /** 'changed': the side's latest sign-off was on other content than the item holds now. */
  readonly state: SideState;
  readonly latest: SignOffEntry | null;
}

export interface ItemAgreement {
  readonly item: string;
  readonly fingerprint: string;
  readonly sides: Readonly<Record<Delegation, SideAgreement>>;
  /** Both sides agreed (not ad referendum) to the content as it is now. */
  readonly agreedByBoth: boolean;
  /** Some side's sign-off no longer covers the content. */
  readonly changedAfterAgreement: boolean;
  readonly history: readonly SignOffEntry[];
}

/** The derived agreement of `item`, whose fields are `content` now. */
export function agreementOf(doc: Y.Doc, item: string, content: AgreedContent): ItemAgreement {
  return agreementFrom(item, content, historyOf(doc, item));
}

/**
 * The same derivation from a history already gathered (oldest first, as historyOf orders it):
 * a view over many items groups the sign-offs once instead of scanning the map per item.
 */
export function agreementFrom(item: string, content: AgreedContent, history: readonly SignOffEntry[]): ItemAgreement {
  const fingerprint = fingerprintOf(content);
  const side = (delegation: Delegation): SideAgreement => {
    let latest: SignOffEntry | null = null;
    for (const entry of history) if (entry.side === delegation) latest = entry;
    const state: SideState = latest === null ? 'none' : latest.fingerprint === fingerprint ? latest.state : 'changed';
    return { side: delegation, state, latest };
  };
  const sides = { us: side('us'), israel: side('israel') };
  return {
    item,
    fingerprint,
    sides,
    agreedByBoth: sides.us.state === 'agreed' && sides.israel.state === 'agreed',
    changedAfterAgreement: sides.us.state === 'changed' || sides.israel.state === 'changed',
    history,
  };
}

export interface FieldDifference {
  readonly field: string;
  readonly agreed: string | null;
  readonly now: string | null;
}

/** The fields that differ between a signed version and the content now. */
export function differenceFrom(agreed: AgreedContent, now: AgreedContent): readonly FieldDifference[] {
  const fields = [...new Set([...Object.keys(agreed), ...Object.keys(now)])].sort();
  return fields.filter((field) => (agreed[field] ?? null) !== (now[field] ?? null)).map((field) => ({ field, agreed: agreed[field] ?? null, now: now[field] ?? null }));
}
