/**
 * The one narrow, typed interface between the screens and the vault core: a map of handler
 * names to functions, each taking at most one structured-cloneable argument.
 */
import type { Vault } from './vault';
import type { VaultSettings } from './settings';
import { peopleHandlers } from '../features/people/people-handlers';

function lifecycleHandlers(vault: Vault) {
  return {
    'vault.status': () => vault.status(),
    'vault.prepareCreate': ({ passphrase }: { passphrase: string }) => vault.prepareCreate(passphrase),
    'vault.confirmCreate': () => vault.confirmCreate(),
    'vault.unlock': ({ passphrase }: { passphrase: string }) => vault.unlock(passphrase),
    'vault.unlockWithRecoveryCode': ({ code }: { code: string }) => vault.unlockWithRecoveryCode(code),
    'vault.changePassphrase': (input: { currentPassphrase?: string; newPassphrase: string }) => vault.changePassphrase(input),
    'vault.lock': async () => vault.lock(),
    'vault.updateSettings': (change: Partial<VaultSettings>) => vault.updateSettings(change),
  };
}

export function createVaultHandlers(vault: Vault) {
  return { ...lifecycleHandlers(vault), ...peopleHandlers(vault) };
}

export type VaultHandlers = ReturnType<typeof createVaultHandlers>;
export type VaultCallName = keyof VaultHandlers;
export type VaultCallArg<N extends VaultCallName> = Parameters<VaultHandlers[N]>;
export type VaultCallResult<N extends VaultCallName> = Awaited<ReturnType<VaultHandlers[N]>>;
