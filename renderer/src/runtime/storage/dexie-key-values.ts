import { guard } from '../../../../shared/persistence/storage-guard';
import type { KeyValueTable } from '../../../../shared/local-store/typed-settings';
import type { TandemDb } from './tandem-db';

/** The `settings` table as raw key/values; identity and the LAN session are typed over it in shared/. */
export class DexieKeyValues implements KeyValueTable {
  constructor(private readonly db: TandemDb) {}

  get(key: string): Promise<unknown> {
    return guard(`read the setting "${key}"`, async () => (await this.db.settings.get(key))?.value);
  }

  put(key: string, value: unknown): Promise<void> {
    return guard(`save the setting "${key}"`, async () => {
      await this.db.settings.put({ key, value });
    });
  }

  delete(key: string): Promise<void> {
    return guard(`clear the setting "${key}"`, () => this.db.settings.delete(key));
  }
}
