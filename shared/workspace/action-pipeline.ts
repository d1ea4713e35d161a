/**
 * The one after-transaction pass over the plan's actions. After every transaction it asks once
 * which records were touched (action-changes.ts) and re-derives only those (action-view.ts); every
 * consumer — the views published to the UI, the audit trail — reads the result instead of
 * deriving again. A keystroke at 5,000 actions re-derives one record, once.
 *
 * Consumers are called in the order they subscribed, inside Yjs's afterTransaction, with the views
 * before and after the transaction. A view unchanged by the transaction is the same object in both.
 */
import type * as Y from 'yjs';
import { changedActions } from './action-changes';
import { deriveActions, type ActionView } from './action-view';
import { actionsMap } from './schema';

export interface ActionsChange {
  readonly transaction: Y.Transaction;
  /** The records the transaction touched, whether or not their view changed. */
  readonly ids: ReadonlySet<string>;
  readonly before: ReadonlyMap<string, ActionView>;
  readonly after: ReadonlyMap<string, ActionView>;
  /** Every action's view after the transaction, in creation order. */
  readonly views: readonly ActionView[];
}

export type ActionsStage = (change: ActionsChange) => void;

export class ActionPipeline {
  private currentViews: readonly ActionView[];
  private byId: ReadonlyMap<string, ActionView>;
  private readonly stages = new Set<ActionsStage>();

  constructor(private readonly doc: Y.Doc) {
    this.currentViews = deriveActions(doc);
    this.byId = indexById(this.currentViews);
    doc.on('afterTransaction', this.onAfterTransaction);
  }

  get views(): readonly ActionView[] {
    return this.currentViews;
  }

  subscribe(stage: ActionsStage): () => void {
    this.stages.add(stage);
    return () => this.stages.delete(stage);
  }

  dispose(): void {
    this.doc.off('afterTransaction', this.onAfterTransaction);
    this.stages.clear();
  }

  private readonly onAfterTransaction = (transaction: Y.Transaction): void => {
    const changed = changedActions(this.doc, transaction);
    if (changed !== 'all' && changed.size === 0) return;
    const ids = changed === 'all' ? new Set(actionsMap(this.doc).keys()) : changed;
    const before = this.byId;
    const views = deriveActions(this.doc, this.currentViews, changed);
    if (views !== this.currentViews) {
      this.currentViews = views;
      this.byId = indexById(views);
    }
    const change: ActionsChange = { transaction, ids, before, after: this.byId, views };
    for (const stage of [...this.stages]) stage(change);
  };
}

function indexById(views: readonly ActionView[]): ReadonlyMap<string, ActionView> {
  return new Map(views.map((view) => [view.id, view]));
}
