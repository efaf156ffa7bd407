/**
 * Records found damaged while the notebook is open: a stored revision that does not open under
 * the notebook's key (changed on disk, cut short, moved from another record), whose fields do not
 * read as their kind's, or that a newer version of the app wrote. Every list, search, Today, backup
 * and sync skips such a record and carries on; this registry is how the peer hears of them, in
 * plain words, with what to do (restore that record from a backup or the sync folder).
 *
 * Only the clear columns are kept (id, kind, parent): nothing of a damaged record was opened.
 */
import type { StoredRecord } from './database';

export type DamageReason = 'does-not-open' | 'does-not-read' | 'newer-version';

export interface DamagedRecord {
  id: string;
  /** As the clear columns say (they may be damaged too). */
  kind: string;
  parentId: string | null;
  reason: DamageReason;
}

export class DamagedRecords {
  private readonly found = new Map<string, DamagedRecord>();

  note(row: Pick<StoredRecord, 'id' | 'kind' | 'parentId'>, reason: DamageReason): void {
    this.found.set(row.id, { id: row.id, kind: row.kind, parentId: row.parentId, reason });
  }

  /** A revision of it opened after all (restored, or synced again): no longer damaged. */
  clear(id: string): void {
    this.found.delete(id);
  }

  has(id: string): boolean {
    return this.found.has(id);
  }

  list(): DamagedRecord[] {
    return [...this.found.values()];
  }

  get size(): number {
    return this.found.size;
  }
}
