/**
 * The agency's recovery key pair (crypto_box, X25519): backups carry the file key sealed to its
 * public key, so an agency can recover a departed peer's records with its private key alone.
 *
 * The private key is kept in a file encrypted under a passphrase: Argon2id (floor-checked, like
 * every key slot) and crypto_secretbox. Opening it checks that the private key belongs to the
 * public key written beside it, so a file with swapped halves is refused.
 */
import { z } from 'zod';
import type { Sodium } from './sodium';
import { KdfParams, deriveSlotKey, newKdfParams, type KdfCost } from './kdf';
import { randomBytes, toHex } from './bytes';
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

export const AgencyPrivateKeyFile = z.object({
  type: z.literal('peer-notebook/agency-private-key'),
  format: z.literal(AGENCY_KEY_FORMAT_VERSION),
  publicKey: b64,
  fingerprint: Fingerprint,
  kdf: KdfParams,
  nonce: b64,
  /** crypto_secretbox_easy of the 32-byte private key under the Argon2id-derived key. */
  sealedPrivateKey: b64,
  createdAt: z.string(),
});
export type AgencyPrivateKeyFile = z.infer<typeof AgencyPrivateKeyFile>;

export class AgencyKeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The file is not an agency key file of this kind, or its parts do not belong together. */
export class NotAnAgencyKeyFileError extends AgencyKeyFileError {
  constructor(expected: 'public' | 'private') {
    super(`This is not a Peer Notebook agency ${expected} key file, or it was changed. Use the ${expected} key file that "keygen" wrote.`);
  }
}

export class WrongAgencyKeyPassphraseError extends AgencyKeyFileError {
  constructor() {
    super("That passphrase doesn't open this agency private key file. Check it and try again.");
  }
}

const URLSAFE = (sodium: Sodium) => sodium.base64_variants.URLSAFE_NO_PADDING;

function decodeBase64(sodium: Sodium, text: string, expected: 'public' | 'private'): Uint8Array {
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

export function sealAgencyPrivateKey(
  sodium: Sodium,
  input: { keyPair: AgencyKeyPair; passphrase: string; cost: KdfCost; now?: Date },
): AgencyPrivateKeyFile {
  const kdf = newKdfParams(sodium, input.cost);
  const key = deriveSlotKey(sodium, secretBytes(input.passphrase), kdf);
  try {
    const nonce = randomBytes(sodium.crypto_secretbox_NONCEBYTES);
    return {
      type: 'peer-notebook/agency-private-key',
      format: AGENCY_KEY_FORMAT_VERSION,
      publicKey: sodium.to_base64(input.keyPair.publicKey, URLSAFE(sodium)),
      fingerprint: agencyKeyFingerprint(sodium, input.keyPair.publicKey),
      kdf,
      nonce: sodium.to_base64(nonce, URLSAFE(sodium)),
      sealedPrivateKey: sodium.to_base64(sodium.crypto_secretbox_easy(input.keyPair.privateKey, nonce, key), URLSAFE(sodium)),
      createdAt: (input.now ?? new Date()).toISOString(),
    };
  } finally {
    sodium.memzero(key);
  }
}

/** Opens a private key file with its passphrase (the KDF floor is checked before any work). */
export function openAgencyPrivateKey(sodium: Sodium, value: unknown, passphrase: string): AgencyKeyPair {
  const parsed = AgencyPrivateKeyFile.safeParse(value);
  if (!parsed.success) throw new NotAnAgencyKeyFileError('private');
  const file = parsed.data;
  const publicKey = decodeBase64(sodium, file.publicKey, 'private');
  if (agencyKeyFingerprint(sodium, publicKey) !== file.fingerprint) throw new NotAnAgencyKeyFileError('private');
  const key = deriveSlotKey(sodium, secretBytes(passphrase), file.kdf);
  let privateKey: Uint8Array;
  try {
    privateKey = sodium.crypto_secretbox_open_easy(decodeBase64(sodium, file.sealedPrivateKey, 'private'), decodeBase64(sodium, file.nonce, 'private'), key);
  } catch {
    throw new WrongAgencyKeyPassphraseError();
  } finally {
    sodium.memzero(key);
  }
  if (toHex(sodium.crypto_scalarmult_base(privateKey)) !== toHex(publicKey)) throw new NotAnAgencyKeyFileError('private');
  return { publicKey, privateKey };
}
