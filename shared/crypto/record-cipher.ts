/**
 * Record encryption, format version 1: XChaCha20-Poly1305 (IETF AEAD) with a fresh random
 * 24-byte nonce per write.
 *
 * Envelope: [1 byte format version][24 bytes nonce][ciphertext + 16 byte tag].
 * Associated data binds the ciphertext to its vault, record and revision, so a stored ciphertext
 * cannot be moved to another record or replayed as another revision without failing to open.
 */
import type { Sodium } from './sodium';
import { TamperedDataError, UnsupportedFormatError } from './errors';
import { randomBytes, utf8 } from './bytes';

export const RECORD_FORMAT_VERSION = 1;
export const RECORD_NONCE_BYTES = 24;
const HEADER_BYTES = 1 + RECORD_NONCE_BYTES;
const TAG_BYTES = 16;

/** Where a ciphertext belongs. Every field is plaintext metadata that may stay plaintext. */
export interface RecordBinding {
  vaultId: string;
  recordId: string;
  rev: string;
}

export function recordAssociatedData({ vaultId, recordId, rev }: RecordBinding): Uint8Array {
  return utf8(JSON.stringify(['peer-notebook/record/v1', vaultId, recordId, rev]));
}

export function sealRecord(
  sodium: Sodium,
  recordKey: Uint8Array,
  binding: RecordBinding,
  plaintext: Uint8Array,
  nonce: Uint8Array = randomBytes(RECORD_NONCE_BYTES),
): Uint8Array {
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, recordAssociatedData(binding), null, nonce, recordKey);
  const envelope = new Uint8Array(HEADER_BYTES + ciphertext.length);
  envelope[0] = RECORD_FORMAT_VERSION;
  envelope.set(nonce, 1);
  envelope.set(ciphertext, HEADER_BYTES);
  return envelope;
}

export function openRecord(sodium: Sodium, recordKey: Uint8Array, binding: RecordBinding, envelope: Uint8Array): Uint8Array {
  if (envelope.length < HEADER_BYTES + TAG_BYTES) throw new TamperedDataError(`Record ${binding.recordId}`);
  if (envelope[0] !== RECORD_FORMAT_VERSION) throw new UnsupportedFormatError(`Record ${binding.recordId}`, envelope[0]);
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      envelope.subarray(HEADER_BYTES),
      recordAssociatedData(binding),
      envelope.subarray(1, HEADER_BYTES),
      recordKey,
    );
  } catch {
    throw new TamperedDataError(`Record ${binding.recordId}`);
  }
}
