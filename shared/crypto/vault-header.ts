/**
 * The vault header, format version 3: the vault's id and the key slots that wrap its vault key.
 *
 * Like LUKS, each secret slot wraps the same random 32-byte vault key under a key derived from one
 * secret (the passphrase, or the recovery code). Changing the passphrase replaces one slot; no
 * record is re-encrypted. A slot's associated data binds it to its vault, kind, id and KDF
 * parameters, so a slot cannot be moved to another vault or have its parameters edited.
 *
 * Version 2 adds `agencySlots`: the vault key sealed (crypto_box_seal) to an agency recovery key
 * the installation's policy requires, so the agency can recover the records with its private key.
 * Only pinned keys are sealed to (shared/agency/agency-keys.ts). A version 1 header (no agency
 * slots) is read as version 2 with none; an older app refuses version 2 rather than rewriting the
 * header without the agency's slots.
 *
 * Version 3 adds `keyGeneration` (1 for a vault key made at creation, one more each time the key is
 * changed: shared/crypto/vault-key-change.ts) and `retiredKeys`, the vault keys it replaced, each
 * wrapped under the current one, so sync files another computer wrote before it learnt of the
 * change still open. Versions 1 and 2 are read as generation 1 with none retired; an older app
 * refuses version 3, so it never rewrites a changed key's header or keeps writing under the old key.
 */
import { z } from 'zod';
import type { Sodium } from './sodium';
import { KdfParams, deriveSlotKey, newKdfParams, type KdfCost } from './kdf';
import { UnsupportedFormatError, WrongSecretError } from './errors';
import { randomBytes, randomId, utf8 } from './bytes';

export const VAULT_FORMAT_VERSION = 3;
/** Keys kept from earlier generations: more changes than this and the oldest is forgotten. */
export const MAX_RETIRED_KEYS = 8;
export const VAULT_KEY_BYTES = 32;

const b64 = z.string().min(1);
export const SecretSlotKind = z.enum(['passphrase', 'recovery']);
export type SecretSlotKind = z.infer<typeof SecretSlotKind>;

export const SecretKeySlot = z.object({
  id: z.string().min(1),
  kind: SecretSlotKind,
  kdf: KdfParams,
  nonce: b64,
  wrappedKey: b64,
  createdAt: z.string(),
});
export type SecretKeySlot = z.infer<typeof SecretKeySlot>;

/** The vault key sealed to one agency recovery key (its fingerprint: hex BLAKE2b-256 of the public key). */
export const AgencyKeySlot = z.object({
  id: z.string().min(1),
  label: z.string(),
  keyFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  sealedVaultKey: b64,
  createdAt: z.string(),
});
export type AgencyKeySlot = z.infer<typeof AgencyKeySlot>;

/** A vault key of an earlier generation, wrapped under the current vault key (vault-key-change.ts). */
export const RetiredVaultKey = z.object({
  generation: z.number().int().min(1),
  nonce: b64,
  wrappedKey: b64,
});
export type RetiredVaultKey = z.infer<typeof RetiredVaultKey>;

const headerFields = {
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string(),
  slots: z.array(SecretKeySlot).min(1),
};

const agencySlots = z.array(AgencyKeySlot).max(16);

export const VaultHeader = z.object({
  format: z.literal(VAULT_FORMAT_VERSION),
  ...headerFields,
  keyGeneration: z.number().int().min(1),
  agencySlots,
  retiredKeys: z.array(RetiredVaultKey).max(MAX_RETIRED_KEYS),
});
export type VaultHeader = z.infer<typeof VaultHeader>;

/** Version 1: before agency slots. Version 2: before key generations. */
const VaultHeaderV1 = z.object({ format: z.literal(1), ...headerFields });
const VaultHeaderV2 = z.object({ format: z.literal(2), ...headerFields, agencySlots });
/** What versions 1 and 2 are read with: the key made at creation, none retired (a fresh list each time). */
const firstGeneration = () => ({ format: VAULT_FORMAT_VERSION, keyGeneration: 1, retiredKeys: [] as RetiredVaultKey[] }) as const;

/** Parses a stored or received header (versions 1 and 2 read as 3); a newer format says so instead of failing vaguely. */
export function parseVaultHeader(value: unknown): VaultHeader {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > VAULT_FORMAT_VERSION) throw new UnsupportedFormatError('This notebook', format);
  if (format === 1) return { ...VaultHeaderV1.parse(value), ...firstGeneration(), agencySlots: [] };
  if (format === 2) return { ...VaultHeaderV2.parse(value), ...firstGeneration() };
  return VaultHeader.parse(value);
}

const URLSAFE = (sodium: Sodium) => sodium.base64_variants.URLSAFE_NO_PADDING;

/** Secrets are compared as typed: NFC so the same passphrase matches across keyboards and systems. */
export const secretBytes = (secret: string): Uint8Array => utf8(secret.normalize('NFC'));

