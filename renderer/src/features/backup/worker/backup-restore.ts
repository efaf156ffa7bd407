/**
 * A restore, in the vault worker, fed the backup file's bytes in pieces by the window. It reads the
 * file twice: the first pass checks every chunk to the final tag and changes nothing (a bad file is
 * refused with its own message); the window then takes a snapshot of the notebook; the second pass
 * merges the records by revision (a newer local edit is never overwritten) and adds the audit
 * events this notebook does not have yet. Entries are handled a piece at a time, so neither pass
 * holds the file or all its records.
 *
 * On a computer with no notebook yet, the restored notebook takes the backup's own header (its id
 * and key slots), so the passphrase and recovery code it had keep opening it.
 */
import type { Sodium } from '@shared/crypto/sodium';
import { toHex, utf8 } from '@shared/crypto/bytes';
import { normalizeRecoveryCode } from '@shared/crypto/recovery-code';
import { unlockVaultKey } from '@shared/crypto/vault-header';
import { AuditEvent } from '@shared/audit/audit-chain';
import { BackupReader, type BackupEntryCounts } from '@shared/backup/backup-reader';
import type { BackupHeader, BackupUnlock } from '@shared/backup/backup-header';
import type { BackupRecordEntry } from '@shared/backup/backup-entries';
import { say } from '@shared/messages';
import type { BackupPort } from '../../../vault/backup-port';
import { InvalidInputError } from '../../../vault/errors';

/** What opens the backup: the passphrase its notebook had when it was made, or that notebook's recovery code. */
export type RestoreSecret = { kind: 'passphrase'; passphrase: string } | { kind: 'recovery-code'; recoveryCode: string };

export interface VerifiedRestore {
  createdAt: string;
  counts: BackupEntryCounts;
  /** 'new': this computer has no notebook yet, the backup becomes it; otherwise it is merged into the open one. */
  into: 'new' | 'open-notebook';
  /** The backup was made from this very notebook (an earlier state of it). */
  sameNotebook: boolean;
}

export interface RestoreReport {
  added: number;
  updated: number;
  /** Records left as they were: the same, or older than the notebook's own. */
  skipped: number;
  /** Records here that no longer opened (damaged), replaced by the backup's copy. */
  repaired: number;
  /** Records where both sides had changed a field; both versions are kept for the peer to choose. */
  conflicts: number;
  auditEvents: number;
  /**
   * History entries this computer wrote that its own history had lost and the backup still held:
   * the history here had been cut. They are added back at its end, and the History says so.
   */
  historyRecovered: number;
}

/** A first-run restore: the backup's vault key, and the secret kind that opened it (a recovery code asks for a new passphrase). */
interface NewNotebook {
  vaultKey: Uint8Array;
  openedWith: 'passphrase' | 'recovery';
}

/** Audit events are matched by a short digest of what they say, so a second restore adds none twice. */
const eventDigest = (sodium: Sodium, event: AuditEvent): string =>
  toHex(
    sodium.crypto_generichash(
      16,
      utf8(
        JSON.stringify([
          event.at,
          event.actor,
          event.action,
          event.recordId,
          event.recordKind,
          event.personId,
          event.summary,
          event.note ?? null,
        ]),
      ),
      null,
    ),
  );

function unlockOf(secret: RestoreSecret): BackupUnlock {
  if (secret.kind === 'passphrase') return { kind: 'passphrase', passphrase: secret.passphrase };
  return { kind: 'recovery-code', recoveryCode: secret.recoveryCode };
}

export class BackupRestore {
  private reader: BackupReader;
  private phase: 'verifying' | 'verified' | 'applying' | 'finished' = 'verifying';
  private secret: RestoreSecret | null;
  /** After the first pass: the file key, and for a first-run restore the backup's vault key and how it was opened. */
  private verified: { header: BackupHeader; fileKey: Uint8Array; newNotebook: NewNotebook | null; fresh: boolean } | null = null;
  private knownEvents = new Set<string>();
  private readonly report = { added: 0, updated: 0, skipped: 0, repaired: 0, conflicts: 0, auditEvents: 0, historyRecovered: 0 };
  /** While applying: the vault holds back a 'saved' event per record; released (one 'saved-many') when the restore ends either way. */
  private releaseSaves: (() => void) | null = null;

  constructor(
    private readonly backup: BackupPort,
    private readonly sodium: Sodium,
    secret: RestoreSecret,
  ) {
    if (secret.kind === 'recovery-code' && !normalizeRecoveryCode(secret.recoveryCode))
      throw new InvalidInputError(say('vault.notARecoveryCode'));
    this.secret = secret;
    this.reader = new BackupReader(sodium, unlockOf(secret));
  }

