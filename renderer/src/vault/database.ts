/**
 * The vault's IndexedDB schema (Dexie). Only ciphertext and non-identifying index fields are
 * stored: random ids, kind, parent id, revision stamp, tombstone and sync flags.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';

export const VAULT_DATABASE_NAME = 'peer-notebook';

export interface StoredRecord {
  id: string;
  kind: string;
  parentId: string | null;
  /** Hybrid logical clock stamp of this revision. */
  rev: string;
  /** 1 for a tombstone (IndexedDB cannot index booleans). */
  deleted: 0 | 1;
  /** 1 until a sync remote has acknowledged this revision. */
  dirty: 0 | 1;
  /** The record-cipher envelope of the record body. */
  ct: Uint8Array;
}

/** One audit event, sealed, and its link in the tamper-evident chain. Append-only. */
export interface StoredAuditEvent {
  seq: number;
  ct: Uint8Array;
  link: Uint8Array;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export class VaultDatabase extends Dexie {
  records!: Table<StoredRecord, string>;
  meta!: Table<MetaRow, string>;
  audit!: Table<StoredAuditEvent, number>;

  constructor(name: string = VAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      records: 'id, kind, parentId, dirty',
      meta: 'key',
      audit: 'seq',
    });
  }
}
