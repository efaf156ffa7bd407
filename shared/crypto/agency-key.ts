/**
 * The agency's own keys and the files they live in:
 *  - the recovery key pair (crypto_box, X25519): backups carry the file key, and agency slots the
 *    vault key, sealed to its public key, so an agency can recover a departed peer's records;
 *  - the policy-signing key pair (Ed25519): it signs OS policies that loosen settings, and vouches
 *    for recovery keys that reach an installation from outside its build.
 *
 * Both private keys are kept in one file format (version 2): the private key sealed under a
 * passphrase with Argon2id (floor-checked, like every key slot) and XChaCha20-Poly1305, whose
 * associated data binds the file's type, the key's purpose and its public key, so the halves of
 * two files cannot be swapped and a policy key cannot pass for a recovery key. Opening also checks
 * that the private key belongs to the public key written beside it. Version 1 (recovery keys only,
 * crypto_secretbox without associated data) is still opened: agencies keep these keys offline for years.
 */
import { z } from 'zod';
import type { Sodium } from './sodium';
import { KdfParams, calibrateKdfCost, deriveSlotKey, newKdfParams, type KdfCost } from './kdf';
import { randomBytes, toHex, utf8 } from './bytes';
import { secretBytes } from './vault-header';

export const AGENCY_KEY_FORMAT_VERSION = 1;

export interface AgencyKeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

/** How people and key slots name an agency key: BLAKE2b-256 of the public key, 64 hex digits. */
export function agencyKeyFingerprint(sodium: Sodium, publicKey: Uint8Array): string {
  return toHex(sodium.crypto_generichash(32, publicKey, null));
}

export function generateAgencyKeyPair(sodium: Sodium): AgencyKeyPair {
  const { publicKey, privateKey } = sodium.crypto_box_keypair();
  return { publicKey, privateKey };
}

const b64 = z.string().min(1);
const Fingerprint = z.string().regex(/^[0-9a-f]{64}$/);

export const AgencyPublicKeyFile = z.object({
  type: z.literal('peer-notebook/agency-public-key'),
  format: z.literal(AGENCY_KEY_FORMAT_VERSION),
  publicKey: b64,
  fingerprint: Fingerprint,
});
export type AgencyPublicKeyFile = z.infer<typeof AgencyPublicKeyFile>;

/** What a private key file holds. */
export const AgencyKeyPurpose = z.enum(['recovery', 'policy-signing']);
export type AgencyKeyPurpose = z.infer<typeof AgencyKeyPurpose>;

export const PRIVATE_KEY_FILE_FORMAT_VERSION = 2;

const privateKeyFileFields = {
  type: z.literal('peer-notebook/agency-private-key'),
  publicKey: b64,
  fingerprint: Fingerprint,
  kdf: KdfParams,
  nonce: b64,
  /** The private key (32 bytes X25519, or 64 bytes Ed25519) sealed under the Argon2id-derived key. */
  sealedPrivateKey: b64,
  createdAt: z.string(),
};

export const AgencyPrivateKeyFile = z.object({
  ...privateKeyFileFields,
  format: z.literal(PRIVATE_KEY_FILE_FORMAT_VERSION),
  purpose: AgencyKeyPurpose,
  /** Which key this is, for people: "Recovery key 2025", "Riverbend policy key". */
  label: z.string(),
});
export type AgencyPrivateKeyFile = z.infer<typeof AgencyPrivateKeyFile>;

/** Version 1: recovery keys only, crypto_secretbox_easy, no associated data. Read, never written. */
const AgencyPrivateKeyFileV1 = z.object({ ...privateKeyFileFields, format: z.literal(1) });

export class AgencyKeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

const FILE_NAMES: Record<'public' | AgencyKeyPurpose, string> = {
  public: 'agency public key file',
  recovery: 'agency private key file',
  'policy-signing': 'policy-signing key file',
};
const MADE_BY: Record<'public' | AgencyKeyPurpose, string> = {
  public: '"npm run admin -- keygen"',
  recovery: '"npm run admin -- keygen"',
  'policy-signing': '"npm run policy -- keygen"',
};

/** The file is not a key file of this kind, or its parts do not belong together. */
export class NotAnAgencyKeyFileError extends AgencyKeyFileError {
  constructor(expected: 'public' | AgencyKeyPurpose) {
    super(
      `This is not a Peer Notebook ${FILE_NAMES[expected]}, or it was changed. Use the ${FILE_NAMES[expected]} that ${MADE_BY[expected]} wrote.`,
    );
  }
}

export class WrongAgencyKeyPassphraseError extends AgencyKeyFileError {
  constructor(purpose: AgencyKeyPurpose) {
    // The seal cannot tell a wrong passphrase from a changed file (format 2 binds the public key in).
    super(`That passphrase doesn't open this ${FILE_NAMES[purpose]} (or the file was changed). Check the passphrase and try again.`);
  }
}

const URLSAFE = (sodium: Sodium) => sodium.base64_variants.URLSAFE_NO_PADDING;

function decodeBase64(sodium: Sodium, text: string, expected: 'public' | AgencyKeyPurpose): Uint8Array {
  try {
    return sodium.from_base64(text, URLSAFE(sodium));
  } catch {
    throw new NotAnAgencyKeyFileError(expected);
  }
}

export function agencyPublicKeyFile(sodium: Sodium, publicKey: Uint8Array): AgencyPublicKeyFile {
  return {
    type: 'peer-notebook/agency-public-key',
    format: AGENCY_KEY_FORMAT_VERSION,
    publicKey: sodium.to_base64(publicKey, URLSAFE(sodium)),
    fingerprint: agencyKeyFingerprint(sodium, publicKey),
  };
}

