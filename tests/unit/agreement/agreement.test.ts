import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RemoteOrigin } from '../../../shared/sync/remote-origin';
import type { Identity } from '../../../shared/identity/identity';
import { addComment, editComment, mentions, threadOf } from '../../../shared/workspace/agreement/comments';
import { actionContent, actionItem, agreementOf, differenceFrom, fingerprintOf, historyOf, parseSignOff, signOff, signOffsMap } from '../../../shared/workspace/agreement/sign-offs';
import { editActionTitle } from '../../../shared/workspace/actions';
import { ROOT } from '../../../shared/workspace/schema';
import { AVI, SAM, laptop, stateOf, type Laptop } from '../bundle/laptops';
import { crafted } from '../sync/gate-cases';
import { DRAFT, NOW, send, sync } from '../meetings/meeting-fixtures';

const ITEM = actionItem(DRAFT);
const OBSERVER: Identity = { name: 'Olga Observer', delegation: 'us', role: 'observer' };

function agreement(l: Laptop) {
  return agreementOf(l.doc, ITEM, actionContent(l.doc, DRAFT)!);
}

function sign(l: Laptop, state: 'agreed' | 'ad-referendum' | 'reserved', reason: string | null = null, at = NOW) {
  return l.edit((doc) => signOff(doc, l.identity, { item: ITEM, state, reason, content: actionContent(doc, DRAFT)!, now: at }));
}

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('agreement per delegation', () => {
  it('is settled only when both sides agreed; ad referendum is not yet agreement', () => {
    const sam = laptop(SAM);
    const avi = laptop(AVI);
    expect(agreement(sam).sides.us.state).toBe('none');
    expect(sign(sam, 'agreed')).toBeNull();
    sync(sam, avi);
    expect(agreement(avi).sides.us.state).toBe('agreed');
    expect(agreement(avi).agreedByBoth).toBe(false);
    sign(avi, 'ad-referendum', null, later(1));
    sync(sam, avi);
    expect(agreement(sam).sides.israel.state).toBe('ad-referendum');
    expect(agreement(sam).agreedByBoth).toBe(false);
    sign(avi, 'agreed', null, later(2));
    sync(sam, avi);
    expect(agreement(sam).agreedByBoth).toBe(true);
    expect(agreement(sam).history.map((entry) => entry.state)).toEqual(['agreed', 'ad-referendum', 'agreed']);
  });

  it('reopens on an edit after agreement, shows the difference and keeps the earlier agreement in history', () => {
    const sam = laptop(SAM);
    const avi = laptop(AVI);
    sign(sam, 'agreed');
    sync(sam, avi);
    sign(avi, 'agreed', null, later(1));
    sync(sam, avi);
    const before = actionContent(sam.doc, DRAFT)!;
    avi.edit((doc) => editActionTitle(doc, DRAFT, 'Call for challenges, revised', later(2)));
    sync(sam, avi);
    for (const l of [sam, avi]) {
      const now = agreement(l);
      expect(now.agreedByBoth).toBe(false);
      expect(now.changedAfterAgreement).toBe(true);
      expect(now.sides.us.state).toBe('changed');
      expect(now.sides.israel.state).toBe('changed');
      expect(differenceFrom(now.sides.us.latest!.content, actionContent(l.doc, DRAFT)!)).toEqual([
        { field: 'title', agreed: before.title, now: 'Call for challenges, revised' },
      ]);
      expect(now.history).toHaveLength(2);
    }
  });

  it('records a reservation only with its reason', () => {
    const sam = laptop(SAM);
    expect(sign(sam, 'reserved', '  ')).toMatch(/reason/);
    expect(sign(sam, 'reserved', 'Funding line needs Treasury review')).toBeNull();
    expect(agreement(sam).sides.us).toMatchObject({ state: 'reserved', latest: { reason: 'Funding line needs Treasury review' } });
  });

  it('never lets an observer sign', () => {
    const sam = laptop(OBSERVER);
    expect(sam.edit((doc) => signOff(doc, OBSERVER, { item: ITEM, state: 'agreed', content: actionContent(doc, DRAFT)!, now: NOW }))).toMatch(/observer/);
    expect(signOffsMap(sam.doc).size).toBe(0);
  });

  it('refuses through the gate: a signature for the other side, by an observer, a forged fingerprint, a rewrite, another client’s', () => {
    const sam = laptop(SAM);
    const avi = laptop(AVI);
    sign(sam, 'agreed');
    sync(sam, avi);
    const content = actionContent(avi.doc, DRAFT)!;
    const good = { item: ITEM, side: 'us', state: 'agreed', reason: null, signer: SAM, client: '66666666', at: NOW.toISOString(), fingerprint: fingerprintOf(content), content };
    expect(parseSignOff(good).ok).toBe(true);
    const cases: Array<[string, (doc: Y.Doc) => void]> = [
      ['the other side', (doc) => doc.getMap(ROOT.signOffs).set('x.1', { ...good, side: 'israel' })],
      ['an observer', (doc) => doc.getMap(ROOT.signOffs).set('x.1', { ...good, signer: OBSERVER })],
      ['a forged fingerprint', (doc) => doc.getMap(ROOT.signOffs).set('x.1', { ...good, fingerprint: fingerprintOf({ ...content, title: 'other' }) })],
      ['another client', (doc) => doc.getMap(ROOT.signOffs).set('x.1', { ...good, client: '5' })],
      ['a rewrite', (doc) => doc.getMap(ROOT.signOffs).set([...signOffsMap(doc).keys()][0]!, { ...good, state: 'reserved', reason: 'no' })],
    ];
    for (const [label, edit] of cases) {
      const before = stateOf(avi.doc);
      const verdict = avi.merge(crafted(avi.doc, 66_666_666, edit), new RemoteOrigin('peer', label));
      expect(verdict.ok, label).toBe(false);
      expect(stateOf(avi.doc), label).toBe(before);
    }
    expect(avi.merge(crafted(avi.doc, 66_666_666, (doc) => doc.getMap(ROOT.signOffs).set('x.1', good)), new RemoteOrigin('peer', 'good')).ok).toBe(true);
    expect(historyOf(avi.doc, ITEM)).toHaveLength(2);
  });
});

