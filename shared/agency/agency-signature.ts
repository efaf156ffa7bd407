/**
 * Ed25519 signatures by an agency's policy-signing key over small JSON documents (an OS policy,
 * an agency recovery key arriving from outside the build). The signature sits in the document's
 * own `signature` field (base64) and covers everything else in it, in canonical JSON, after a
 * context line that says what kind of document it is, so a signature made for one kind can never
 * be passed off as another.
 */
import type { Sodium } from '../crypto/sodium';
import { utf8 } from '../crypto/bytes';
import { canonicalJson } from './canonical-json';
import { agencyKeyFingerprint } from '../crypto/agency-key';
import { decodeAgencyPublicKey } from './agency-public-key';

export type SignedDocumentKind = 'os-policy' | 'agency-recovery-key' | 'team-directory';

/** What an agency's policy key signs, for a document of `kind` (its `signature` field left out). */
export function agencySignedMessage(kind: SignedDocumentKind, document: Record<string, unknown>): Uint8Array {
  const { signature: _signature, ...signed } = document;
  return utf8(`peer-notebook/${kind}/v1\n${canonicalJson(signed)}`);
}

/** The document with its `signature` field set, made with a policy key's 64-byte secret key. */
export function signAgencyDocument<T extends Record<string, unknown>>(
  sodium: Sodium,
  kind: SignedDocumentKind,
  document: T,
  secretKey: Uint8Array,
): T & { signature: string } {
  const signature = sodium.crypto_sign_detached(agencySignedMessage(kind, document), secretKey);
  return { ...document, signature: sodium.to_base64(signature, sodium.base64_variants.ORIGINAL) };
}

/**
 * The fingerprint of the policy key (from `policyKeys`, base64) whose signature the document
 * carries, or null when it carries none that verifies under any of them.
 */
export function findAgencySigner(
  sodium: Sodium,
  kind: SignedDocumentKind,
  document: Record<string, unknown>,
  policyKeys: readonly { publicKey: string }[],
): string | null {
  if (typeof document.signature !== 'string') return null;
  let signature: Uint8Array;
  try {
    signature = sodium.from_base64(document.signature.trim(), sodium.base64_variants.ORIGINAL);
  } catch {
    return null;
  }
  if (signature.length !== sodium.crypto_sign_BYTES) return null;
  const message = agencySignedMessage(kind, document);
  for (const key of policyKeys) {
    const publicKey = decodeAgencyPublicKey(sodium, key.publicKey);
    if (publicKey && sodium.crypto_sign_verify_detached(signature, message, publicKey)) return agencyKeyFingerprint(sodium, publicKey);
  }
  return null;
}
