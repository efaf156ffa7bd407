import { createContext, useContext } from 'react';
import type { HostApi } from '@shared/host-api';
import type { InstallationPolicy } from '@shared/agency/installation-policy';
import type { VaultCall } from './vault-client';
import { DEFAULT_SETTINGS, type VaultSettings } from '../vault/settings';

export const VaultContext = createContext<VaultCall | null>(null);
export const HostContext = createContext<HostApi | null>(null);
/** The peer's settings while the notebook is open (screens deep inside read them from here). */
export const SettingsContext = createContext<VaultSettings>(DEFAULT_SETTINGS);

export const useSettings = (): VaultSettings => useContext(SettingsContext);

/** The installation's policy (agency build, OS policy), read once at start-up; null until read. */
export const InstallationContext = createContext<InstallationPolicy | null>(null);

export function useInstallationPolicy(): InstallationPolicy {
  const policy = useContext(InstallationContext);
  if (!policy) throw new Error('useInstallationPolicy before the policy was read');
  return policy;
}

export function useVault(): VaultCall {
  const vault = useContext(VaultContext);
  if (!vault) throw new Error('useVault outside <App>');
  return vault;
}

export function useHost(): HostApi {
  const hostApi = useContext(HostContext);
  if (!hostApi) throw new Error('useHost outside <App>');
  return hostApi;
}
