/**
 * The format is frozen two ways: a file written by version 1 must always open, and a freshly
 * written file must be readable by a reader built only from docs/backup-format.md (raw libsodium
 * calls, none of shared/backup). A silent change to the layout, the key derivations or the entry
 * framing fails one or the other.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { fromHex } from '@shared/crypto/bytes';
import { verifyBackup, readBackupEntries } from '@shared/backup/backup-reader';
import type { BackupUnlock } from '@shared/backup/backup-header';
import type { DecodedBackupEntry } from '@shared/backup/backup-entries';
import { FROZEN, FROZEN_BACKUP_BASE64, FROZEN_ENTRIES } from './frozen-backup-v1';
import { backupBytes, inPieces, makeTestVault, noteEntry, personEntry } from './backup-fixtures';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const frozenBytes = () => new Uint8Array(Buffer.from(FROZEN_BACKUP_BASE64, 'base64'));

describe('the frozen version 1 file', () => {
  it('is the file that was frozen', () => {
    const bytes = frozenBytes();
    expect(bytes.length).toBe(FROZEN.length);
    expect(Buffer.from(bytes.subarray(0, 10)).toString('hex')).toBe('504e4241434b55500100');
  });

  it('still opens with its passphrase, recovery code, vault key and agency key, and reads the same entries', async () => {
    const agency = sodium.crypto_box_seed_keypair(new Uint8Array(32).fill(FROZEN.agencySeedByte));
    const unlocks: BackupUnlock[] = [
      { kind: 'passphrase', passphrase: FROZEN.passphrase },
      { kind: 'recovery-code', recoveryCode: FROZEN.recoveryCode },
      { kind: 'vault-key', vaultKey: fromHex(FROZEN.vaultKeyHex) },
      { kind: 'agency-key', keyPair: { publicKey: agency.publicKey, privateKey: agency.privateKey } },
    ];
    for (const unlock of unlocks) {
      const verified = await verifyBackup(sodium, inPieces(frozenBytes(), 100), unlock);
      expect(verified.header.createdAt).toBe(FROZEN.createdAt);
      expect(verified.header.vault.createdAt).toBe(FROZEN.vaultCreatedAt);
      expect(verified.counts).toEqual({ records: 2, deletedRecords: 1, auditEvents: 1, unrecognised: 0 });
    }
    const entries: DecodedBackupEntry[] = [];
    for await (const entry of readBackupEntries(sodium, inPieces(frozenBytes()), unlocks[2]!)) entries.push(entry);
    expect(entries).toEqual(FROZEN_ENTRIES);
  });
});

/** A reader written from docs/backup-format.md alone, opening with the vault key. */
function readAsDocumented(
  sodium: Sodium,
  bytes: Uint8Array,
  vaultKey: Uint8Array,
): { header: Record<string, unknown>; entries: unknown[]; frames: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);
  const b64 = (text: string) => sodium.from_base64(text, sodium.base64_variants.URLSAFE_NO_PADDING);

  expect(utf8(bytes.subarray(0, 8))).toBe('PNBACKUP');
  expect(view.getUint16(8, true)).toBe(1);
  const n = view.getUint32(10, true);
  const covered = bytes.subarray(0, 38 + n);
  const header = JSON.parse(utf8(bytes.subarray(14, 14 + n))) as {
    vault: { vaultId: string };
    fileKey: { nonce: string; wrapped: string };
  } & Record<string, unknown>;
  expect(Object.keys(header)).toEqual(['format', 'createdAt', 'vault', 'fileKey', 'agencySlots']);
  expect(bytes.subarray(38 + n, 70 + n)).toEqual(sodium.crypto_generichash(32, covered, null));

  const backupSubkey = sodium.crypto_kdf_derive_from_key(32, 4, 'PNvault1', vaultKey);
  const fileKeyAd = new TextEncoder().encode(JSON.stringify(['peer-notebook/backup-file-key/v1', header.vault.vaultId]));
  const fileKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
    null,
    b64(header.fileKey.wrapped),
    fileKeyAd,
    b64(header.fileKey.nonce),
    backupSubkey,
  );
  const macKey = sodium.crypto_kdf_derive_from_key(32, 1, 'PNbackup', fileKey);
  expect(bytes.subarray(70 + n, 102 + n)).toEqual(sodium.crypto_generichash(32, covered, macKey));

  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(
    bytes.subarray(14 + n, 38 + n),
    sodium.crypto_kdf_derive_from_key(32, 2, 'PNbackup', fileKey),
  );
  const plaintext: Uint8Array[] = [];
  let offset = 102 + n;
  let index = 0;
  for (let final = false; !final; index++) {
    expect(view.getUint32(offset, true)).toBe(index);
    final = bytes[offset + 4] === 1;
    const length = view.getUint32(offset + 5, true);
    const pulled = sodium.crypto_secretstream_xchacha20poly1305_pull(
      state,
      bytes.subarray(offset + 9, offset + 9 + length),
      bytes.subarray(offset, offset + 9),
    );
    if (!pulled) throw new Error(`chunk ${index} did not open`);
    expect(pulled.tag).toBe(final ? 3 : 0);
    if (!final) expect(pulled.message.length).toBe(65_536);
    plaintext.push(pulled.message);
    offset += 9 + length;
  }
  expect(offset).toBe(bytes.length);

  const stream = Buffer.concat(plaintext);
  const entries: unknown[] = [];
  for (let at = 0; at < stream.length;) {
    const length = stream.readUInt32LE(at);
    entries.push(JSON.parse(stream.subarray(at + 4, at + 4 + length).toString('utf8')));
    at += 4 + length;
  }
  return { header, entries, frames: index };
}

describe('a freshly written file', () => {
  it('is read, checksum, MAC, chunks and entries, by a reader built only from the documentation', async () => {
    const vault = makeTestVault(sodium);
    const person = personEntry();
    const entries = [person, ...Array.from({ length: 1_500 }, (_, i) => noteEntry(person.id, `Visit ${i}: coffee and a walk.`))];
    const bytes = await backupBytes(
      sodium,
      { vaultHeader: vault.header, vaultKey: vault.vaultKey, now: new Date('2025-06-01T00:00:00Z') },
      entries,
    );
    const read = readAsDocumented(sodium, bytes, vault.vaultKey);
    expect(read.frames).toBeGreaterThan(1);
    expect(read.header).toMatchObject({ format: 1, createdAt: '2025-06-01T00:00:00.000Z', vault: vault.header, agencySlots: [] });
    expect(read.entries).toEqual(entries);
  });

  it('keeps the frozen file’s layout: same fields in the same places', async () => {
    const frozen = readAsDocumented(sodium, frozenBytes(), fromHex(FROZEN.vaultKeyHex));
    expect(frozen.entries).toEqual(FROZEN_ENTRIES);
    expect(frozen.frames).toBe(1);
  });
});
