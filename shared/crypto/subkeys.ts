/**
 * Purpose-bound keys derived from the vault key (libsodium crypto_kdf, BLAKE2b), so a key used
 * for one kind of data is never reused for another.
 */
import type { Sodium } from './sodium';

const CONTEXT = 'PNvault1'; // crypto_kdf contexts are exactly 8 bytes
/**
 * audit seals audit events; audit-chain keys the MAC that links them; backup wraps each backup
 * file's own key, so scheduled backups need only the unlocked vault key; sync seals each sync
 * segment as a whole, so a foreign or damaged one is caught before anything in it is used;
 * vault-keys wraps other vault keys (the next one while the key changes, and retired ones).
 */
const SUBKEY_IDS = { records: 1, audit: 2, 'audit-chain': 3, backup: 4, sync: 5, 'vault-keys': 6 } as const;
export type SubkeyPurpose = keyof typeof SUBKEY_IDS;

export function deriveVaultSubkey(sodium: Sodium, vaultKey: Uint8Array, purpose: SubkeyPurpose): Uint8Array {
  return sodium.crypto_kdf_derive_from_key(32, SUBKEY_IDS[purpose], CONTEXT, vaultKey);
}
