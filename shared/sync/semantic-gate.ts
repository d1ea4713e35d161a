import * as Y from 'yjs';
import { authorshipEntryProblem } from '../authorship/authorship-root';
import { parseIdentity } from '../identity/identity';
import { parseConflictEntry, parseResolution } from '../review/conflict-entry';
import { ROOT, RESERVED_CLIENT_IDS } from '../workspace/schema';
import { agreementEntryProblem } from '../workspace/agreement/agreement-rules';
import type { AuthorOfClient } from '../workspace/agreement/comment-rules';
import { authorOf } from '../workspace/authors';
import { RELEASED_SEEDS } from '../workspace/seed-update';
import { describeValue, eventDateProblem, fieldProblem, isFixedField, RECORD_RULES, recordProblem } from './record-rules';
import { minutesChangeProblem, minutesMeetingOf } from './minutes-rules';
import { isRemoteOrigin } from './remote-origin';
import { integrateV1 } from './v1-update';
import { changedTypes, firstContradiction, keyWriter, pathOf, sameTypeItem, structsOf, writtenRanges } from '../yjs/structs';

/**
 * The semantic gate: what a remote update *means*, checked after it was proven to integrate
 * (V1, to the last byte) on a shadow copy and before it touches the workspace. One function,
 * proveAndJudge, used by every path that takes remote content: ShadowGate (LAN peers, other
 * windows, the merge of a file), the import preview (shared/bundle/summary.ts) and the inspector.
 * The rules, and what they do not cover, are in shared/sync/README.md.
 *
 * A verdict is all or nothing: the first broken rule refuses the whole update, and says which
 * rule, which record and which field.
 */
export type GateRule =
  | 'forgery'
  | 'reserved-id'
  | 'own-id'
  | 'unknown-root'
  | 'hard-delete'
  | 'replaced-record'
  | 'invalid-field'
  | 'foreign-author'
  | 'invalid-entry';

export interface GateRefusal {
  readonly ok: false;
  readonly rule: GateRule;
  readonly reason: string;
}

export type GateVerdict = { readonly ok: true } | GateRefusal;

export interface GateContext {
  /**
   * false: prove bytes only, no workspace rules. For documents that are not Tandem workspaces (the
   * byte-level tests of ShadowGate and applyRemoteUpdate on generic roots); never in the app.
   */
  readonly semantic?: boolean;
  /**
   * The Yjs client ids this laptop has written under (its past sessions; the document's own id is
   * always added). Content under one of them that this laptop does not hold was not written here.
   * Asked once per update, with the update's origin (shared/sync/own-writers.ts provides it).
   */
  readonly ownClientIds?: (origin: unknown) => Iterable<number>;
}

/** Client ids that name fixed content: the seed's, released or reserved. */
export const FIXED_CLIENT_IDS: ReadonlySet<number> = new Set([...RESERVED_CLIENT_IDS, ...RELEASED_SEEDS.keys()]);

const KNOWN_ROOTS: ReadonlySet<string> = new Set(Object.values(ROOT));

/**
 * Proves `update` on `shadow` (a copy of `base`'s state: ShadowGate's shadow or a scratchOf) and
 * judges the change it made. `base` is the document as it is now and is never written. On a
 * refusal `shadow` holds part or all of the update: the caller discards or rebuilds it.
 */
export function proveAndJudge(shadow: Y.Doc, base: Y.Doc, update: Uint8Array, origin: unknown, context: GateContext = {}): GateVerdict | { ok: false; reason: string; rule?: undefined } {
  if (context.semantic === false) return integrateV1(shadow, update, origin);
  const before = judgeIds(base, update, origin, context);
  if (!before.ok) return before;
  let transaction: Y.Transaction | null = null;
  const capture = (tr: Y.Transaction) => {
    transaction ??= tr;
  };
  shadow.on('afterTransaction', capture);
  try {
    const proven = integrateV1(shadow, update, origin);
    if (!proven.ok) return proven;
  } finally {
    shadow.off('afterTransaction', capture);
  }
  if (!transaction) return { ok: true };
  const verdict = judgeChange(base, shadow, transaction);
  return verdict.ok ? verdict : { ...verdict, reason: namingSource(verdict.reason, origin) };
}

/** Every refusal names where the update came from. */
function namingSource(reason: string, origin: unknown): string {
  const source = sourceOf(origin);
  return reason.startsWith('The update ') ? `${source} ${reason.slice('The update '.length)}` : `${source} is refused: ${reason}`;
}

