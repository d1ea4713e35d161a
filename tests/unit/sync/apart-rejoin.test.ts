import { describe, expect, it } from 'vitest';
import { watchConflicts } from '../../../shared/review/conflicts';
import { addAction, editActionTitle, setActionStatus } from '../../../shared/workspace/actions';
import { recordAuthor } from '../../../shared/workspace/authors';
import { LOCAL_ORIGIN } from '../../../shared/workspace/origins';
import { Connection, content, flush } from './peer-harness';
import { dana, laptop, yael } from './peer-session-fixtures';

describe('apart then together', () => {
  it('both edit one action apart (title, status) and add their own; rejoined they sync with nothing refused', () => {
    const a = laptop(dana);
    const b = laptop(yael);
    const problems: string[] = [];
    for (const l of [a, b]) watchConflicts(l.doc, (e) => problems.push(String(e)));
    const edit = (l: typeof a, who: typeof dana, op: () => void) => l.doc.transact(() => { op(); recordAuthor(l.doc, who); }, LOCAL_ORIGIN);
    let id = '';
    edit(a, dana, () => { id = addAction(a.doc, { title: 'Shared action' }); });
    const first = new Connection(a, b).start();
    flush(first);
    first.close();
    edit(a, dana, () => addAction(a.doc, { title: 'Only in Washington' }));
    edit(b, yael, () => addAction(b.doc, { title: 'Only in Tel Aviv' }));
    edit(a, dana, () => editActionTitle(a.doc, id, 'Shared action, Washington wording'));
    edit(b, yael, () => editActionTitle(b.doc, id, 'Shared action, Tel Aviv wording'));
    edit(a, dana, () => setActionStatus(a.doc, id, 'agreed'));
    edit(b, yael, () => setActionStatus(b.doc, id, 'blocked'));
    const again = new Connection(a, b).start();
    flush(again);
    expect([...again.a.rejected, ...again.b.rejected, ...problems]).toEqual([]);
    expect(content(a.doc)).toEqual(content(b.doc));
  });
});
