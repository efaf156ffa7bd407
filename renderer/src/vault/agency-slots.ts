/**
 * The agency's recovery slots a vault key is sealed to: only keys the installation's policy
 * requires, each pinned (built into the app, or signed by a built-in policy key), before any vault
 * key is touched (UnpinnedAgencyKeyError otherwise).
 */
import type { Sodium } from '@shared/crypto/sodium';
import { pinAgencyKey, sealVaultKeyForAgency, type PinnedAgencyKey } from '@shared/agency/agency-keys';
import type { VaultPolicy } from './vault-policy';

export function pinnedAgencyKeys(sodium: Sodium, policy: Pick<VaultPolicy, 'agencySlot'>): PinnedAgencyKey[] {
  if (!policy.agencySlot) return [];
  const { keys, trust } = policy.agencySlot;
  return keys.map((key) => pinAgencyKey(sodium, key, trust));
}

export function agencySlotFor(sodium: Sodium, vaultKey: Uint8Array, key: PinnedAgencyKey) {
  return { label: key.label, ...sealVaultKeyForAgency(sodium, vaultKey, key) };
}