/** The rules about ids, read from the update alone against what `base` holds. */
export function judgeIds(base: Y.Doc, update: Uint8Array, origin: unknown, context: GateContext): GateVerdict {
  const structs = structsOf(update);
  const contradiction = firstContradiction(base, structs);
  if (contradiction) {
    return refuse('forgery', `${sourceOf(origin)} writes different content under ids this laptop already holds (Yjs client ${contradiction.client}, clock ${contradiction.clock}: ${contradiction.detail}). Two copies would silently disagree; this is forgery or corruption, and nothing was merged.`);
  }
  const own = new Set(context.ownClientIds?.(origin) ?? []);
  own.add(base.clientID);
  for (const [client, range] of writtenRanges(structs)) {
    const held = Y.getState(base.store, client);
    if (range.to <= held) continue;
    if (FIXED_CLIENT_IDS.has(client)) {
      return refuse('reserved-id', `${sourceOf(origin)} writes new content under Yjs client ${client}, reserved for the compact's seed; only the seed itself writes there.`);
    }
    if (own.has(client)) {
      return refuse('own-id', `${sourceOf(origin)} writes content under Yjs client ${client}, one of this laptop's own ids, that this laptop never wrote.`);
    }
  }
  return { ok: true };
}

/**
 * The change a proven update made, as Yjs recorded it in the shadow's transaction (every changed
 * map key, every changed text), judged against the rules. `before` answers what was there.
 */
export function judgeChange(before: Y.Doc, after: Y.Doc, transaction: Y.Transaction): GateVerdict {
  const entries = new Map<string, Set<string>>();
  const fields = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, member: string) => {
    let members = map.get(key);
    if (!members) map.set(key, (members = new Set()));
    members.add(member);
  };
  for (const [type, keys] of changedTypes(transaction)) {
    const minutesOf = minutesMeetingOf(after, type);
    if (minutesOf !== null) {
      const problem = minutesChangeProblem(type, transaction);
      if (problem) return refuse('invalid-field', `The minutes of meeting ${clip(minutesOf)}: ${problem}.`);
      continue;
    }
    const path = pathOf(after, type);
    if (path === null) return refuse('unknown-root', 'The update writes content outside the workspace’s maps (inside a list or text of an unknown place).');
    if (!KNOWN_ROOTS.has(path.root)) return refuse('unknown-root', `The update writes under “${clip(path.root)}”, which is not part of a Tandem workspace.`);
    const [id, field] = path.keys;
    if (id === undefined) {
      for (const key of keys) {
        if (key === null) return refuse('unknown-root', `The update writes list or text content into “${path.root}”, a map.`);
        add(entries, path.root, key);
      }
    } else if (!RECORD_RULES.has(path.root) || path.keys.length > 2) {
      return refuse('invalid-entry', `The update writes nested content into ${path.root} › ${clip(path.keys.join(' › '))}, where the app keeps none.`);
    } else if (field === undefined) {
      for (const key of keys) {
        if (key === null) return refuse('invalid-field', `The update writes text into the ${recordName(path.root)} ${clip(id)} itself.`);
        add(fields, `${path.root}\u0000${id}`, key);
      }
    } else {
      add(fields, `${path.root}\u0000${id}`, field);
    }
  }
  for (const [root, keys] of entries) {
    for (const key of keys) {
      const verdict = judgeEntry(before, after, root, key);
      if (!verdict.ok) return verdict;
    }
  }
  for (const [at, names] of fields) {
    const [root, id] = at.split('\u0000') as [string, string];
    const record = after.getMap(root).get(id);
    if (!(record instanceof Y.Map)) continue;
    const old = before.getMap(root).get(id);
    const same = old instanceof Y.Map && sameTypeItem(old, record);
    for (const name of names) {
      const had = same && old.has(name);
      if (had && isFixedField(root, name)) {
        const was = old.get(name);
        const now = record.get(name);
        if (was instanceof Y.AbstractType && !(now instanceof Y.AbstractType && sameTypeItem(was, now))) {
          return refuse('replaced-record', `${capitalised(recordName(root))} ${clip(id)}, field “${clip(name)}”: the update replaces it, losing what it held.`);
        }
      }
      const problem = fieldProblem(root, name, record.get(name), had);
      if (problem) return refuse('invalid-field', `${capitalised(recordName(root))} ${clip(id)}, field “${clip(name)}”: ${problem}.`);
    }
  }
  return { ok: true };
}

