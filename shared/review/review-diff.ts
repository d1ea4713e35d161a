/**
 * Review since last look. "Mark reviewed" keeps a snapshot of every action's tracked fields as
 * plain JSON; later the snapshot is compared with the actions as they are now.
 *
 * Why a snapshot of derived values rather than the document's encoded state: the comparison is
 * between views, so keeping the view makes it independent of Yjs internals (garbage-collected
 * content, compaction of the update log, a newer seed version); it survives restarts as plain data
 * in IndexedDB and a versioned shape can be read by later app versions. What the snapshot does not
 * hold (who wrote a value, how it arrived) is read from the document and the audit trail now.
 */
import type { Identity } from '../identity/identity';
import type { ActionView } from '../workspace/action-view';
import * as Y from 'yjs';
import type { AuditRow, AuditSource } from './audit';
import { creationOf, fieldWriter } from './attribution';
import type { StructId } from '../yjs/internals';
import { ANY_KEY, dictionary, guarded, integer, literal, object, parse, type Shape } from '../validation/shape';
import { TRACKED_FIELDS, isFieldValue, isTrackedField, sameValue, viewValue, type FieldValue, type TrackedField } from './fields';

/** A stored snapshot may predate a field: any field may be absent (read as null). */
export type ActionSnapshot = Readonly<Partial<Record<TrackedField, FieldValue>>>;

export interface ReviewSnapshot {
  readonly v: 1;
  readonly actions: Readonly<Record<string, ActionSnapshot>>;
  /**
   * The document's state vector at the mark (client id → clock): what was written after it is
   * what "new" means when attributing text and sets. Clocks never change, compaction included.
   */
  readonly clocks: Readonly<Record<string, number>>;
}

export function snapshotOf(views: readonly ActionView[], doc: Y.Doc): ReviewSnapshot {
  const actions: Record<string, ActionSnapshot> = {};
  for (const view of views) {
    const fields: Partial<Record<TrackedField, FieldValue>> = {};
    for (const field of TRACKED_FIELDS) fields[field] = viewValue(view, field);
    actions[view.id] = fields;
  }
  const clocks: Record<string, number> = {};
  Y.decodeStateVector(Y.encodeStateVector(doc)).forEach((clock, client) => (clocks[String(client)] = clock));
  return { v: 1, actions, clocks };
}

const snapshotShape: Shape<ReviewSnapshot> = object({
  v: literal(1),
  actions: dictionary(dictionary(guarded(isFieldValue, 'a field value'), { test: isTrackedField, hint: 'a tracked field' }), ANY_KEY),
  clocks: dictionary(integer({ min: 0 }), ANY_KEY),
});

/** A stored snapshot, or null when it is not one this version can read. */
export function parseSnapshot(value: unknown): ReviewSnapshot | null {
  const parsed = parse(snapshotShape, value);
  return parsed.ok ? parsed.value : null;
}

export type ChangeKind = 'added' | 'changed' | 'removed';

export interface FieldChange {
  readonly field: TrackedField;
  readonly before: FieldValue;
  readonly after: FieldValue;
}

export interface ActionChange {
  readonly id: string;
  readonly title: string;
  readonly kind: ChangeKind;
  readonly fields: readonly FieldChange[];
}

/**
 * Added: not in the snapshot (and not deleted since). Removed: deleted since (actions are soft
 * deleted; a record that vanished altogether counts too). Changed: any tracked field differs.
 */
export function diffSnapshots(before: ReviewSnapshot, after: ReviewSnapshot): ActionChange[] {
  const changes: ActionChange[] = [];
  for (const [id, now] of Object.entries(after.actions)) {
    const was = before.actions[id];
    if (!was) {
      if (now.deleted !== true) changes.push({ id, title: String(now.title), kind: 'added', fields: [] });
      continue;
    }
    const fields = TRACKED_FIELDS.filter((field) => !sameValue(was[field], now[field]))
      .map((field) => ({ field, before: was[field] ?? null, after: now[field] ?? null }));
    if (fields.length === 0) continue;
    const kind: ChangeKind = was.deleted !== true && now.deleted === true ? 'removed' : 'changed';
    changes.push({ id, title: String(now.title || was.title), kind, fields });
  }
  for (const [id, was] of Object.entries(before.actions)) {
    if (!(id in after.actions)) changes.push({ id, title: String(was.title), kind: 'removed', fields: [] });
  }
  return changes;
}

export interface Attribution {
  /** The writer of the new value. */
  readonly who: Identity | null;
  /** When it was written (the writer's own stamp) or, failing that, when this laptop received it. */
  readonly at: string | null;
  /** How it reached this laptop, from the audit trail; null when the trail has no record of it. */
  readonly via: AuditSource | null;
  readonly viaLabel: string;
}

export interface AttributedField extends FieldChange, Attribution {}

export interface AttributedChange extends Omit<ActionChange, 'fields'> {
  readonly created: Attribution | null;
  readonly fields: readonly AttributedField[];
}

/**
 * Adds who, when and how to each change; `audit` are the trail's rows since the mark, oldest first,
 * and `since` the mark's snapshot (its clocks say which text and members are new).
 */
export function attributeChanges(doc: Y.Doc, changes: readonly ActionChange[], audit: readonly AuditRow[], since: ReviewSnapshot): AttributedChange[] {
  const isNew = (id: StructId) => id.clock >= (since.clocks[String(id.client)] ?? 0);
  const latest = new Map<string, AuditRow>();
  for (const row of audit) latest.set(`${row.actionId}\u0000${row.field}`, row);
  const attribute = (id: string, field: TrackedField, auditField: string): Attribution => {
    const writer = fieldWriter(doc, id, field, isNew);
    const row = latest.get(`${id}\u0000${auditField}`);
    return {
      who: writer.who,
      at: writer.stampedAt ?? (row ? new Date(row.at).toISOString() : null),
      via: row?.source ?? null,
      viaLabel: row?.sourceLabel ?? '',
    };
  };
  const created = (id: string): Attribution => {
    const { who, at } = creationOf(doc, id);
    const row = latest.get(`${id}\u0000created`);
    return { who, at: at ?? (row ? new Date(row.at).toISOString() : null), via: row?.source ?? null, viaLabel: row?.sourceLabel ?? '' };
  };
  return changes.map((change) => ({
    ...change,
    created: change.kind === 'added' ? created(change.id) : null,
    fields: change.fields.map((field) => ({ ...field, ...attribute(change.id, field.field, field.field) })),
  }));
}