  /** First pass: a piece of the file, checked and counted; nothing is kept or changed. */
  verifyPiece(bytes: Uint8Array): void {
    this.expect('verifying');
    this.reader.push(bytes);
  }

  /** The first pass reached the end: the whole file is authentic and complete. */
  async verifyEnd(): Promise<VerifiedRestore> {
    this.expect('verifying');
    const { header, fileKey } = this.reader.end();
    const counts = { ...this.reader.counts };
    const fresh = !(await this.backup.hasNotebook());
    // A new notebook is opened with the backup's own vault key, found again with the same secret.
    const newNotebook = fresh ? this.backupVaultKey(header) : null;
    this.secret = null;
    this.verified = { header, fileKey, newNotebook, fresh };
    this.phase = 'verified';
    return {
      createdAt: header.createdAt,
      counts,
      into: fresh ? 'new' : 'open-notebook',
      sameNotebook: !fresh && this.backup.vaultId === header.vault.vaultId,
    };
  }

  /** Second pass begins: after the snapshot, the file is read again from its start. */
  async applyBegin(): Promise<void> {
    this.expect('verified');
    const { header, fileKey, newNotebook } = this.verified!;
    if (newNotebook) {
      // The vault keeps the key it is given; it zeroes it when it locks.
      this.verified!.newNotebook = null;
      await this.backup.createFromBackup(header.vault, newNotebook.vaultKey, newNotebook.openedWith);
    } else {
      for await (const page of this.backup.auditPages(500)) for (const event of page) this.knownEvents.add(eventDigest(this.sodium, event));
    }
    this.reader = new BackupReader(this.sodium, { kind: 'file-key', fileKey }, { entriesChecked: true });
    this.releaseSaves = this.backup.holdSavedEvents();
    this.phase = 'applying';
  }

  /** Second pass: the records and audit events in one piece of the file go into the notebook. */
  async applyPiece(bytes: Uint8Array): Promise<void> {
    this.expect('applying');
    const records: BackupRecordEntry[] = [];
    const events: AuditEvent[] = [];
    for (const entry of this.reader.push(bytes)) {
      if (entry.type === 'record') records.push(entry);
      if (entry.type !== 'audit-event') continue;
      const event = AuditEvent.safeParse(entry.event);
      if (!event.success) continue;
      const digest = eventDigest(this.sodium, event.data);
      if (this.knownEvents.has(digest)) continue;
      this.knownEvents.add(digest);
      events.push(event.data);
    }
    if (records.length === 0 && events.length === 0) return;
    const merged = await this.backup.restorePiece(
      records.map(({ id, rev, body }) => ({ id, rev, body })),
      events,
    );
    this.report.added += merged.added;
    this.report.updated += merged.updated;
    this.report.skipped += merged.skipped;
    this.report.repaired += merged.repaired;
    this.report.conflicts += merged.conflicts;
    this.report.auditEvents += events.length;
    // Only this computer writes its own history: an entry of its own the notebook lacked was cut from it.
    if (!this.verified?.fresh) this.report.historyRecovered += events.filter((event) => event.actor === this.backup.deviceId).length;
  }

  async applyEnd(): Promise<RestoreReport> {
    this.expect('applying');
    this.reader.end();
    this.close();
    this.phase = 'finished';
    return { ...this.report };
  }

  /** Forgets the keys; safe to call at any point. */
  close(): void {
    if (this.verified) {
      this.sodium.memzero(this.verified.fileKey);
      if (this.verified.newNotebook) this.sodium.memzero(this.verified.newNotebook.vaultKey);
    }
    this.secret = null;
    this.knownEvents = new Set();
    this.releaseSaves?.();
    this.releaseSaves = null;
  }

  private backupVaultKey(header: BackupHeader): NewNotebook {
    const secret = this.secret!;
    const openedWith = secret.kind === 'passphrase' ? 'passphrase' : 'recovery';
    const text = secret.kind === 'passphrase' ? secret.passphrase : normalizeRecoveryCode(secret.recoveryCode)!;
    return { vaultKey: unlockVaultKey(this.sodium, header.vault, openedWith, text).vaultKey, openedWith };
  }

  private expect(phase: BackupRestore['phase']): void {
    if (this.phase !== phase) throw new InvalidInputError(say('backup.restoreOutOfStep'));
  }
}
