import { createContext, useContext } from 'react';
import type { HostApi } from '@shared/host-api';
import type { VaultCall } from '../vault/vault-client';
import { DEFAULT_SETTINGS, type VaultSettings } from '../vault/settings';

export const VaultContext = createContext<VaultCall | null>(null);
export const HostContext = createContext<HostApi | null>(null);
/** The peer's settings while the notebook is open (screens deep inside read them from here). */
export const SettingsContext = createContext<VaultSettings>(DEFAULT_SETTINGS);

export const useSettings = (): VaultSettings => useContext(SettingsContext);

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
