/**
 * A backup's header: who it belongs to, when it was made, and every way to reach its random
 * 32-byte file key.
 *
 * Scheduled backups run with only the unlocked vault key at hand, so the header carries a copy
 * of the vault's own key slots (passphrase and recovery code, opened by the same code and the
 * same KDF floor as the vault itself) and the file key wrapped under the vault's 'backup' subkey.
 * Agency slots seal the file key to each agency public key. The header is authenticated by a
 * MAC keyed from the file key over its exact bytes, checked before anything in it is trusted.
 */
import { z } from 'zod';
import type { Sodium } from '../crypto/sodium';
import { agencyKeyFingerprint, type AgencyKeyPair } from '../crypto/agency-key';
import { sealVaultKeyForAgency, type PinnedAgencyKey } from '../agency/agency-keys';
import { concatBytes, randomBytes, utf8 } from '../crypto/bytes';
import { WrongSecretError } from '../crypto/errors';
import { normalizeRecoveryCode } from '../crypto/recovery-code';
import { deriveVaultSubkey } from '../crypto/subkeys';
import { parseVaultHeader, unlockVaultKey, type VaultHeader } from '../crypto/vault-header';
import { BackupHeaderTamperedError, BackupWrongKeyError } from './backup-errors';
import { BACKUP_FORMAT_VERSION, DIGEST_BYTES, fixedPrefix } from './backup-layout';
import { say } from '../messages';

const FILE_KEY_BYTES = 32;
/** crypto_kdf context for the file key's own subkeys (exactly 8 bytes). */
const FILE_KEY_CONTEXT = 'PNbackup';
const FILE_SUBKEY_IDS = { headerMac: 1, stream: 2 } as const;
/** More agency slots than any deployment names; a header with more is not ours. */
const MAX_AGENCY_SLOTS = 16;

const b64 = z.string().min(1);

export const AgencySlot = z.object({
  /** agencyKeyFingerprint of the public key the file key is sealed to. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  /** crypto_box_seal(file key, agency public key). */
  sealedFileKey: b64,
});
export type AgencySlot = z.infer<typeof AgencySlot>;

const BackupHeaderJson = z.object({
  format: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  /** The vault header (id and key slots) as it was when the backup was made. */
  vault: z.unknown(),
  /** XChaCha20-Poly1305 of the file key under the vault's 'backup' subkey. */
  fileKey: z.object({ nonce: b64, wrapped: b64 }),
  agencySlots: z.array(AgencySlot).max(MAX_AGENCY_SLOTS),
});

export type BackupHeader = Omit<z.infer<typeof BackupHeaderJson>, 'vault'> & { vault: VaultHeader };

/** Parses the header's JSON value; the vault part goes through the vault's own parser. */
export function parseBackupHeader(value: unknown): BackupHeader {
  const header = BackupHeaderJson.parse(value);
  return { ...header, vault: parseVaultHeader(header.vault) };
}

/** How to reach the file key. 'file-key' reuses one found earlier (a verify pass, then the apply pass). */
export type BackupUnlock =
  | { kind: 'passphrase'; passphrase: string }
  | { kind: 'recovery-code'; recoveryCode: string }
  | { kind: 'vault-key'; vaultKey: Uint8Array }
  | { kind: 'agency-key'; keyPair: AgencyKeyPair }
  | { kind: 'file-key'; fileKey: Uint8Array };

const URLSAFE = (sodium: Sodium) => sodium.base64_variants.URLSAFE_NO_PADDING;

const fileKeyAssociatedData = (vaultId: string) => utf8(JSON.stringify(['peer-notebook/backup-file-key/v1', vaultId]));

/**
 * A fresh file key and the header that reaches it. The file key opens every record in the backup,
 * so it is sealed only to pinned agency keys (built in, or signed by a built-in policy key).
 */
export function createBackupHeader(
  sodium: Sodium,
  input: { vaultHeader: VaultHeader; vaultKey: Uint8Array; agencyKeys?: readonly PinnedAgencyKey[]; now?: Date },
): { header: BackupHeader; fileKey: Uint8Array } {
  const fileKey = randomBytes(FILE_KEY_BYTES);
  const wrappingKey = deriveVaultSubkey(sodium, input.vaultKey, 'backup');
  try {
    const nonce = randomBytes(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      fileKey,
      fileKeyAssociatedData(input.vaultHeader.vaultId),
      null,
      nonce,
      wrappingKey,
    );
    const header: BackupHeader = {
      format: BACKUP_FORMAT_VERSION,
      createdAt: (input.now ?? new Date()).toISOString(),
      vault: input.vaultHeader,
      fileKey: { nonce: sodium.to_base64(nonce, URLSAFE(sodium)), wrapped: sodium.to_base64(wrapped, URLSAFE(sodium)) },
      agencySlots: (input.agencyKeys ?? []).map((pinnedKey) => {
        const { keyFingerprint, sealedVaultKey } = sealVaultKeyForAgency(sodium, fileKey, pinnedKey);
        return { fingerprint: keyFingerprint, sealedFileKey: sealedVaultKey };
      }),
    };
    return { header, fileKey };
  } finally {
    sodium.memzero(wrappingKey);
  }
}

/** The file key's subkeys: one keys the header MAC, the other the secretstream body. */
export function fileSubkey(sodium: Sodium, fileKey: Uint8Array, purpose: keyof typeof FILE_SUBKEY_IDS): Uint8Array {
  return sodium.crypto_kdf_derive_from_key(32, FILE_SUBKEY_IDS[purpose], FILE_KEY_CONTEXT, fileKey);
}

