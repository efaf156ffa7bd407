import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { BackupEncoder } from '@shared/backup/backup-encoder';
import { readBackupEntries, readBackupPreamble, verifyBackup } from '@shared/backup/backup-reader';
import { BackupWrongKeyError } from '@shared/backup/backup-errors';
import { CHUNK_PLAINTEXT_BYTES, FRAME_HEADER_BYTES, CHUNK_OVERHEAD_BYTES } from '@shared/backup/backup-layout';
import type { BackupEntry, DecodedBackupEntry } from '@shared/backup/backup-entries';
import type { BackupUnlock } from '@shared/backup/backup-header';
import { agencyKeyFingerprint, generateAgencyKeyPair, type AgencyKeyPair } from '@shared/crypto/agency-key';
import { UnpinnedAgencyKeyError } from '@shared/agency/agency-keys';
import {
  PASSPHRASE,
  PERSON_NAME,
  PHONE,
  RECOVERY_CODE,
  backupBytes,
  inPieces,
  joinBytes,
  layoutOf,
  makeTestVault,
  noteEntry,
  personEntry,
  pinnedAgencyKey,
  type TestVault,
} from './backup-fixtures';

let sodium: Sodium;
let vault: TestVault;
let agency: AgencyKeyPair;
beforeAll(async () => {
  sodium = await loadSodium();
  vault = makeTestVault(sodium);
  agency = generateAgencyKeyPair(sodium);
});

async function readAll(bytes: Uint8Array, unlock: BackupUnlock, pieceSize?: number): Promise<DecodedBackupEntry[]> {
  const entries: DecodedBackupEntry[] = [];
  for await (const entry of readBackupEntries(sodium, inPieces(bytes, pieceSize), unlock)) entries.push(entry);
  return entries;
}

function smallVaultEntries(): BackupEntry[] {
  const person = personEntry();
  return [
    person,
    noteEntry(person.id, `Met ${PERSON_NAME} at the library; call ${PHONE} on Thursdays.`),
    { ...noteEntry(person.id, ''), deleted: true },
    noteEntry(null, 'A note that belongs to no person.'),
    { type: 'audit-event', seq: 1, event: { at: '2025-03-01T10:00:00.000Z', actor: 'device', action: 'create' } },
  ];
}