function judgeEntry(before: Y.Doc, after: Y.Doc, root: string, key: string): GateVerdict {
  const old = before.getMap(root).get(key);
  const now = after.getMap(root).get(key);
  const where = `${recordName(root)} ${clip(key)}`;
  if (RECORD_RULES.has(root)) {
    if (old instanceof Y.Map) {
      if (now === undefined) return refuse('hard-delete', `The update erases the ${where} (a Yjs delete, not the app's soft delete, so it could not be restored).`);
      if (!(now instanceof Y.Map)) return refuse('replaced-record', `The update replaces the ${where} with ${describeValue(now)}.`);
      if (!sameTypeItem(old, now)) return refuse('replaced-record', `The update replaces the ${where} with another record, losing what it held.`);
      return { ok: true };
    }
    if (now === undefined) return { ok: true };
    if (!(now instanceof Y.Map)) return refuse('invalid-entry', `The update writes ${describeValue(now)} as the ${where}; a record is expected.`);
    if (key.length > 200) return refuse('invalid-entry', `The update adds a ${recordName(root)} whose id has ${key.length} characters.`);
    const problem = recordProblem(root, now);
    return problem ? refuse('invalid-field', `${capitalised(where)}, field “${clip(problem.field)}”: ${problem.problem}.`) : { ok: true };
  }
  if (now === undefined && old !== undefined && root !== ROOT.eventDates) {
    return refuse('hard-delete', `The update erases the ${where}; the app never removes one.`);
  }
  if (now === undefined) return { ok: true };
  if (now instanceof Y.AbstractType) return refuse('invalid-entry', `The update writes a shared type as the ${where}; a plain value is expected.`);
  switch (root) {
    case ROOT.eventDates: {
      const problem = eventDateProblem(now);
      return problem ? refuse('invalid-entry', `The update sets the anchor date ${clip(key)} to something that is not a date: ${problem}`) : { ok: true };
    }
    case ROOT.authors: {
      const writer = keyWriter(after.getMap(root), key);
      if (String(writer) !== key) {
        return refuse('foreign-author', `The update names the person behind Yjs client ${clip(key)}, but it was written by client ${String(writer)}: an author entry may only be written by the client it names.`);
      }
      return parseIdentity(now).ok ? { ok: true } : refuse('invalid-entry', `The author entry for Yjs client ${clip(key)} is not a valid identity.`);
    }
    case ROOT.authorship: {
      const problem = authorshipEntryProblem(key, now, keyWriter(after.getMap(root), key));
      return problem ? refuse(problem.includes('was written by client') ? 'foreign-author' : 'invalid-entry', `The update writes an authorship proof that is not valid: ${problem}.`) : { ok: true };
    }
    case ROOT.conflicts:
      return parseConflictEntry(key, now).ok ? { ok: true } : refuse('invalid-entry', `The conflict inbox entry ${clip(key)} is malformed.`);
    case ROOT.conflictResolutions:
      return parseResolution(now).ok ? { ok: true } : refuse('invalid-entry', `The resolution of conflict ${clip(key)} is malformed.`);
    case ROOT.signOffs:
    case ROOT.comments:
      return agreementEntryVerdict(root, key, old, now, keyWriter(after.getMap(root), key), (client) => authorOf(after, client), where);
    default:
      return { ok: true };
  }
}

const RECORD_NAMES: Readonly<Record<string, string>> = {
  [ROOT.actions]: 'action',
  [ROOT.institutions]: 'institution',
  [ROOT.people]: 'person',
  [ROOT.initiatives]: 'initiative record',
  [ROOT.authors]: 'author entry',
  [ROOT.conflicts]: 'conflict inbox entry',
  [ROOT.conflictResolutions]: 'conflict resolution',
  [ROOT.eventDates]: 'anchor date',
  [ROOT.meetings]: 'meeting',
  [ROOT.agendaItems]: 'agenda item',
  [ROOT.decisions]: 'decision',
  [ROOT.authorship]: 'authorship proof',
  [ROOT.signOffs]: 'sign-off',
  [ROOT.comments]: 'comment',
};

function recordName(root: string): string {
  return RECORD_NAMES[root] ?? `entry of ${root}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ids and keys come from the sender: bounded in messages. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Who sent it, for the message: "The file “x.tandem”", "The peer Dana Cohen", "The update". */
export function sourceOf(origin: unknown): string {
  if (!isRemoteOrigin(origin)) return 'The update';
  return origin.kind === 'file' ? `The file “${origin.label}”` : `The update from ${origin.label}`;
}

/** Sign-offs and comments (shared/workspace/agreement/agreement-rules.ts); authors as the document holds them after the update. */
function agreementEntryVerdict(root: string, key: string, old: unknown, now: unknown, writer: number | null, author: AuthorOfClient, where: string): GateVerdict {
  const problem = agreementEntryProblem(root, old, now, writer, author);
  if (!problem) return { ok: true };
  return refuse(problem.rule, `The update writes the ${where}, which is refused: ${problem.reason}.`);
}

function refuse(rule: GateRule, reason: string): GateRefusal {
  return { ok: false, rule, reason };
}
