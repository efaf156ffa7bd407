import { createContext, useContext } from 'react';
import type { HostApi } from '@shared/host-api';
import type { VaultCall } from '../vault/vault-client';

export const VaultContext = createContext<VaultCall | null>(null);
export const HostContext = createContext<HostApi | null>(null);

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
