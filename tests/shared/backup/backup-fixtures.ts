/**
 * A small vault to back up, made once per test file: its header (at the KDF floor, so tests stay
 * quick), its key, and records that hold a person's name and phone number.
 */
import { MiB } from '@shared/crypto/kdf';
import { randomId } from '@shared/crypto/bytes';
import type { Sodium } from '@shared/crypto/sodium';
import { createVaultHeader, type VaultHeader } from '@shared/crypto/vault-header';
import { encodeBackup, type BackupEncoderInput } from '@shared/backup/backup-encoder';
import type { BackupEntry, BackupRecordEntry } from '@shared/backup/backup-entries';
import { agencyKeyFingerprint } from '@shared/crypto/agency-key';
import { builtInAgencyKeys, type PinnedAgencyKey } from '@shared/agency/agency-keys';

export const FLOOR_COST = { opsLimit: 3, memLimitBytes: 64 * MiB };
export const PASSPHRASE = 'orchard kettle lantern drift';
export const RECOVERY_CODE = '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ';
export const PERSON_NAME = 'Jordan Rivers';
export const PHONE = '919-555-0142';

export interface TestVault {
  header: VaultHeader;
  vaultKey: Uint8Array;
}

export function makeTestVault(sodium: Sodium): TestVault {
  return createVaultHeader(sodium, { passphrase: PASSPHRASE, recoveryCode: RECOVERY_CODE, cost: FLOOR_COST });
}

/** An agency public key as an installation built with it trusts it: pinned as built in. */
export function pinnedAgencyKey(sodium: Sodium, publicKey: Uint8Array): PinnedAgencyKey {
  const builtIn = {
    label: 'Recovery key 2025',
    publicKey: sodium.to_base64(publicKey, sodium.base64_variants.ORIGINAL),
    fingerprint: agencyKeyFingerprint(sodium, publicKey),
  };
  return builtInAgencyKeys(sodium, { recoveryKeys: [builtIn], policyKeys: [] })[0]!;
}

let revCounter = 0;
const nextRev = () => `2025-03-01T10:00:00.000Z-${(revCounter++).toString(16).padStart(4, '0')}-00000000deadbeef`;

export function personEntry(name = PERSON_NAME, phone = PHONE): BackupRecordEntry {
  const rev = nextRev();
  return {
    type: 'record',
    id: randomId(),
    rev,
    kind: 'person',
    parentId: null,
    deleted: false,
    body: { v: 1, kind: 'person', parentId: null, fields: { name, phone }, clocks: { name: rev, phone: rev } },
  };
}

export function noteEntry(parentId: string | null, text: string): BackupRecordEntry {
  const rev = nextRev();
  return {
    type: 'record',
    id: randomId(),
    rev,
    kind: 'note',
    parentId,
    deleted: false,
    body: { v: 1, kind: 'note', parentId, fields: { text }, clocks: { text: rev } },
  };
}

export async function backupBytes(sodium: Sodium, input: BackupEncoderInput, entries: Iterable<BackupEntry>): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of encodeBackup(sodium, input, entries)) pieces.push(piece);
  return joinBytes(...pieces);
}

/** A plain Uint8Array (Buffer's slice shares memory, which would let one test's edit leak into another). */
export const joinBytes = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

/** The file's bytes as a reader would get them: in pieces of `size` bytes. */
export async function* inPieces(bytes: Uint8Array, size = 1000): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.slice(offset, offset + size);
}

/** Where each part of a version 1 file starts, read straight from the documented layout. */
export function layoutOf(bytes: Uint8Array): { headerLength: number; preambleEnd: number; frames: { start: number; end: number }[] } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(10, true);
  const preambleEnd = 14 + headerLength + 24 + 32 + 32;
  const frames: { start: number; end: number }[] = [];
  for (let start = preambleEnd; start < bytes.length;) {
    const end = start + 9 + view.getUint32(start + 5, true);
    frames.push({ start, end });
    start = end;
  }
  return { headerLength, preambleEnd, frames };
}

/**
 * The same file with its header JSON edited and its checksum recomputed (as a deliberate editor
 * would), the MAC left as it was.
 */
export function withEditedHeader(sodium: Sodium, bytes: Uint8Array, edit: (header: Record<string, unknown>) => void): Uint8Array {
  const { headerLength, preambleEnd } = layoutOf(bytes);
  const header = JSON.parse(Buffer.from(bytes.subarray(14, 14 + headerLength)).toString('utf8')) as Record<string, unknown>;
  edit(header);
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.from(bytes.subarray(0, 14));
  prefix.writeUInt32LE(json.length, 10);
  const streamHeader = bytes.subarray(14 + headerLength, 14 + headerLength + 24);
  const coverage = Buffer.concat([prefix, json, streamHeader]);
  const mac = bytes.subarray(preambleEnd - 32, preambleEnd);
  return joinBytes(coverage, sodium.crypto_generichash(32, coverage, null), mac, bytes.subarray(preambleEnd));
}