function slotAssociatedData(vaultId: string, slot: Pick<SecretKeySlot, 'id' | 'kind' | 'kdf'>): Uint8Array {
  const { algorithm, opsLimit, memLimitBytes, salt } = slot.kdf;
  return utf8(JSON.stringify(['peer-notebook/key-slot/v1', vaultId, slot.kind, slot.id, algorithm, opsLimit, memLimitBytes, salt]));
}

export function createSecretKeySlot(
  sodium: Sodium,
  input: { vaultId: string; kind: SecretSlotKind; secret: string; vaultKey: Uint8Array; cost: KdfCost; now?: Date },
): SecretKeySlot {
  const slotBase = { id: randomId(), kind: input.kind, kdf: newKdfParams(sodium, input.cost) };
  const slotKey = deriveSlotKey(sodium, secretBytes(input.secret), slotBase.kdf);
  try {
    const nonce = randomBytes(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      input.vaultKey,
      slotAssociatedData(input.vaultId, slotBase),
      null,
      nonce,
      slotKey,
    );
    return {
      ...slotBase,
      nonce: sodium.to_base64(nonce, URLSAFE(sodium)),
      wrappedKey: sodium.to_base64(wrapped, URLSAFE(sodium)),
      createdAt: (input.now ?? new Date()).toISOString(),
    };
  } finally {
    sodium.memzero(slotKey);
  }
}

/** Opens one slot, or returns null when the secret is not the one it was made with. */
export function openSecretKeySlot(sodium: Sodium, vaultId: string, slot: SecretKeySlot, secret: string): Uint8Array | null {
  const slotKey = deriveSlotKey(sodium, secretBytes(secret), slot.kdf);
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      sodium.from_base64(slot.wrappedKey, URLSAFE(sodium)),
      slotAssociatedData(vaultId, slot),
      sodium.from_base64(slot.nonce, URLSAFE(sodium)),
      slotKey,
    );
  } catch {
    return null;
  } finally {
    sodium.memzero(slotKey);
  }
}

/** Unlocks the vault key with a secret of the given kind; throws WrongSecretError if none opens. */
export function unlockVaultKey(
  sodium: Sodium,
  header: VaultHeader,
  kind: SecretSlotKind,
  secret: string,
): { vaultKey: Uint8Array; slotId: string } {
  for (const slot of header.slots) {
    if (slot.kind !== kind) continue;
    const vaultKey = openSecretKeySlot(sodium, header.vaultId, slot, secret);
    if (vaultKey) return { vaultKey, slotId: slot.id };
  }
  throw new WrongSecretError(kind === 'passphrase' ? 'passphrase' : 'recovery code');
}

/** A new vault: random id and key, one passphrase slot and one recovery-code slot. */
export function createVaultHeader(
  sodium: Sodium,
  input: { passphrase: string; recoveryCode: string; cost: KdfCost; now?: Date },
): { header: VaultHeader; vaultKey: Uint8Array } {
  const vaultId = randomId();
  const vaultKey = randomBytes(VAULT_KEY_BYTES);
  const slot = (kind: SecretSlotKind, secret: string) =>
    createSecretKeySlot(sodium, { vaultId, kind, secret, vaultKey, cost: input.cost, now: input.now });
  const header: VaultHeader = {
    format: VAULT_FORMAT_VERSION,
    vaultId,
    createdAt: (input.now ?? new Date()).toISOString(),
    slots: [slot('passphrase', input.passphrase), slot('recovery', input.recoveryCode)],
    keyGeneration: 1,
    agencySlots: [],
    retiredKeys: [],
  };
  return { header, vaultKey };
}

/** Replaces every passphrase slot with one for the new passphrase; other slots are untouched. */
export function rewrapPassphrase(
  sodium: Sodium,
  header: VaultHeader,
  input: { vaultKey: Uint8Array; newPassphrase: string; cost: KdfCost; now?: Date },
): VaultHeader {
  const slot = createSecretKeySlot(sodium, {
    vaultId: header.vaultId,
    kind: 'passphrase',
    secret: input.newPassphrase,
    vaultKey: input.vaultKey,
    cost: input.cost,
    now: input.now,
  });
  return { ...header, slots: [slot, ...header.slots.filter((s) => s.kind !== 'passphrase')] };
}

/** The header with the vault key's seal for each agency key it has no slot for yet (others untouched). */
export function addAgencySlots(
  header: VaultHeader,
  sealed: readonly { label: string; keyFingerprint: string; sealedVaultKey: string }[],
  now = new Date(),
): VaultHeader {
  const missing = sealed.filter((seal) => !header.agencySlots.some((slot) => slot.keyFingerprint === seal.keyFingerprint));
  if (missing.length === 0) return header;
  return {
    ...header,
    agencySlots: [...header.agencySlots, ...missing.map((seal) => ({ id: randomId(), ...seal, createdAt: now.toISOString() }))],
  };
}
