/**
 * `verify <backup>`: without a key, checks everything that can be checked without one (it is a
 * backup, its format, its header's checksum, every part present and in order, the final part);
 * with a key, also opens the header's MAC and every chunk, and counts what it holds.
 */
import type { Sodium } from '@shared/crypto/sodium';
import { inspectBackup, verifyBackup } from '@shared/backup/backup-reader';
import type { BackupHeader } from '@shared/backup/backup-header';
import type { AdminIo } from './admin-io';
import { unlockFromOptions, type KeyOptions } from './backup-unlock';
import { fileBytes } from './files';
import { formatFingerprint } from './keygen';

function describeHeader(io: AdminIo, header: BackupHeader): void {
  io.out(`  made:          ${header.createdAt}`);
  io.out(`  notebook:      ${header.vault.vaultId}`);
  io.out(
    `  agency keys:   ${header.agencySlots.length ? header.agencySlots.map((slot) => formatFingerprint(slot.fingerprint)).join('\n                 ') : 'none'}`,
  );
}

export async function verify(sodium: Sodium, io: AdminIo, backupPath: string, options: KeyOptions): Promise<void> {
  const unlock = await unlockFromOptions(sodium, io, options);
  if (!unlock) {
    const structure = await inspectBackup(sodium, fileBytes(backupPath));
    io.out(`Structure intact: ${backupPath} (${structure.bytes} bytes, ${structure.chunks} parts, ends with its final part).`);
    describeHeader(io, structure.header);
    io.out('The header was read without a key, so it is not yet authenticated, and the content was not checked.');
    io.out('To check the content too, add --key <agency private key file>, --passphrase or --recovery-code.');
    return;
  }
  const verified = await verifyBackup(sodium, fileBytes(backupPath), unlock);
  sodium.memzero(verified.fileKey);
  const { records, deletedRecords, auditEvents, unrecognised } = verified.counts;
  io.out(`Backup verified: ${backupPath} (${verified.chunks} parts, every one authenticated to the final part).`);
  describeHeader(io, verified.header);
  io.out(`  records:       ${records} (${deletedRecords} deleted)`);
  io.out(`  audit events:  ${auditEvents}`);
  if (unrecognised) io.out(`  other entries: ${unrecognised} (written by a newer version of Peer Notebook)`);
}
