import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Identity } from '../../../shared/identity/identity';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import { addComment, commentsMap, editComment, mayEditComment, mentionsName, threadOf } from '../../../shared/workspace/agreement/comments';
import { actionItem } from '../../../shared/workspace/agreement/sign-offs';
import { recordAuthor } from '../../../shared/workspace/authors';
import { AVI, SAM, laptop, stateOf, type Laptop } from '../bundle/laptops';
import { crafted } from '../sync/gate-cases';
import { DRAFT, NOW, send } from '../meetings/meeting-fixtures';

const ITEM = actionItem(DRAFT);
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const ELI: Identity = { name: 'Eli Mizrahi', delegation: 'israel', role: 'delegate' };

/** The same laptop after a reload: its stored state in a new Y.Doc, hence a new client id, under `identity`. */
function reloaded(from: Laptop, identity: Identity = from.identity): Laptop {
  const next = laptop(identity);
  Y.applyUpdate(next.doc, Y.encodeStateAsUpdate(from.doc));
  return next;
}

function samWithComment(): { sam: Laptop; avi: Laptop; key: string } {
  const sam = laptop(SAM);
  const avi = laptop(AVI);
  expect(sam.edit((doc) => addComment(doc, SAM, ITEM, 'Can @Avi Cohen confirm the INCD lead?', NOW))).toBeNull();
  send(sam, avi);
  return { sam, avi, key: threadOf(avi.doc, ITEM)[0]!.key };
}

/** A rewrite of comment `key` written under `client`, with that client's author entry naming `declared` (or none). */
function rewriteAs(base: Y.Doc, client: number, declared: Identity | null, key: string, change: Record<string, unknown>): Uint8Array {
  return crafted(base, client, (doc) => {
    const old = commentsMap(doc).get(key) as Record<string, unknown>;
    commentsMap(doc).set(key, { ...old, editedAt: later(5).toISOString(), ...change });
    if (declared) recordAuthor(doc, declared);
  });
}

describe('a comment is editable by its author from any of their sessions, and by nobody else', () => {
  it('accepts the author’s edit from a later client id of their laptop (after a reload), on every peer', () => {
    const { sam, avi, key } = samWithComment();
    const next = reloaded(sam);
    expect(next.doc.clientID).not.toBe(sam.doc.clientID);
    const comment = threadOf(next.doc, ITEM)[0]!;
    expect(mayEditComment(comment, SAM)).toBe(true);
    expect(next.edit((doc) => editComment(doc, SAM, key, 'Can @Avi Cohen confirm the lead?', later(3)))).toBeNull();
    send(next, avi); // through Avi's gate; throws on a refusal
    expect(threadOf(avi.doc, ITEM)[0]).toMatchObject({ text: 'Can @Avi Cohen confirm the lead?', editedAt: later(3).toISOString(), client: String(sam.doc.clientID), author: SAM });
  });

  it('accepts the edited comment on a laptop that never saw its first version (a whole-workspace file)', () => {
    const { sam, key } = samWithComment();
    const next = reloaded(sam);
    expect(next.edit((doc) => editComment(doc, SAM, key, 'Revised after a reload', later(3)))).toBeNull();
    const fresh = laptop(AVI);
    send(next, fresh); // the whole state: the comment arrives already edited, under the later client
    expect(threadOf(fresh.doc, ITEM)[0]).toMatchObject({ text: 'Revised after a reload', author: SAM });
    // …but not an "edited" comment claiming a first client that declared someone else.
    const other = laptop(AVI);
    const forged = crafted(other.doc, 55_555_561, (doc) => {
      recordAuthor(doc, SAM);
      commentsMap(doc).set('1.0', { item: ITEM, text: 'Sam never said this', author: SAM, client: String(other.doc.clientID), at: NOW.toISOString(), editedAt: later(1).toISOString() });
    });
    other.edit(() => undefined); // Avi's own author entry, under the client the forgery names
    expect(other.merge(forged, new RemoteOrigin('peer', 'x')).ok).toBe(false);
  });

  it('refuses someone else’s rewrite, locally and at every peer’s gate', () => {
    const { sam, avi, key } = samWithComment();
    const comment = threadOf(avi.doc, ITEM)[0]!;
    expect(mayEditComment(comment, AVI)).toBe(false);
    expect(avi.edit((doc) => editComment(doc, AVI, key, 'Hijacked', later(2)))).toMatch(/author/);
    const before = stateOf(sam.doc);
    const asAvi = rewriteAs(avi.doc, 55_555_555, AVI, key, { text: 'Hijacked' });
    const verdict = sam.merge(asAvi, new RemoteOrigin('peer', 'Avi Cohen'));
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? null : verdict.rule).toBe('foreign-author');
    expect(stateOf(sam.doc)).toBe(before);
  });

  it('refuses a rewrite from a client that declares nobody, or that changes more than the text', () => {
    const { sam, key } = samWithComment();
    const before = stateOf(sam.doc);
    const undeclared = rewriteAs(sam.doc, 55_555_556, null, key, { text: 'Nobody wrote this' });
    expect(sam.merge(undeclared, new RemoteOrigin('peer', 'x')).ok).toBe(false);
    const reauthored = rewriteAs(sam.doc, 55_555_557, AVI, key, { text: 'Mine now', author: AVI });
    expect(sam.merge(reauthored, new RemoteOrigin('peer', 'x')).ok).toBe(false);
    const moved = rewriteAs(sam.doc, 55_555_558, SAM, key, { item: 'action:elsewhere' });
    expect(sam.merge(moved, new RemoteOrigin('peer', 'x')).ok).toBe(false);
    expect(stateOf(sam.doc)).toBe(before);
  });

  it('does not let the next user of the same laptop edit the previous user’s comments', () => {
    const { sam, avi, key } = samWithComment();
    const eli = reloaded(sam, ELI); // Sam's laptop, a new identity: its past client ids are Sam's
    expect(eli.edit((doc) => editComment(doc, ELI, key, 'Rewritten by Eli', later(2)))).toMatch(/author/);
    const asEli = rewriteAs(eli.doc, 55_555_559, ELI, key, { text: 'Rewritten by Eli' });
    expect(avi.merge(asEli, new RemoteOrigin('peer', 'Eli')).ok).toBe(false);
  });

  it('refuses a new comment posted as someone other than its client declared', () => {
    const avi = laptop(AVI);
    const forged = crafted(avi.doc, 55_555_560, (doc) => {
      recordAuthor(doc, AVI);
      commentsMap(doc).set('55555560.0', { item: ITEM, text: 'I agree', author: SAM, client: '55555560', at: NOW.toISOString(), editedAt: null });
    });
    const verdict = avi.merge(forged, new RemoteOrigin('peer', 'x'));
    expect(verdict.ok ? null : verdict.rule).toBe('foreign-author');
  });
});

describe('mentions', () => {
  it('match a whole name after @, in any case, not a longer name that starts with it', () => {
    expect(mentionsName('Thanks @dana levi, agreed.', 'Dana Levi')).toBe(true);
    expect(mentionsName('@Dana Levi', 'Dana Levi')).toBe(true);
    expect(mentionsName('@Dana Levinson will confirm', 'Dana Levi')).toBe(false);
    expect(mentionsName('Dana Levi without the sign', 'Dana Levi')).toBe(false);
    expect(mentionsName('שאלה ל-@אבי כהן?', 'אבי כהן')).toBe(true);
  });
});