/**
 * The bytes every header digest covers: magic, version, header length, header JSON and the
 * secretstream header, exactly as they stand in the file.
 */
export function headerCoverage(headerJson: Uint8Array, streamHeader: Uint8Array): Uint8Array {
  return concatBytes(fixedPrefix(headerJson.length), headerJson, streamHeader);
}

/** Unkeyed BLAKE2b-256: catches accidental damage even when no key is at hand. */
export const headerChecksum = (sodium: Sodium, coverage: Uint8Array): Uint8Array => sodium.crypto_generichash(DIGEST_BYTES, coverage, null);

/** BLAKE2b-256 keyed with the file key's header-MAC subkey: catches deliberate edits. */
export function headerMac(sodium: Sodium, fileKey: Uint8Array, coverage: Uint8Array): Uint8Array {
  const macKey = fileSubkey(sodium, fileKey, 'headerMac');
  try {
    return sodium.crypto_generichash(DIGEST_BYTES, coverage, macKey);
  } finally {
    sodium.memzero(macKey);
  }
}

const madeOn = (header: BackupHeader) => header.createdAt.slice(0, 10);

function openWrappedFileKey(sodium: Sodium, header: BackupHeader, vaultKey: Uint8Array): Uint8Array | null {
  const wrappingKey = deriveVaultSubkey(sodium, vaultKey, 'backup');
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sodium.from_base64(header.fileKey.wrapped, URLSAFE(sodium)),
      fileKeyAssociatedData(header.vault.vaultId),
      sodium.from_base64(header.fileKey.nonce, URLSAFE(sodium)),
      wrappingKey,
    );
  } catch {
    return null;
  } finally {
    sodium.memzero(wrappingKey);
  }
}

/** The vault key from the copied vault slots; the vault's own unlock applies the KDF floor. */
function unlockCopiedVaultKey(
  sodium: Sodium,
  header: BackupHeader,
  unlock: Extract<BackupUnlock, { kind: 'passphrase' | 'recovery-code' }>,
): Uint8Array {
  const wrong =
    unlock.kind === 'passphrase'
      ? new BackupWrongKeyError('passphrase', say('backup.wrongKey.passphraseHint', { date: { date: madeOn(header) } }))
      : new BackupWrongKeyError('recovery code', say('backup.wrongKey.recoveryCodeHint', { date: { date: madeOn(header) } }));
  const secret = unlock.kind === 'passphrase' ? unlock.passphrase : normalizeRecoveryCode(unlock.recoveryCode);
  if (secret === null) throw wrong;
  try {
    return unlockVaultKey(sodium, header.vault, unlock.kind === 'passphrase' ? 'passphrase' : 'recovery', secret).vaultKey;
  } catch (error) {
    throw error instanceof WrongSecretError ? wrong : error;
  }
}

function openAgencySlot(sodium: Sodium, header: BackupHeader, keyPair: AgencyKeyPair): Uint8Array {
  const fingerprint = agencyKeyFingerprint(sodium, keyPair.publicKey);
  const slot = header.agencySlots.find((s) => s.fingerprint === fingerprint);
  if (!slot) {
    const sealedTo = header.agencySlots.map((s) => s.fingerprint.slice(0, 16)).join(', ');
    throw new BackupWrongKeyError(
      'agency key',
      `It was not sealed to the agency key ${fingerprint.slice(0, 16)}…; ${sealedTo ? `it was sealed to ${sealedTo}…` : 'no agency key was configured when it was made'}.`,
    );
  }
  try {
    return sodium.crypto_box_seal_open(sodium.from_base64(slot.sealedFileKey, URLSAFE(sodium)), keyPair.publicKey, keyPair.privateKey);
  } catch {
    throw new BackupHeaderTamperedError();
  }
}

function findFileKey(sodium: Sodium, header: BackupHeader, unlock: BackupUnlock): Uint8Array {
  switch (unlock.kind) {
    case 'file-key':
      // A copy: the reader zeroes its file key when done, and this one is the caller's.
      return unlock.fileKey.slice();
    case 'agency-key':
      return openAgencySlot(sodium, header, unlock.keyPair);
    case 'vault-key': {
      const fileKey = openWrappedFileKey(sodium, header, unlock.vaultKey);
      if (!fileKey) throw new BackupWrongKeyError('vault key', say('backup.wrongKey.vaultKeyHint'));
      return fileKey;
    }
    case 'passphrase':
    case 'recovery-code': {
      const vaultKey = unlockCopiedVaultKey(sodium, header, unlock);
      try {
        // The copied slots opened, so the vault key is right: a wrap that fails was edited.
        const fileKey = openWrappedFileKey(sodium, header, vaultKey);
        if (!fileKey) throw new BackupHeaderTamperedError();
        return fileKey;
      } finally {
        sodium.memzero(vaultKey);
      }
    }
  }
}

/**
 * The file key, once the header's MAC over `coverage` checks out under it. Until then nothing
 * from the header (vault id, time, slots) may be believed.
 */
export function openBackupFileKey(
  sodium: Sodium,
  header: BackupHeader,
  coverage: Uint8Array,
  mac: Uint8Array,
  unlock: BackupUnlock,
): Uint8Array {
  const fileKey = findFileKey(sodium, header, unlock);
  if (fileKey.length !== FILE_KEY_BYTES || !sodium.memcmp(headerMac(sodium, fileKey, coverage), mac)) throw new BackupHeaderTamperedError();
  return fileKey;
}