describe('a backup round trip', () => {
  it('opens with the passphrase, the recovery code, the vault key or the agency key, and gives back every entry', async () => {
    const entries = smallVaultEntries();
    const bytes = await backupBytes(
      sodium,
      { vaultHeader: vault.header, vaultKey: vault.vaultKey, agencyKeys: [pinnedAgencyKey(sodium, agency.publicKey)] },
      entries,
    );
    const unlocks: BackupUnlock[] = [
      { kind: 'passphrase', passphrase: PASSPHRASE },
      // As typed from paper: lower case, spaces, no dashes.
      { kind: 'recovery-code', recoveryCode: RECOVERY_CODE.toLowerCase().replace(/-/g, ' ') },
      { kind: 'vault-key', vaultKey: vault.vaultKey },
      { kind: 'agency-key', keyPair: agency },
    ];
    for (const unlock of unlocks) expect(await readAll(bytes, unlock)).toEqual(entries);
  });

  it('verifies a whole file, counts what it holds, and hands back the key so the apply pass needs no second derivation', async () => {
    const bytes = await backupBytes(
      sodium,
      { vaultHeader: vault.header, vaultKey: vault.vaultKey, now: new Date('2025-04-01T12:00:00Z') },
      smallVaultEntries(),
    );
    const verified = await verifyBackup(sodium, inPieces(bytes), { kind: 'passphrase', passphrase: PASSPHRASE });
    expect(verified.counts).toEqual({ records: 4, deletedRecords: 1, auditEvents: 1, unrecognised: 0 });
    expect(verified.header.vault.vaultId).toBe(vault.header.vaultId);
    expect(verified.header.createdAt).toBe('2025-04-01T12:00:00.000Z');
    expect(await readAll(bytes, { kind: 'file-key', fileKey: verified.fileKey })).toHaveLength(5);
  });

  it('carries 5,000 records across many chunks, whatever sizes the file is read in', async () => {
    const person = personEntry();
    const entries: BackupEntry[] = [
      person,
      ...Array.from({ length: 5_000 }, (_, i) => noteEntry(person.id, `Check-in ${i}: walked to the park and talked about the week.`)),
    ];
    const bytes = await backupBytes(sodium, { vaultHeader: vault.header, vaultKey: vault.vaultKey }, entries);
    expect(layoutOf(bytes).frames.length).toBeGreaterThan(10);
    expect(await readAll(bytes, { kind: 'vault-key', vaultKey: vault.vaultKey }, 7)).toHaveLength(5_001);
    expect(await readAll(bytes, { kind: 'vault-key', vaultKey: vault.vaultKey }, 100_000)).toEqual(entries);
  });

  it('carries a record larger than a chunk, and an empty backup', async () => {
    const big = noteEntry(null, 'x'.repeat(3 * CHUNK_PLAINTEXT_BYTES + 17));
    const unlock = { kind: 'vault-key', vaultKey: vault.vaultKey } as const;
    expect(await readAll(await backupBytes(sodium, { vaultHeader: vault.header, vaultKey: vault.vaultKey }, [big]), unlock)).toEqual([big]);
    expect(await readAll(await backupBytes(sodium, { vaultHeader: vault.header, vaultKey: vault.vaultKey }, []), unlock)).toEqual([]);
  });

  it('keeps what a newer version wrote: unknown body fields, and entries of an unknown type', async () => {
    const record = personEntry();
    const newer = { ...record, body: { ...record.body, signature: { by: 'peer', at: '2030-01-01' } } };
    const future = { type: 'care-plan-section', id: 'p1', items: [1, 2] };
    const encoder = new BackupEncoder(sodium, { vaultHeader: vault.header, vaultKey: vault.vaultKey });
    const bytes = joinBytes(encoder.preamble, ...encoder.push(newer), ...encoder.push(future as never), encoder.finish());
    expect(await readAll(bytes, { kind: 'vault-key', vaultKey: vault.vaultKey })).toEqual([
      newer,
      { type: 'unrecognised', entryType: 'care-plan-section', value: future },
    ]);
  });

  it('never holds more than one chunk of plaintext: every piece it writes is at most one framed chunk', async () => {
    const encoder = new BackupEncoder(sodium, { vaultHeader: vault.header, vaultKey: vault.vaultKey });
    const sizes: number[] = [];
    for (let i = 0; i < 3_000; i++) sizes.push(...encoder.push(noteEntry(null, `note ${i} `.repeat(10))).map((frame) => frame.length));
    sizes.push(encoder.finish().length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(FRAME_HEADER_BYTES + CHUNK_PLAINTEXT_BYTES + CHUNK_OVERHEAD_BYTES);
    expect(sizes.length).toBeGreaterThan(5);
  });

  it('holds no plaintext: a person’s name, phone number and note text are nowhere in the file', async () => {
    const bytes = Buffer.from(
      await backupBytes(
        sodium,
        { vaultHeader: vault.header, vaultKey: vault.vaultKey, agencyKeys: [pinnedAgencyKey(sodium, agency.publicKey)] },
        smallVaultEntries(),
      ),
    );
    for (const needle of [PERSON_NAME, 'Jordan', PHONE, '5550142', 'library', 'no person']) {
      expect(bytes.includes(Buffer.from(needle, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from(needle, 'utf16le'))).toBe(false);
      expect(bytes.toString('latin1').toLowerCase()).not.toContain(needle.toLowerCase());
    }
  });

  it('shows its time and vault without a key, for listing a folder of backups', async () => {
    const bytes = await backupBytes(
      sodium,
      { vaultHeader: vault.header, vaultKey: vault.vaultKey, now: new Date('2025-05-05T05:05:05Z') },
      smallVaultEntries(),
    );
    const header = await readBackupPreamble(sodium, inPieces(bytes, 64));
    expect(header.createdAt).toBe('2025-05-05T05:05:05.000Z');
    expect(header.vault.vaultId).toBe(vault.header.vaultId);
  });

  it('refuses an agency key it was not sealed to, naming the keys it was sealed to', async () => {
    const other = generateAgencyKeyPair(sodium);
    const sealed = await backupBytes(
      sodium,
      { vaultHeader: vault.header, vaultKey: vault.vaultKey, agencyKeys: [pinnedAgencyKey(sodium, agency.publicKey)] },
      [],
    );
    const unsealed = await backupBytes(sodium, { vaultHeader: vault.header, vaultKey: vault.vaultKey }, []);
    const error = await verifyBackup(sodium, inPieces(sealed), { kind: 'agency-key', keyPair: other }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupWrongKeyError);
    expect((error as Error).message).toContain(agencyKeyFingerprint(sodium, agency.publicKey).slice(0, 16));
    await expect(verifyBackup(sodium, inPieces(unsealed), { kind: 'agency-key', keyPair: agency })).rejects.toThrow(
      /no agency key was configured/,
    );
  });

  it('seals the file key only to a pinned agency key: a forged one whose bytes and fingerprint disagree is refused', async () => {
    const forged = { ...pinnedAgencyKey(sodium, agency.publicKey), publicKey: generateAgencyKeyPair(sodium).publicKey };
    await expect(
      backupBytes(sodium, { vaultHeader: vault.header, vaultKey: vault.vaultKey, agencyKeys: [forged] }, []),
    ).rejects.toBeInstanceOf(UnpinnedAgencyKeyError);
  });
});
