/**
 * What an app's origin holds (its IndexedDB databases, as the vault made them), read from a page
 * and written into a page of another origin: how a test starts from a notebook made earlier, and
 * how a relaunch finds what the last run left. JSON, so vitest can hand it to every test process;
 * bytes are kept as base64 (`{ [BYTES]: … }`), made and read by the browser's own codec.
 *
 * Playwright's storage state restores IndexedDB too, but only into a new context, through a page
 * (and a renderer process) of its own; an app's page here runs one app after another
 * (harness.ts), and restores what it starts from itself, on the origin the app is about to load.
 */
import type { Page } from 'playwright-core';

export interface AppStorage {
  databases: StoredDatabase[];
}

export interface StoredDatabase {
  name: string;
  version: number;
  stores: StoredObjectStore[];
}

export interface StoredObjectStore {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  /** Each record's value, and its key where the store keeps keys apart from values (no keyPath). */
  records: { key?: unknown; value: unknown }[];
}

/** How bytes are kept in the JSON: `{ [BYTES]: base64 }`. */
export const BYTES = '__bytes';

/** Everything in the page's origin's IndexedDB. A value the JSON cannot keep (a Date, a Blob…) is an error, not a loss. */
export async function readStorage(page: Page): Promise<AppStorage> {
  return page.evaluate(async (BYTES) => {
    // Methods of an object, not named functions: tsx's transform wraps those in a helper (__name) the page lacks.
    const codec = {
      encode(value: unknown): unknown {
        if (value instanceof Uint8Array) return { [BYTES]: (value as unknown as { toBase64(): string }).toBase64() };
        if (Array.isArray(value)) return value.map(codec.encode);
        if (value && typeof value === 'object') {
          if (Object.getPrototypeOf(value) !== Object.prototype)
            throw new Error(`The test's storage copy cannot keep a stored ${Object.prototype.toString.call(value)}.`);
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, codec.encode(item)]));
        }
        return value;
      },
      result<T>(request: IDBRequest<T>): Promise<T> {
        return new Promise((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      },
    };
    const databases = [];
    for (const info of await indexedDB.databases()) {
      const db = await codec.result(indexedDB.open(info.name!));
      const stores = [];
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name).objectStore(name);
        const indexes = Array.from(store.indexNames).map((indexName) => {
          const index = store.index(indexName);
          return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
        });
        const [values, keys] = await Promise.all([
          codec.result(store.getAll()),
          store.keyPath === null ? codec.result(store.getAllKeys()) : undefined,
        ]);
        const records = values.map((value, i) => ({ ...(keys ? { key: codec.encode(keys[i]) } : {}), value: codec.encode(value) }));
        stores.push({ name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes, records });
      }
      databases.push({ name: db.name, version: db.version, stores });
      db.close();
    }
    return { databases } as AppStorage;
  }, BYTES);
}

/** Writes `storage` into the IndexedDB of the origin `page` is on, which must hold none of its databases yet. */
export async function restoreStorage(page: Page, storage: AppStorage): Promise<void> {
  await page.evaluate(
    async ({ storage, BYTES }) => {
      const codec = {
        decode(value: unknown): unknown {
          if (value && typeof value === 'object' && BYTES in value)
            return (Uint8Array as unknown as { fromBase64(text: string): Uint8Array }).fromBase64(
              (value as Record<string, string>)[BYTES]!,
            );
          if (Array.isArray(value)) return value.map(codec.decode);
          if (value && typeof value === 'object')
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, codec.decode(item)]));
          return value;
        },
      };
      for (const database of storage.databases) {
        const opening = indexedDB.open(database.name, database.version);
        opening.onupgradeneeded = () => {
          if (opening.result.objectStoreNames.length > 0) throw new Error(`The page's origin already holds "${database.name}".`);
          for (const { name, keyPath, autoIncrement, indexes } of database.stores) {
            const store = opening.result.createObjectStore(name, { keyPath, autoIncrement });
            for (const index of indexes)
              store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
          }
        };
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          opening.onsuccess = () => resolve(opening.result);
          opening.onerror = () => reject(opening.error);
        });
        const transaction = db.transaction(
          database.stores.map((store) => store.name),
          'readwrite',
        );
        for (const { name, keyPath, records } of database.stores) {
          const store = transaction.objectStore(name);
          for (const record of records)
            if (keyPath === null) store.put(codec.decode(record.value), codec.decode(record.key) as IDBValidKey);
            else store.put(codec.decode(record.value));
        }
        await new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve();
          transaction.onabort = () => reject(transaction.error);
        });
        db.close();
      }
    },
    { storage, BYTES },
  );
}

/** The storage with the vault's meta row `key` (there must be exactly one) given the value `change` makes of it (bytes as `{ [BYTES]: … }`). */
export function withMetaRow(storage: AppStorage, key: string, change: (value: unknown) => unknown): AppStorage {
  let changed = 0;
  const databases = storage.databases.map((database) => ({
    ...database,
    stores: database.stores.map((store) =>
      store.name !== 'meta'
        ? store
        : {
            ...store,
            records: store.records.map((record) => {
              const row = record.value as { key?: unknown; value?: unknown };
              if (row.key !== key) return record;
              changed++;
              return { ...record, value: { ...row, value: change(row.value) } };
            }),
          },
    ),
  }));
  if (changed !== 1) throw new Error(`No meta row "${key}" where tests/e2e/app-storage.ts looks for it: update it to the vault format.`);
  return { databases };
}
