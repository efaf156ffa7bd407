/**
 * Which agency public keys a vault key may be sealed to. Sealing a vault key to a key hands
 * whoever holds its private half every record in the vault, so keys are pinned: a key built into
 * the app (matched by fingerprint), or a key arriving any other way (a policy file, a sync folder,
 * the server) that carries a valid signature by a policy key built into the app. Anything else
 * is refused before any sealing happens.
 *
 * Pure and synchronous once libsodium is loaded, so the vault's Web Worker calls it directly.
 */
import { z } from 'zod';
import type { Sodium } from '../crypto/sodium';
import { CryptoFailure, TamperedDataError } from '../crypto/errors';
import { say } from '../messages';
import type { AgencyPublicKey } from './agency-config';
import { agencyKeyFingerprint } from '../crypto/agency-key';
import { decodeAgencyPublicKey } from './agency-public-key';
import { findAgencySigner } from './agency-signature';

/** A recovery key from outside the build: vouched for by the agency's policy key, or by nothing. */
export const CandidateAgencyKey = z.object({
  label: z.string().trim().min(1).max(100),
  publicKey: z.string(),
  /** Base64 Ed25519 signature by a built-in policy key over { label, publicKey } (agency-signature.ts). */
  signature: z.string().optional(),
});
export type CandidateAgencyKey = z.infer<typeof CandidateAgencyKey>;

/** The keys this installation trusts: its build's recovery keys and policy keys. */
export interface AgencyKeyTrust {
  recoveryKeys: readonly AgencyPublicKey[];
  policyKeys: readonly AgencyPublicKey[];
}

declare const pinned: unique symbol;

/** A key that passed pinning; only pinAgencyKey makes one, and only these are sealed to. */
export interface PinnedAgencyKey {
  readonly label: string;
  readonly publicKey: Uint8Array;
  readonly fingerprint: string;
  /** "built-in", or the fingerprint of the built-in policy key that signed it. */
  readonly vouchedFor: 'built-in' | { signedBy: string };
  readonly [pinned]: true;
}

/** The app would not seal to this key: it is neither built in nor signed by a built-in policy key. */
export class UnpinnedAgencyKeyError extends CryptoFailure {
  constructor(
    readonly fingerprint: string | null,
    reason: 'malformed' | 'unsigned' | 'bad-signature',
  ) {
    const key = fingerprint ? say('agencyKey.named', { fingerprint }) : say('agencyKey.offered');
    const why = { malformed: 'agencyKey.malformed', unsigned: 'agencyKey.unsigned', 'bad-signature': 'agencyKey.badSignature' } as const;
    super(say(why[reason], { key }));
  }
}

/** Checks a candidate against the installation's trust; throws UnpinnedAgencyKeyError if it is not pinned. */
export function pinAgencyKey(sodium: Sodium, candidate: CandidateAgencyKey, trust: AgencyKeyTrust): PinnedAgencyKey {
  const publicKey = decodeAgencyPublicKey(sodium, candidate.publicKey.trim());
  if (!publicKey) throw new UnpinnedAgencyKeyError(null, 'malformed');
  const fingerprint = agencyKeyFingerprint(sodium, publicKey);
  const pin = (vouchedFor: PinnedAgencyKey['vouchedFor']) =>
    ({ label: candidate.label, publicKey, fingerprint, vouchedFor }) as PinnedAgencyKey;

  if (trust.recoveryKeys.some((key) => key.fingerprint === fingerprint)) return pin('built-in');
  if (candidate.signature === undefined) throw new UnpinnedAgencyKeyError(fingerprint, 'unsigned');
  const signedBy = findAgencySigner(sodium, 'agency-recovery-key', candidate, trust.policyKeys);
  if (!signedBy) throw new UnpinnedAgencyKeyError(fingerprint, 'bad-signature');
  return pin({ signedBy });
}

/** Every recovery key built into the installation, pinned (the keys a required agency slot seals to). */
export function builtInAgencyKeys(sodium: Sodium, trust: AgencyKeyTrust): PinnedAgencyKey[] {
  return trust.recoveryKeys.map((key) => pinAgencyKey(sodium, key, trust));
}

/** The agency tried to open a slot sealed to another of its keys. */
export class WrongAgencyKeyError extends CryptoFailure {
  constructor(readonly slotFingerprint: string) {
    super(say('agencyKey.wrongKey', { fingerprint: slotFingerprint }));
  }
}

/** The vault key sealed to one agency key (crypto_box_seal: anonymous sender, only the agency opens it). */
export interface AgencySealedVaultKey {
  keyFingerprint: string;
  /** base64 (URL-safe, no padding), as every other key slot field. */
  sealedVaultKey: string;
}

export function sealVaultKeyForAgency(sodium: Sodium, vaultKey: Uint8Array, pinnedKey: PinnedAgencyKey): AgencySealedVaultKey {
  // A forged object (cast past the type) whose bytes and fingerprint disagree is refused here too.
  if (agencyKeyFingerprint(sodium, pinnedKey.publicKey) !== pinnedKey.fingerprint)
    throw new UnpinnedAgencyKeyError(pinnedKey.fingerprint, 'bad-signature');
  const sealed = sodium.crypto_box_seal(vaultKey, pinnedKey.publicKey);
  return { keyFingerprint: pinnedKey.fingerprint, sealedVaultKey: sodium.to_base64(sealed, sodium.base64_variants.URLSAFE_NO_PADDING) };
}

/** The agency's side (the admin tool's recovery): opens a sealed vault key with the agency's key pair. */
export function openVaultKeySealedForAgency(
  sodium: Sodium,
  sealed: AgencySealedVaultKey,
  keyPair: { publicKey: Uint8Array; privateKey: Uint8Array },
): Uint8Array {
  if (agencyKeyFingerprint(sodium, keyPair.publicKey) !== sealed.keyFingerprint) {
    throw new WrongAgencyKeyError(sealed.keyFingerprint);
  }
  try {
    return sodium.crypto_box_seal_open(
      sodium.from_base64(sealed.sealedVaultKey, sodium.base64_variants.URLSAFE_NO_PADDING),
      keyPair.publicKey,
      keyPair.privateKey,
    );
  } catch {
    throw new TamperedDataError('The agency slot');
  }
}
