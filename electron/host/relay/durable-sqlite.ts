import { SQLite, upsertQuery } from '@hocuspocus/extension-sqlite';
import sqlite3 from 'sqlite3';

/**
 * Hocuspocus's SQLite extension with its writes awaited and its file closed on shutdown.
 *
 * The extension as published (2.x/3.x) calls `db.run(upsert)` without waiting for its callback:
 * its `store` resolves before the row is written, so `afterStoreDocument` ("stored" in the log)
 * claims a write still queued in sqlite3's thread pool, and a relay stopped then (SIGTERM →
 * destroy → exit) loses it. Measured: the restart test lost the workspace on a loaded 2-core
 * machine. Here `store` resolves once SQLite has the row, the schema exists before the first
 * fetch, and `onDestroy` closes the database after the last store (Hocuspocus stores every open
 * document before it calls onDestroy).
 */
export class DurableSQLite extends SQLite {
  constructor(database: string) {
    super({ database });
    // Database (the parent) reads configuration.store at each store, so this replaces the published one.
    this.configuration.store = ({ documentName, state }) => this.write(documentName, state);
  }

  override async onConfigure(): Promise<void> {
    this.db = await new Promise<sqlite3.Database>((resolve, reject) => {
      const db = new sqlite3.Database(this.configuration.database, (error) => (error ? reject(error) : resolve(db)));
    });
    await this.run(this.configuration.schema, {});
  }

  async onDestroy(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    if (db) await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
  }

  private write(documentName: string, state: Buffer): Promise<void> {
    return this.run(upsertQuery, { $name: documentName, $data: state });
  }

  private run(sql: string, params: Record<string, unknown>): Promise<void> {
    const db = this.db;
    if (!db) return Promise.reject(new Error('The relay’s database is closed.'));
    return new Promise((resolve, reject) => db.run(sql, params, (error: Error | null) => (error ? reject(error) : resolve())));
  }
}