/** Reads a public key file; its fingerprint must match the key it holds. */
export function readAgencyPublicKeyFile(sodium: Sodium, value: unknown): Uint8Array {
  const parsed = AgencyPublicKeyFile.safeParse(value);
  if (!parsed.success) throw new NotAnAgencyKeyFileError('public');
  const publicKey = decodeBase64(sodium, parsed.data.publicKey, 'public');
  if (publicKey.length !== sodium.crypto_box_PUBLICKEYBYTES || agencyKeyFingerprint(sodium, publicKey) !== parsed.data.fingerprint) {
    throw new NotAnAgencyKeyFileError('public');
  }
  return publicKey;
}

/** The public half of a private key, to check a file's halves belong together. */
function publicHalf(sodium: Sodium, purpose: AgencyKeyPurpose, privateKey: Uint8Array): Uint8Array {
  // An Ed25519 secret key (libsodium's) is the 32-byte seed followed by its public key.
  return purpose === 'recovery' ? sodium.crypto_scalarmult_base(privateKey) : privateKey.slice(32);
}

const privateKeyAssociatedData = (purpose: AgencyKeyPurpose, publicKey: string) =>
  utf8(JSON.stringify(['peer-notebook/agency-private-key/v2', purpose, publicKey]));

export function sealAgencyPrivateKey(
  sodium: Sodium,
  input: { purpose: AgencyKeyPurpose; label: string; keyPair: AgencyKeyPair; passphrase: string; cost: KdfCost; now?: Date },
): AgencyPrivateKeyFile {
  const kdf = newKdfParams(sodium, input.cost);
  const key = deriveSlotKey(sodium, secretBytes(input.passphrase), kdf);
  try {
    const publicKey = sodium.to_base64(input.keyPair.publicKey, URLSAFE(sodium));
    const nonce = randomBytes(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      input.keyPair.privateKey,
      privateKeyAssociatedData(input.purpose, publicKey),
      null,
      nonce,
      key,
    );
    return {
      type: 'peer-notebook/agency-private-key',
      format: PRIVATE_KEY_FILE_FORMAT_VERSION,
      purpose: input.purpose,
      label: input.label,
      publicKey,
      fingerprint: agencyKeyFingerprint(sodium, input.keyPair.publicKey),
      kdf,
      nonce: sodium.to_base64(nonce, URLSAFE(sodium)),
      sealedPrivateKey: sodium.to_base64(sealed, URLSAFE(sodium)),
      createdAt: (input.now ?? new Date()).toISOString(),
    };
  } finally {
    sodium.memzero(key);
  }
}

/**
 * A new key pair of the given purpose, as its private key file (and its public key). `cost`:
 * Argon2id's work; by default about a second here (the file is opened rarely and is worth more
 * than any one notebook), never below the floor.
 */
export function makeAgencyPrivateKeyFile(
  sodium: Sodium,
  input: { purpose: AgencyKeyPurpose; label: string; passphrase: string; cost?: KdfCost },
): { file: AgencyPrivateKeyFile; publicKey: Uint8Array } {
  const keyPair = input.purpose === 'recovery' ? sodium.crypto_box_keypair() : sodium.crypto_sign_keypair();
  try {
    const cost = input.cost ?? calibrateKdfCost(sodium, { targetMs: 1000 });
    return { file: sealAgencyPrivateKey(sodium, { ...input, keyPair, cost }), publicKey: keyPair.publicKey };
  } finally {
    sodium.memzero(keyPair.privateKey);
  }
}

/**
 * Opens a private key file of the given purpose with its passphrase (the KDF floor is checked
 * before any work); throws NotAnAgencyKeyFileError for another kind of file or mismatched halves.
 */
export function openAgencyPrivateKey(sodium: Sodium, value: unknown, purpose: AgencyKeyPurpose, passphrase: string): AgencyKeyPair {
  const current = AgencyPrivateKeyFile.safeParse(value);
  const v1 = purpose === 'recovery' && !current.success ? AgencyPrivateKeyFileV1.safeParse(value) : null;
  const file = current.success ? current.data : v1?.success ? v1.data : null;
  if (!file || (current.success && current.data.purpose !== purpose)) throw new NotAnAgencyKeyFileError(purpose);
  const publicKey = decodeBase64(sodium, file.publicKey, purpose);
  if (agencyKeyFingerprint(sodium, publicKey) !== file.fingerprint) throw new NotAnAgencyKeyFileError(purpose);
  const sealed = decodeBase64(sodium, file.sealedPrivateKey, purpose);
  const nonce = decodeBase64(sodium, file.nonce, purpose);
  const key = deriveSlotKey(sodium, secretBytes(passphrase), file.kdf);
  let privateKey: Uint8Array;
  try {
    privateKey =
      file.format === PRIVATE_KEY_FILE_FORMAT_VERSION
        ? sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, privateKeyAssociatedData(purpose, file.publicKey), nonce, key)
        : sodium.crypto_secretbox_open_easy(sealed, nonce, key);
  } catch {
    throw new WrongAgencyKeyPassphraseError(purpose);
  } finally {
    sodium.memzero(key);
  }
  if (toHex(publicHalf(sodium, purpose, privateKey)) !== toHex(publicKey)) throw new NotAnAgencyKeyFileError(purpose);
  return { publicKey, privateKey };
}
