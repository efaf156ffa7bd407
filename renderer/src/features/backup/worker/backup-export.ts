/**
 * A backup being made, in the vault worker: the notebook's records (tombstones included) and its
 * audit trail, read a page at a time, encrypted chunk by chunk, and handed to the window in pieces
 * of about a megabyte for the main process to write. Only one page of records and one piece of the
 * file are held at a time, whatever the notebook's size.
 */
import { backupPieces } from '@shared/backup/backup-encoder';
import type { BackupEntry } from '@shared/backup/backup-entries';
import type { PinnedAgencyKey } from '@shared/agency/agency-keys';
import { concatBytes } from '@shared/crypto/bytes';
import { handOver } from '@shared/hand-over';
import type { BackupPort } from '../../../vault/backup-port';

/** Records (or audit events) read and decrypted at once. */
const PAGE_SIZE = 250;
/** A piece handed to the window; well under the host API's 4 MiB cap on one piece. */
export const EXPORT_PIECE_BYTES = 1024 * 1024;

export interface ExportPiece {
  piece: Uint8Array;
  done: boolean;
  /** Records and audit events written so far, of `total`. */
  written: number;
  total: number;
  /** Records left out so far because they did not open (damaged): the backup holds everything else. */
  leftOut: number;
}

/** A damaged record (it does not open) is left out of the backup; the vault's registry names it for the peer. */
async function* backupEntries(backup: BackupPort, progress: { written: number; leftOut: number }): AsyncGenerator<BackupEntry> {
  for await (const page of backup.recordPages(PAGE_SIZE)) {
    progress.leftOut += page.read - page.records.length;
    progress.written += page.read - page.records.length;
    for (const { id, rev, body } of page.records) {
      progress.written += 1;
      yield { type: 'record', id, rev, kind: body.kind, parentId: body.parentId, deleted: body.deleted === true, body };
    }
  }
  for await (const page of backup.auditPages(PAGE_SIZE)) {
    for (const { seq, ...event } of page) {
      progress.written += 1;
      yield { type: 'audit-event', seq, event };
    }
  }
}

export class BackupExport {
  private readonly progress = { written: 0, leftOut: 0 };
  private readonly pieces: AsyncGenerator<Uint8Array>;

  private constructor(
    backup: BackupPort,
    agencyKeys: readonly PinnedAgencyKey[],
    readonly total: number,
  ) {
    this.pieces = backupPieces(backup.encoder(agencyKeys), backupEntries(backup, this.progress));
  }

  static async start(backup: BackupPort, agencyKeys: readonly PinnedAgencyKey[]): Promise<BackupExport> {
    const { records, auditEvents } = await backup.size();
    return new BackupExport(backup, agencyKeys, records + auditEvents);
  }

  /** The next piece of the file: encrypted chunks gathered up to about a megabyte. */
  async next(): Promise<ExportPiece> {
    const gathered: Uint8Array[] = [];
    let bytes = 0;
    let done = false;
    while (bytes < EXPORT_PIECE_BYTES) {
      const step = await this.pieces.next();
      if (step.done) {
        done = true;
        break;
      }
      gathered.push(step.value);
      bytes += step.value.length;
    }
    // Made for the window alone: it moves there rather than being copied.
    return {
      piece: handOver(concatBytes(...gathered)),
      done,
      written: this.progress.written,
      total: this.total,
      leftOut: this.progress.leftOut,
    };
  }

  /** Stops early (the write failed, the peer locked): the entry stream is closed. */
  async cancel(): Promise<void> {
    await this.pieces.return(undefined);
  }
}
