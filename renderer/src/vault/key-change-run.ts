/**
 * Changing the notebook's key, resumably (the next header's rules: shared/crypto/vault-key-change.ts).
 *
 * A confirmed change is stored in meta as a PendingKeyChange: the target header, the next vault
 * key wrapped under the current one, the audit chain's integrity as checked before anything
 * changed, and cursors. Pages of rows are then sealed again under the next key, each page in one
 * transaction with its cursor: every record in primary-key order (tombstones too; the same id and
 * revision, so only the ciphertext changes), then the audit trail in seq order, each event sealed
 * again and linked into a new chain under the next chain key. The vault's last step stores the
 * target header and drops the pending change in one transaction; until then the current header's
 * passphrase and recovery code open the notebook, and the change carries on from its cursor.
 */
import type { Sodium } from '@shared/crypto/sodium';
import { openRecord, sealRecord } from '@shared/crypto/record-cipher';
import { TamperedDataError } from '@shared/crypto/errors';
import { chainLink, type AuditEvent } from '@shared/audit/audit-chain';
import type { StoredAuditEvent, StoredRecord, VaultDatabase } from './database';
import type { MetaStore, PendingKeyChange } from './meta-store';
import { auditBinding, forgetVaultKeys, type VaultKeys } from './vault-keys';
import { VaultLockedError } from './errors';
import { lineOf } from './unit-of-work';
import { say } from '@shared/messages';

/** Rows sealed again per transaction: small enough to keep the worker answering between pages. */
export const KEY_CHANGE_PAGE_SIZE = 250;

export interface KeyChangeProgress {
  origin: PendingKeyChange['origin'];
  done: number;
  total: number;
}

/** A pending change being carried out: the current keys, the next ones, and where it is. */
export class KeyChangeRun {
  private forgotten = false;

  constructor(
    private readonly db: VaultDatabase,
    private readonly meta: MetaStore,
    private readonly sodium: Sodium,
    private state: PendingKeyChange,
    readonly from: VaultKeys,
    readonly to: VaultKeys,
  ) {}

  get pending(): PendingKeyChange {
    return this.state;
  }

  get progress(): KeyChangeProgress {
    return { origin: this.state.origin, done: this.state.done, total: this.state.total };
  }

  /** The notebook locked: the next keys are zeroed, and a page in flight stops before it writes. */
  forget(): void {
    this.forgotten = true;
    forgetVaultKeys(this.sodium, this.to);
  }

  /**
   * Seals one page of the current stage again, with its cursor, in one transaction. The cursor is
   * read inside it, so two steps asked for at once seal two pages one after the other, never one twice.
   */
  async step(pageSize = KEY_CHANGE_PAGE_SIZE): Promise<void> {
    const { db } = this;
    const next = await db.transaction('rw', db.records, db.audit, db.meta, async () => {
      const state = await this.meta.get('keyChange');
      if (!state || state.stage === 'finish') return state;
      const after = state.stage === 'records' ? await this.recordsPage(state, pageSize) : await this.auditPage(state, pageSize);
      await this.meta.put('keyChange', after);
      return after;
    });
    if (next) this.state = next;
  }

  /** Records in primary-key order, tombstones too: the same id and revision, sealed again. */
  private async recordsPage(state: PendingKeyChange, pageSize: number): Promise<PendingKeyChange> {
    const rows = await this.db.records.where(':id').above(state.recordsAfter).limit(pageSize).toArray();
    this.assertKeysHeld();
    const resealed = rows.map((row) => this.resealRecord(row));
    await this.db.records.bulkPut(resealed.map(({ row }) => row));
    return {
      ...state,
      stage: rows.length < pageSize ? 'audit' : 'records',
      recordsAfter: rows.at(-1)?.id ?? state.recordsAfter,
      unreadable: state.unreadable + resealed.filter(({ opened }) => !opened).length,
      done: state.done + rows.length,
    };
  }

  /** Audit events in seq order, each sealed again and linked into the new chain. */
  private async auditPage(state: PendingKeyChange, pageSize: number): Promise<PendingKeyChange> {
    const rows = await this.db.audit.where('seq').above(state.auditAfter).limit(pageSize).toArray();
    this.assertKeysHeld();
    let link = state.auditLink;
    let unreadable = state.unreadable;
    const relinked = rows.map((row): StoredAuditEvent => {
      const ct = this.resealAuditEvent(row);
      if (!ct) unreadable++;
      link = chainLink(this.sodium, this.to.auditChainKey, link, row.seq, ct ?? row.ct);
      return { seq: row.seq, ct: ct ?? row.ct, link };
    });
    await this.db.audit.bulkPut(relinked);
    return {
      ...state,
      stage: rows.length < pageSize ? 'finish' : 'audit',
      auditAfter: rows.at(-1)?.seq ?? state.auditAfter,
      auditLink: link,
      unreadable,
      done: state.done + rows.length,
    };
  }

  /** The new chain's head, once every event is linked into it. */
  get auditHead(): { seq: number; link: Uint8Array } | null {
    return this.state.auditLink ? { seq: this.state.auditAfter, link: this.state.auditLink } : null;
  }

  /** The last event of the old key's trail and the first thing the new key says: the change, and what it found. */
  changeNote(): Pick<AuditEvent, 'recordId' | 'recordKind' | 'summary' | 'note'> {
    const { target, origin, auditIntegrity, unreadable } = this.state;
    const trail = auditIntegrity.ok
      ? unreadable > 0
        ? say('history.keyChanged.wholeLeft', { count: auditIntegrity.count, unreadable })
        : say('history.keyChanged.whole', { count: auditIntegrity.count })
      : unreadable > 0
        ? say('history.keyChanged.brokenLeft', { at: auditIntegrity.brokenAt, problem: auditIntegrity.problem, unreadable })
        : say('history.keyChanged.broken', { at: auditIntegrity.brokenAt, problem: auditIntegrity.problem });
    const where = origin === 'here' ? 'history.keyChanged.here' : 'history.keyChanged.elsewhere';
    return {
      recordId: target.vaultId,
      recordKind: 'notebook-key',
      ...lineOf(say(where, { generation: target.keyGeneration, trail })),
    };
  }

  /** Keys zeroed by a lock while a page was read would seal rows under zeros: the page's transaction is abandoned instead. */
  private assertKeysHeld(): void {
    if (this.forgotten) throw new VaultLockedError();
  }

  private resealRecord(row: StoredRecord): { row: StoredRecord; opened: boolean } {
    const binding = { vaultId: this.state.target.vaultId, recordId: row.id, rev: row.rev };
    const plaintext = this.openOrNull(() => openRecord(this.sodium, this.from.recordKey, binding, row.ct));
    if (!plaintext) return { row, opened: false };
    return { row: { ...row, ct: sealRecord(this.sodium, this.to.recordKey, binding, plaintext) }, opened: true };
  }

  private resealAuditEvent(row: StoredAuditEvent): Uint8Array | null {
    const binding = auditBinding(this.state.target.vaultId, row.seq);
    const plaintext = this.openOrNull(() => openRecord(this.sodium, this.from.auditKey, binding, row.ct));
    return plaintext && sealRecord(this.sodium, this.to.auditKey, binding, plaintext);
  }

  /** A row that does not open was already unreadable: it is kept (the chain check and the final event say so), not fatal. */
  private openOrNull(open: () => Uint8Array): Uint8Array | null {
    try {
      return open();
    } catch (error) {
      if (error instanceof TamperedDataError) return null;
      throw error;
    }
  }
}
