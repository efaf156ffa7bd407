/**
 * The keys one vault key opens while the notebook is unlocked, each derived for one purpose
 * (shared/crypto/subkeys.ts), and the bindings the audit trail seals under. A key change holds two
 * sets at once: the current key's and the next one's.
 */
import type { Sodium } from '@shared/crypto/sodium';
import { deriveVaultSubkey } from '@shared/crypto/subkeys';
import type { RecordBinding } from '@shared/crypto/record-cipher';

export interface VaultKeys {
  vaultKey: Uint8Array;
  recordKey: Uint8Array;
  auditKey: Uint8Array;
  auditChainKey: Uint8Array;
}

/** The keys of a vault key; the vault key itself is kept (and zeroed with them). */
export function deriveVaultKeys(sodium: Sodium, vaultKey: Uint8Array): VaultKeys {
  const subkey = (purpose: Parameters<typeof deriveVaultSubkey>[2]) => deriveVaultSubkey(sodium, vaultKey, purpose);
  return { vaultKey, recordKey: subkey('records'), auditKey: subkey('audit'), auditChainKey: subkey('audit-chain') };
}

export function forgetVaultKeys(sodium: Sodium, keys: VaultKeys): void {
  for (const key of [keys.vaultKey, keys.recordKey, keys.auditKey, keys.auditChainKey]) sodium.memzero(key);
}

/** An audit event is sealed like a record: bound to its vault and its place in the chain. */
export const auditBinding = (vaultId: string, seq: number): RecordBinding => ({ vaultId, recordId: `audit/${seq}`, rev: String(seq) });
