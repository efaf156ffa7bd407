/**
 * Changing the vault key (after a suspected compromise): the header of the next key generation,
 * and vault keys wrapped under other vault keys.
 *
 * The next header keeps the vault's id and creation time and gets a new random vault key, fresh
 * passphrase and recovery-code slots, the agency seals it is given, and the generation one above.
 * The keys it replaces go into `retiredKeys`, each wrapped under the new key (its 'vault-keys'
 * subkey, bound to the vault id and that key's generation): they open only sync files other
 * computers wrote before they learnt of the change. While a change runs, the next key is kept
 * wrapped under the current one the same way, so an interrupted change resumes after either
 * secret that opens the current header.
 */
import type { Sodium } from './sodium';
import type { KdfCost } from './kdf';
import { randomBytes, utf8 } from './bytes';
import { TamperedDataError } from './errors';
import { deriveVaultSubkey } from './subkeys';
import { addAgencySlots, createSecretKeySlot, MAX_RETIRED_KEYS, VAULT_KEY_BYTES, type VaultHeader } from './vault-header';

/** A vault key wrapped under another (base64, URL-safe, like every header field). */
export interface WrappedVaultKey {
  nonce: string;
  wrappedKey: string;
}

/** What a wrapped key is: the next generation's (while a change runs), or a retired one. */
export interface VaultKeyBinding {
  vaultId: string;
  role: 'next' | 'retired';
  generation: number;
}

const URLSAFE = (sodium: Sodium) => sodium.base64_variants.URLSAFE_NO_PADDING;
const associatedData = ({ vaultId, role, generation }: VaultKeyBinding) =>
  utf8(JSON.stringify(['peer-notebook/vault-key/v1', vaultId, role, generation]));

function withWrappingKey<T>(sodium: Sodium, vaultKey: Uint8Array, work: (key: Uint8Array) => T): T {
  const key = deriveVaultSubkey(sodium, vaultKey, 'vault-keys');
  try {
    return work(key);
  } finally {
    sodium.memzero(key);
  }
}

export function wrapVaultKey(sodium: Sodium, under: Uint8Array, binding: VaultKeyBinding, vaultKey: Uint8Array): WrappedVaultKey {
  const nonce = randomBytes(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const wrapped = withWrappingKey(sodium, under, (key) =>
    sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(vaultKey, associatedData(binding), null, nonce, key),
  );
  return { nonce: sodium.to_base64(nonce, URLSAFE(sodium)), wrappedKey: sodium.to_base64(wrapped, URLSAFE(sodium)) };
}

/** Opens a wrapped key, or throws TamperedDataError (another key, another vault or generation, or edited). */
export function unwrapVaultKey(sodium: Sodium, under: Uint8Array, binding: VaultKeyBinding, wrapped: WrappedVaultKey): Uint8Array {
  try {
    return withWrappingKey(sodium, under, (key) =>
      sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        null,
        sodium.from_base64(wrapped.wrappedKey, URLSAFE(sodium)),
        associatedData(binding),
        sodium.from_base64(wrapped.nonce, URLSAFE(sodium)),
        key,
      ),
    );
  } catch {
    throw new TamperedDataError(`The notebook's key of generation ${binding.generation}`);
  }
}

/** The vault keys a header retired, newest first, opened with its current vault key. */
export function openRetiredKeys(sodium: Sodium, header: VaultHeader, vaultKey: Uint8Array): Uint8Array[] {
  return header.retiredKeys.map((retired) =>
    unwrapVaultKey(sodium, vaultKey, { vaultId: header.vaultId, role: 'retired', generation: retired.generation }, retired),
  );
}

/**
 * The header of the next key generation and its new vault key. `sealForAgencies` seals the new key
 * to each agency key (pinned by the caller); the current key and the ones it retired are retired
 * under the new one, the oldest dropped past MAX_RETIRED_KEYS.
 */
export function nextGenerationHeader(
  sodium: Sodium,
  current: VaultHeader,
  input: {
    currentKey: Uint8Array;
    passphrase: string;
    recoveryCode: string;
    cost: KdfCost;
    sealForAgencies(vaultKey: Uint8Array): { label: string; keyFingerprint: string; sealedVaultKey: string }[];
    now?: Date;
  },
): { header: VaultHeader; vaultKey: Uint8Array } {
  const { vaultId } = current;
  const now = input.now ?? new Date();
  const vaultKey = randomBytes(VAULT_KEY_BYTES);
  const generation = current.keyGeneration + 1;
  const slot = (kind: 'passphrase' | 'recovery', secret: string) =>
    createSecretKeySlot(sodium, { vaultId, kind, secret, vaultKey, cost: input.cost, now });
  const older = openRetiredKeys(sodium, current, input.currentKey);
  const retire = (key: Uint8Array, keyGeneration: number) => ({
    generation: keyGeneration,
    ...wrapVaultKey(sodium, vaultKey, { vaultId, role: 'retired', generation: keyGeneration }, key),
  });
  const retiredKeys = [
    retire(input.currentKey, current.keyGeneration),
    ...older.map((key, i) => retire(key, current.retiredKeys[i]!.generation)),
  ].slice(0, MAX_RETIRED_KEYS);
  for (const key of older) sodium.memzero(key);
  const header: VaultHeader = {
    ...current,
    slots: [slot('passphrase', input.passphrase), slot('recovery', input.recoveryCode)],
    keyGeneration: generation,
    agencySlots: [],
    retiredKeys,
  };
  return { header: addAgencySlots(header, input.sealForAgencies(vaultKey), now), vaultKey };
}
