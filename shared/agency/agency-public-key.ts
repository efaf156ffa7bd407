/**
 * How an agency's public keys are written down: base64 of the 32 raw bytes (X25519 for recovery,
 * Ed25519 for policy signing), and a fingerprint an IT person can compare by eye or over the
 * phone (agencyKeyFingerprint: BLAKE2b-256, 64 hex digits, the form the admin tool prints). The
 * fingerprint is what pins a key: the app seals vault keys only to keys whose fingerprint was built in.
 */
import type { Sodium } from '../crypto/sodium';

const AGENCY_PUBLIC_KEY_BYTES = 32;

/** A fingerprint however it was typed (capitals, spaces or colons between groups), as the tools print it. */
export const normalizeFingerprint = (text: string): string => text.toLowerCase().replace(/[\s:]/g, '');

/** Standard or URL-safe base64, padded or not (openssl, libsodium and hand-copied keys all differ). */
const BASE64_KEY = /^[A-Za-z0-9+/_-]{43}=?$/;

export const isBase64Key = (text: string): boolean => BASE64_KEY.test(text);

/** The key's 32 bytes, or null when the text is not base64 of exactly 32 bytes. */
export function decodeAgencyPublicKey(sodium: Sodium, text: string): Uint8Array | null {
  if (!isBase64Key(text)) return null;
  const urlSafe = text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  try {
    const bytes = sodium.from_base64(urlSafe, sodium.base64_variants.URLSAFE_NO_PADDING);
    return bytes.length === AGENCY_PUBLIC_KEY_BYTES ? bytes : null;
  } catch {
    return null;
  }
}
