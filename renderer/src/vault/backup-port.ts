/**
 * The narrow port backups and restores (features/backup/) work through: the notebook read a page
 * at a time, an encoder under its key, a new notebook made from a backup's header, and one call
 * that brings a piece of a backup in.
 *
 * A piece of a restore is one unit of work: its records merged by revision (a newer edit made here
 * is never overwritten; a damaged record here is replaced by the backup's copy) and its history
 * entries this notebook lacks, committed together.
 */
import type { PinnedAgencyKey } from '@shared/agency/agency-keys';
import type { AuditEvent } from '@shared/audit/audit-chain';
import { BackupEncoder } from '@shared/backup/backup-encoder';
import type { VaultHeader } from '@shared/crypto/vault-header';
import type { CoreParts } from './core-parts';
import type { DecryptedRecord } from './record-codec';
import type { RecordStore } from './record-store';
import type { Session } from './session';
import { planMerge, stageMerge, type IncomingRevision, type MergeResult } from './merge-revisions';

type CreateFromBackup = (header: VaultHeader, vaultKey: Uint8Array, openedWith: Session['openedWith']) => Promise<unknown>;

export class BackupPort {
  constructor(
    private readonly core: CoreParts,
    private readonly records: RecordStore,
    private readonly create: CreateFromBackup,
  ) {}

  /** Whether this computer has a notebook yet (a first-run restore makes it from the backup). */
  async hasNotebook(): Promise<boolean> {
    return (await this.core.meta.get('header')) !== undefined;
  }

  get vaultId(): string {
    return this.core.keys.require().header.vaultId;
  }

  get deviceId(): string {
    return this.core.keys.require().clock.deviceId;
  }

  /** How many stored revisions and history entries a backup will carry (for its progress). */
  async size(): Promise<{ records: number; auditEvents: number }> {
    const [records, auditEvents] = await Promise.all([this.records.count(), this.core.audit.count()]);
    return { records, auditEvents };
  }

  /** Every stored revision, tombstones included, a page at a time; a damaged one is left out (`read` counts it, the registry names it). */
  recordPages(pageSize: number): AsyncGenerator<{ records: DecryptedRecord[]; read: number }> {
    return this.records.pages(pageSize);
  }

  /** The history in chain order, a page at a time. */
  auditPages(pageSize: number): AsyncGenerator<(AuditEvent & { seq: number })[]> {
    return this.core.audit.pages(pageSize);
  }

  /** A backup under this notebook's key: its header copies the key slots and seals the file key to the pinned agency keys. */
  encoder(agencyKeys: readonly PinnedAgencyKey[], now?: Date): BackupEncoder {
    const session = this.core.keys.require();
    return new BackupEncoder(this.core.sodium, { vaultHeader: session.header, vaultKey: session.vaultKey, agencyKeys, now });
  }

  /** First run: this computer's notebook takes the backup's header and opens, empty, for the restore. */
  async createFromBackup(header: VaultHeader, vaultKey: Uint8Array, openedWith: Session['openedWith']): Promise<void> {
    await this.create(header, vaultKey, openedWith);
  }

  /** While a restore applies its pieces: one 'saved-many' at the end instead of a 'saved' per piece (session.ts). */
  holdSavedEvents(): () => void {
    return this.core.keys.holdSavedEvents();
  }

  /** One piece of a restore: its records merged by revision and its history entries appended, in one unit of work. */
  restorePiece(records: readonly IncomingRevision[], history: readonly AuditEvent[]): Promise<MergeResult> {
    return this.records.write(async (tx) => {
      const merge = records.length > 0 ? stageMerge(tx, await planMerge(tx, records, { from: 'restore' })) : EMPTY_MERGE;
      tx.appendHistory(history);
      return merge;
    });
  }
}

const EMPTY_MERGE: MergeResult = { added: 0, updated: 0, skipped: 0, repaired: 0, conflicts: 0 };
