/**
 * The agency's policy-signing key (Ed25519), kept in a file with its secret half encrypted under a
 * passphrase (Argon2id with the app's own key-slot parameters, then XChaCha20-Poly1305). Its
 * public half goes into agency.json's `policyKeys`; whoever holds the file and its passphrase can
 * loosen policy on every installation of that build, so it stays with the agency's IT lead.
 */
import { z } from 'zod';
import type { Sodium } from '../shared/crypto/sodium';
import { calibrateKdfCost, deriveSlotKey, KdfParams, newKdfParams, type KdfCost } from '../shared/crypto/kdf';
import { randomBytes, utf8 } from '../shared/crypto/bytes';
import { secretBytes } from '../shared/crypto/vault-header';
import { WrongSecretError } from '../shared/crypto/errors';
import { assertPassphraseStrongEnough } from '../shared/passphrase-strength';
import { agencyKeyFingerprint } from '../shared/crypto/agency-key';

export const PolicySigningKeyFile = z.object({
  format: z.literal(1),
  kind: z.literal('peer-notebook-policy-signing-key'),
  label: z.string(),
  publicKey: z.string(),
  fingerprint: z.string(),
  kdf: KdfParams,
  nonce: z.string(),
  encryptedSecretKey: z.string(),
});
export type PolicySigningKeyFile = z.infer<typeof PolicySigningKeyFile>;

const URLSAFE = (sodium: Sodium) => sodium.base64_variants.URLSAFE_NO_PADDING;
/** Binds the encrypted secret to its public key, so the two halves cannot be swapped between files. */
const associatedData = (publicKey: string) => utf8(`peer-notebook/policy-signing-key/v1\n${publicKey}`);

/** `cost`: Argon2id's work; by default about a second on this machine (it is opened rarely). */
export function createPolicySigningKey(sodium: Sodium, label: string, passphrase: string, cost: KdfCost = calibrateKdfCost(sodium, { targetMs: 1000 })): PolicySigningKeyFile {
  assertPassphraseStrongEnough(passphrase);
  const { publicKey, privateKey } = sodium.crypto_sign_keypair();
  const kdf = newKdfParams(sodium, cost);
  const key = deriveSlotKey(sodium, secretBytes(passphrase), kdf);
  try {
    const publicText = sodium.to_base64(publicKey, sodium.base64_variants.ORIGINAL);
    const nonce = randomBytes(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const encrypted = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(privateKey, associatedData(publicText), null, nonce, key);
    return {
      format: 1,
      kind: 'peer-notebook-policy-signing-key',
      label,
      publicKey: publicText,
      fingerprint: agencyKeyFingerprint(sodium, publicKey),
      kdf,
      nonce: sodium.to_base64(nonce, URLSAFE(sodium)),
      encryptedSecretKey: sodium.to_base64(encrypted, URLSAFE(sodium)),
    };
  } finally {
    sodium.memzero(key);
    sodium.memzero(privateKey);
  }
}

/** The 64-byte Ed25519 secret key; throws WrongSecretError for a wrong passphrase. */
export function openPolicySigningKey(sodium: Sodium, file: PolicySigningKeyFile, passphrase: string): Uint8Array {
  const key = deriveSlotKey(sodium, secretBytes(passphrase), file.kdf);
  try {
    const secretKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sodium.from_base64(file.encryptedSecretKey, URLSAFE(sodium)),
      associatedData(file.publicKey),
      sodium.from_base64(file.nonce, URLSAFE(sodium)),
      key,
    );
    return secretKey;
  } catch {
    throw new WrongSecretError('passphrase');
  } finally {
    sodium.memzero(key);
  }
}
