import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SQLite } from '@hocuspocus/extension-sqlite';
import sqlite3 from 'sqlite3';
import { describe, expect, it } from 'vitest';
import { DurableSQLite } from '../../../electron/host/relay/durable-sqlite';

type Store = (payload: { documentName: string; state: Buffer }) => Promise<void>;

/** What another connection to the file reads for `name` right now (as a restarted relay would). */
function readBack(file: string, name: string): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => {
      if (error) return reject(error);
      db.get('SELECT data FROM "documents" WHERE name = $name', { $name: name }, (failed, row?: { data: Buffer }) => {
        db.close();
        // No table yet is nothing stored yet, as a restarted relay would find.
        if (failed && /no such table/.test(failed.message)) resolve(undefined);
        else if (failed) reject(failed);
        else resolve(row?.data);
      });
    });
  });
}

/** A slow disk: every statement on the extension's connection runs `ms` after it is asked for. */
function slowDisk(db: sqlite3.Database, ms = 300): void {
  const run = db.run.bind(db) as (...args: unknown[]) => sqlite3.Database;
  (db as unknown as { run: (...args: unknown[]) => sqlite3.Database }).run = (...args: unknown[]) => {
    setTimeout(() => run(...args), ms);
    return db;
  };
}

/**
 * A disk that writes nothing until released: every statement on the connection waits for
 * `release()`. Unlike a delay, no load on the machine can let a write through early.
 */
function heldDisk(db: sqlite3.Database): { release(): void } {
  const run = db.run.bind(db) as (...args: unknown[]) => sqlite3.Database;
  const held: unknown[][] = [];
  let released = false;
  (db as unknown as { run: (...args: unknown[]) => sqlite3.Database }).run = (...args: unknown[]) => {
    if (released) run(...args);
    else held.push(args);
    return db;
  };
  return {
    release() {
      released = true;
      for (const args of held.splice(0)) run(...args);
    },
  };
}

const fileIn = (): string => path.join(mkdtempSync(path.join(tmpdir(), 'tandem-sqlite-')), 'relay.sqlite');

describe('the relay’s SQLite persistence', () => {
  it('has the row on disk when store resolves, even on a slow disk, and closes the file on destroy', async () => {
    const file = fileIn();
    const extension = new DurableSQLite(file);
    await extension.onConfigure();
    slowDisk(extension.db!);
    const state = Buffer.from([1, 2, 3, 4]);
    await (extension.configuration.store as unknown as Store)({ documentName: 'room', state });
    expect(await readBack(file, 'room')).toEqual(state);
    await extension.onDestroy();
    expect(extension.db).toBeUndefined();
  });

  it('the published extension resolves store before the row is written: why DurableSQLite exists', async () => {
    const file = fileIn();
    const extension = new SQLite({ database: file });
    await extension.onConfigure();
    // Its schema is created without waiting too: let that finish before the disk slows.
    await new Promise<void>((resolve) => extension.db!.run('SELECT 1', () => resolve()));
    const disk = heldDisk(extension.db!);
    await (extension.configuration.store as unknown as Store)({ documentName: 'room', state: Buffer.from([9]) });
    // store has resolved, and the write is still waiting for the disk.
    expect(await readBack(file, 'room')).toBeUndefined();
    // The row comes later, when nobody is waiting for it any more.
    disk.release();
    await expect.poll(() => readBack(file, 'room'), { timeout: 10_000 }).toEqual(Buffer.from([9]));
    await new Promise<void>((resolve) => extension.db!.close(() => resolve()));
  });
});
