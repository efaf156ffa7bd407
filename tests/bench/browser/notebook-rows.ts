/**
 * The app's IndexedDB notebook read out and written back as stored rows (ciphertexts, key slots,
 * sealed audit events: nothing is opened), so the bench can keep a generated notebook and load it
 * again instead of generating it anew (large-notebook-cache.ts).
 */
import Dexie from 'dexie';
import { VAULT_DATABASE_NAME, VaultDatabase } from '../../../renderer/src/vault/database';

export type NotebookTable = 'records' | 'meta' | 'audit';

/** Up to `limit` rows of a table after the key `after` (in key order); null to start. */
export async function notebookRows(table: NotebookTable, after: string | number | null, limit: number): Promise<unknown[]> {
  const db = new VaultDatabase();
  try {
    const rows = db.table(table);
    return await (after === null ? rows.orderBy(':id') : rows.where(':id').above(after)).limit(limit).toArray();
  } finally {
    db.close();
  }
}

/** Empties the app's notebook, so rows can be written back into it. */
export async function clearNotebook(): Promise<void> {
  await Dexie.delete(VAULT_DATABASE_NAME);
}

export async function putNotebookRows(table: NotebookTable, rows: unknown[]): Promise<void> {
  const db = new VaultDatabase();
  try {
    await db.table(table).bulkAdd(rows);
  } finally {
    db.close();
  }
}
