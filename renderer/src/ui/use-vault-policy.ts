import { useMemo } from 'react';
import { useInstallationPolicy } from './contexts';
import { vaultPolicyOf, type VaultPolicy } from '../vault/vault-policy';

/** The installation's policy as the vault calls take it. */
export function useVaultPolicy(): VaultPolicy {
  const installation = useInstallationPolicy();
  return useMemo(() => vaultPolicyOf(installation), [installation]);
}
