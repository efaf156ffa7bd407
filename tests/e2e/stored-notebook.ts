/** A notebook as Playwright keeps a context's storage (IndexedDB included), changed row by row before a test starts from it. */
import type { StorageState } from './harness';

/** The part of Playwright's storage state these helpers read: IndexedDB (there at run time, not in its types). */
type WithIndexedDb = StorageState['origins'][number] & {
  indexedDB?: { stores: { name: string; records: { value?: { key?: unknown; value?: unknown } }[] }[] }[];
};

/** The storage with the vault's meta row `key` (there must be exactly one) given the value `change` makes of it. */
export function withMetaRow(storage: StorageState, key: string, change: (value: unknown) => unknown): StorageState {
  let changed = 0;
  const origins = storage.origins.map((origin: WithIndexedDb) => ({
    ...origin,
    indexedDB: origin.indexedDB?.map((database) => ({
      ...database,
      stores: database.stores.map((store) =>
        store.name !== 'meta'
          ? store
          : {
              ...store,
              records: store.records.map((record) => {
                if (record.value?.key !== key) return record;
                changed++;
                return { ...record, value: { ...record.value, value: change(record.value.value) } };
              }),
            },
      ),
    })),
  }));
  if (changed !== 1)
    throw new Error(`No meta row "${key}" where tests/e2e/stored-notebook.ts looks for it: update it to the vault format.`);
  return { ...storage, origins };
}
