/**
 * A team member's own keys, made in the app and kept in the vault's sealed records: an Ed25519
 * pair that signs what the member sends (review requests, co-signatures, handoffs) and an X25519
 * pair that opens what others seal to them. Only the public halves leave the notebook: in a
 * member key file or through the server, to the agency, which lists them in its signed directory.
 */
import { z } from 'zod';
import type { Sodium } from '../crypto/sodium';
import { toHex, utf8 } from '../crypto/bytes';

export const TEAM_KEY_FORMAT_VERSION = 1;

export interface TeamIdentity {
  signing: { publicKey: Uint8Array; secretKey: Uint8Array };
  sealing: { publicKey: Uint8Array; privateKey: Uint8Array };
}

/** The public halves, as the directory lists them. */
export interface TeamPublicKeys {
  signingKey: Uint8Array;
  sealingKey: Uint8Array;
}

const b64url = (sodium: Sodium, bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING);
/** 32 bytes as URL-safe base64 without padding: 43 characters. */
export const PUBLIC_KEY_TEXT = /^[A-Za-z0-9_-]{43}$/;

export function makeTeamIdentity(sodium: Sodium): TeamIdentity {
  const signing = sodium.crypto_sign_keypair();
  const sealing = sodium.crypto_box_keypair();
  return {
    signing: { publicKey: signing.publicKey, secretKey: signing.privateKey },
    sealing: { publicKey: sealing.publicKey, privateKey: sealing.privateKey },
  };
}

/**
 * How people compare a member's keys by eye or over the phone: BLAKE2b-256 over both public keys
 * after a context line, shown as 16 groups of 4 hex digits.
 */
export function teamKeyFingerprint(sodium: Sodium, keys: TeamPublicKeys): string {
  const digest = sodium.crypto_generichash(
    32,
    new Uint8Array([...utf8('peer-notebook/team-member-keys/v1\n'), ...keys.signingKey, ...keys.sealingKey]),
    null,
  );
  return toHex(digest).match(/.{4}/g)!.join(' ');
}

/** The identity as the vault keeps it, inside a sealed record's fields. */
export const StoredTeamIdentity = z.object({
  format: z.literal(TEAM_KEY_FORMAT_VERSION),
  signingPublicKey: z.string().regex(PUBLIC_KEY_TEXT),
  signingSecretKey: z.string().min(80),
  sealingPublicKey: z.string().regex(PUBLIC_KEY_TEXT),
  sealingPrivateKey: z.string().regex(PUBLIC_KEY_TEXT),
});
export type StoredTeamIdentity = z.infer<typeof StoredTeamIdentity>;

export function storeTeamIdentity(sodium: Sodium, identity: TeamIdentity): StoredTeamIdentity {
  return {
    format: TEAM_KEY_FORMAT_VERSION,
    signingPublicKey: b64url(sodium, identity.signing.publicKey),
    signingSecretKey: b64url(sodium, identity.signing.secretKey),
    sealingPublicKey: b64url(sodium, identity.sealing.publicKey),
    sealingPrivateKey: b64url(sodium, identity.sealing.privateKey),
  };
}

export function loadTeamIdentity(sodium: Sodium, stored: StoredTeamIdentity): TeamIdentity {
  const bytes = (text: string) => sodium.from_base64(text, sodium.base64_variants.URLSAFE_NO_PADDING);
  return {
    signing: { publicKey: bytes(stored.signingPublicKey), secretKey: bytes(stored.signingSecretKey) },
    sealing: { publicKey: bytes(stored.sealingPublicKey), privateKey: bytes(stored.sealingPrivateKey) },
  };
}

/** The public halves as a file the member hands the agency where there is no server. */
export const MemberKeyFile = z.object({
  type: z.literal('peer-notebook/team-member-keys'),
  format: z.literal(TEAM_KEY_FORMAT_VERSION),
  signingKey: z.string().regex(PUBLIC_KEY_TEXT),
  sealingKey: z.string().regex(PUBLIC_KEY_TEXT),
  fingerprint: z.string(),
});
export type MemberKeyFile = z.infer<typeof MemberKeyFile>;

export function memberKeyFile(sodium: Sodium, keys: TeamPublicKeys): MemberKeyFile {
  return {
    type: 'peer-notebook/team-member-keys',
    format: TEAM_KEY_FORMAT_VERSION,
    signingKey: b64url(sodium, keys.signingKey),
    sealingKey: b64url(sodium, keys.sealingKey),
    fingerprint: teamKeyFingerprint(sodium, keys),
  };
}

/** A member key file's keys, or null when it is not one or its fingerprint does not match its keys. */
export function readMemberKeyFile(sodium: Sodium, value: unknown): TeamPublicKeys | null {
  const parsed = MemberKeyFile.safeParse(value);
  if (!parsed.success) return null;
  const keys = {
    signingKey: sodium.from_base64(parsed.data.signingKey, sodium.base64_variants.URLSAFE_NO_PADDING),
    sealingKey: sodium.from_base64(parsed.data.sealingKey, sodium.base64_variants.URLSAFE_NO_PADDING),
  };
  return teamKeyFingerprint(sodium, keys) === parsed.data.fingerprint ? keys : null;
}
