/**
 * The vault's IndexedDB schema (Dexie), described byte for byte in docs/vault-format.md. Only
 * ciphertext and non-identifying index fields are stored: random ids, kind, parent id, revision
 * stamp, tombstone and sync flags, the audit sequence a revision was written at.
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
  /**
   * The audit chain's sequence when this revision was stored (its own event's, or the head's for a
   * merge), also sealed inside `ct`: a revision newer than the chain's head shows the chain was cut.
   * Absent on revisions stored before it was kept.
   */
  auditSeq?: number;
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

/** A half-written form kept while the notebook is open, sealed like a record (drafts.ts). */
export interface StoredDraft {
  /** Which form: a random-free name like "note/<person id>/new" (ids only, never content). */
  key: string;
  rev: string;
  ct: Uint8Array;
}

export class VaultDatabase extends Dexie {
  records!: Table<StoredRecord, string>;
  meta!: Table<MetaRow, string>;
  audit!: Table<StoredAuditEvent, number>;
  drafts!: Table<StoredDraft, string>;

  constructor(name: string = VAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      records: 'id, kind, parentId, dirty',
      meta: 'key',
      audit: 'seq',
    });
    // Additive: an index to find the newest audited revision, and the drafts of open forms.
    this.version(2).stores({
      records: 'id, kind, parentId, dirty, auditSeq',
      drafts: 'key',
    });
  }
}
