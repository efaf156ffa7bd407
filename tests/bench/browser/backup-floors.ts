/**
 * The floors the backup and restore figures are judged against, measured in the same Chromium on
 * the same notebook and file: the least work each must do, done the plainest way, in the page,
 * with the same host calls the app uses (so the bridge between the page and the main handlers is
 * in the floor as it is in the figure). Key derivation is left out of every floor.
 *
 *   - bridge: the backup file's bytes read through the host calls (beginBackupRead,
 *     readBackupPiece), nothing done with them; and written back (writeBackupPiece) the same way.
 *   - backup: every stored record and audit event read from IndexedDB in large pages, decrypted,
 *     framed and encrypted into the backup stream, written through the host calls in the largest
 *     pieces they take, flushed, renamed and read back (finishBackupWrite).
 *   - restore: the file read once through the host calls, every chunk decrypted and split into
 *     entries, every record sealed again and bulk-written into a scratch database in one
 *     transaction per piece.
 */
import Dexie from 'dexie';
import { loadSodium } from '@shared/crypto/sodium';
import { unlockVaultKey, parseVaultHeader } from '@shared/crypto/vault-header';
import { openRecord, sealRecord } from '@shared/crypto/record-cipher';
import { fromUtf8, utf8 } from '@shared/crypto/bytes';
import { BackupEncoder } from '@shared/backup/backup-encoder';
import { BackupReader } from '@shared/backup/backup-reader';
import { MAX_BACKUP_PIECE_BYTES, type HostApi } from '@shared/host-api';
import { VaultDatabase, type StoredRecord } from '../../../renderer/src/vault/database';
import { auditBinding, deriveVaultKeys } from '../../../renderer/src/vault/vault-keys';

const host = () => (window as unknown as { notebook: HostApi }).notebook;
const PAGE = 2000;
const SCRATCH = 'bench-restore-floor';

function accepted<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome as Extract<T, { ok: true }>;
}

async function notebookKeys(passphrase: string) {
  const sodium = await loadSodium();
  const db = new VaultDatabase();
  const header = parseVaultHeader((await db.meta.get('header'))!.value);
  const keys = deriveVaultKeys(sodium, unlockVaultKey(sodium, header, 'passphrase', passphrase).vaultKey);
  return { sodium, db, header, keys };
}

/** Reads a chosen backup file through the host calls, handing each piece on. */
async function readThrough(onPiece: (piece: Uint8Array) => void): Promise<number> {
  const chosen = (await host().chooseBackupToRestore())!;
  const { readId } = accepted(await host().beginBackupRead(chosen.place, null));
  let bytes = 0;
  try {
    for (;;) {
      const { piece, done } = accepted(await host().readBackupPiece(readId));
      bytes += piece.length;
      onPiece(piece);
      if (done) return bytes;
    }
  } finally {
    await host().endBackupRead(readId);
  }
}

/** Writes pieces to a chosen save file through the host calls, finished (flushed, renamed, read back). */
async function writeThrough(pieces: AsyncIterable<Uint8Array>): Promise<void> {
  const chosen = (await host().chooseBackupExportFile())!;
  const { writeId } = accepted(await host().beginBackupWrite(chosen.place));
  for await (const piece of pieces) accepted(await host().writeBackupPiece(writeId, piece as Uint8Array<ArrayBuffer>));
  accepted(await host().finishBackupWrite(writeId, { keepLast: null }));
}

/** Gathers small pieces into ones of the largest size a host call takes. */
async function* gathered(pieces: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let held = new Uint8Array(MAX_BACKUP_PIECE_BYTES);
  let filled = 0;
  for await (const piece of pieces) {
    if (filled + piece.length > held.length) {
      yield held.subarray(0, filled);
      held = new Uint8Array(MAX_BACKUP_PIECE_BYTES);
      filled = 0;
    }
    held.set(piece, filled);
    filled += piece.length;
  }
  yield held.subarray(0, filled);
}

/** The bridge alone: the chosen backup file read through the host calls, then written back to the chosen save file. */
async function bridgeFloor() {
  const pieces: Uint8Array[] = [];
  let started = performance.now();
  const bytes = await readThrough((piece) => pieces.push(piece));
  const readMs = performance.now() - started;
  started = performance.now();
  await writeThrough(
    gathered(
      (async function* () {
        yield* pieces;
      })(),
    ),
  );
  const writeMs = performance.now() - started;
  return { bytes, readMs: Math.round(readMs), writeMs: Math.round(writeMs) };
}

/** The least a backup does: read, decrypt, encrypt into the stream, write through the host calls. */
async function backupFloor(passphrase: string) {
  const { sodium, db, header, keys } = await notebookKeys(passphrase);
  const started = performance.now();
  const encoder = new BackupEncoder(sodium, { vaultHeader: header, vaultKey: keys.vaultKey });
  let entries = 0;
  async function* stream(): AsyncGenerator<Uint8Array> {
    yield encoder.preamble;
    for (let after = ''; ;) {
      const rows = await db.records.where(':id').above(after).limit(PAGE).toArray();
      if (rows.length === 0) break;
      after = rows.at(-1)!.id;
      for (const row of rows) {
        const body = JSON.parse(
          fromUtf8(openRecord(sodium, keys.recordKey, { vaultId: header.vaultId, recordId: row.id, rev: row.rev }, row.ct)),
        );
        yield* encoder.push({
          type: 'record',
          id: row.id,
          rev: row.rev,
          kind: row.kind,
          parentId: row.parentId,
          deleted: row.deleted === 1,
          body,
        });
        entries++;
      }
    }
    for (let after = 0; ;) {
      const rows = await db.audit.where('seq').above(after).limit(PAGE).toArray();
      if (rows.length === 0) break;
      after = rows.at(-1)!.seq;
      for (const row of rows) {
        const event = JSON.parse(fromUtf8(openRecord(sodium, keys.auditKey, auditBinding(header.vaultId, row.seq), row.ct)));
        yield* encoder.push({ type: 'audit-event', seq: row.seq, event });
        entries++;
      }
    }
    yield encoder.finish();
  }
  await writeThrough(gathered(stream()));
  db.close();
  return { ms: Math.round(performance.now() - started), entries };
}

/** The least a restore does: read the file once, decrypt it, seal every record again and bulk-write it. */
async function restoreFloor(passphrase: string) {
  const { sodium, db, header, keys } = await notebookKeys(passphrase);
  db.close();
  await Dexie.delete(SCRATCH);
  const scratch = new VaultDatabase(SCRATCH);
  await scratch.open();
  const started = performance.now();
  const reader = new BackupReader(sodium, { kind: 'vault-key', vaultKey: keys.vaultKey });
  const writes: Promise<unknown>[] = [];
  let records = 0;
  await readThrough((piece) => {
    const rows: StoredRecord[] = [];
    for (const entry of reader.push(piece)) {
      if (entry.type !== 'record') continue;
      const { id, rev, kind, parentId, deleted, body } = entry;
      const ct = sealRecord(sodium, keys.recordKey, { vaultId: header.vaultId, recordId: id, rev }, utf8(JSON.stringify(body)));
      rows.push({ id, rev, kind, parentId, deleted: deleted ? 1 : 0, dirty: 1, ct });
    }
    records += rows.length;
    writes.push(scratch.records.bulkPut(rows));
  });
  reader.end();
  await Promise.all(writes);
  const ms = performance.now() - started;
  scratch.close();
  await Dexie.delete(SCRATCH);
  return { ms: Math.round(ms), records };
}

export const backupFloors = { bridgeFloor, backupFloor, restoreFloor };