describe('comment threads', () => {
  it('are attributed, shared, editable only by their author, and mark mentions', () => {
    const sam = laptop(SAM);
    const avi = laptop(AVI);
    expect(sam.edit((doc) => addComment(doc, SAM, ITEM, 'Can @Avi Cohen confirm the INCD lead?', NOW))).toBeNull();
    sync(sam, avi);
    expect(avi.edit((doc) => addComment(doc, AVI, ITEM, 'Confirmed.', later(1)))).toBeNull();
    sync(sam, avi);
    const thread = threadOf(sam.doc, ITEM);
    expect(thread.map((comment) => [comment.author.name, comment.text])).toEqual([
      ['Sam Ortiz', 'Can @Avi Cohen confirm the INCD lead?'],
      ['Avi Cohen', 'Confirmed.'],
    ]);
    expect(mentions(thread, 'Avi Cohen')).toBe(true);
    expect(mentions(thread, 'Dana')).toBe(false);
    expect(avi.edit((doc) => editComment(doc, AVI, thread[0]!.key, 'Hijacked', later(2)))).toMatch(/author/);
    expect(sam.edit((doc) => editComment(doc, SAM, thread[0]!.key, 'Can @Avi Cohen confirm the lead?', later(2)))).toBeNull();
    send(sam, avi);
    expect(threadOf(avi.doc, ITEM)[0]).toMatchObject({ text: 'Can @Avi Cohen confirm the lead?', editedAt: later(2).toISOString() });
    const key = thread[0]!.key;
    const forged = crafted(avi.doc, 66_666_666, (doc) => doc.getMap(ROOT.comments).set(key, { ...(doc.getMap(ROOT.comments).get(key) as object), text: 'Forged' }));
    expect(avi.merge(forged, new RemoteOrigin('peer', 'forger')).ok).toBe(false);
  });
});
