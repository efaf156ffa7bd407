/**
 * The one narrow, typed interface between the screens and the vault core: a map of handler
 * names to functions, each taking at most one structured-cloneable argument.
 */
import type { Vault } from './vault';
import type { VaultSettings } from './settings';
import { peopleHandlers } from '../features/people/people-handlers';
import { documentHandlers } from '../features/documents/document-handlers';
import { releaseHandlers } from '../features/releases/release-handlers';
import { disclosureHandlers } from '../features/disclosures/disclosure-handlers';
import { crisisHandlers } from '../features/crisis/crisis-handlers';
import { auditHandlers } from '../features/audit/audit-handlers';
import { peerHandlers } from '../features/peer/peer-handlers';
import { personCopyHandlers } from '../features/plans/person-copy-handlers';
import { entryHandlers } from '../features/entries/entry-handlers';

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
  return {
    ...lifecycleHandlers(vault),
    ...peopleHandlers(vault),
    ...documentHandlers(vault),
    ...releaseHandlers(vault),
    ...disclosureHandlers(vault),
    ...crisisHandlers(vault),
    ...auditHandlers(vault),
    ...peerHandlers(vault),
    ...personCopyHandlers(vault),
    ...entryHandlers(vault),
  };
}

export type VaultHandlers = ReturnType<typeof createVaultHandlers>;
export type VaultCallName = keyof VaultHandlers;
export type VaultCallArg<N extends VaultCallName> = Parameters<VaultHandlers[N]>;
export type VaultCallResult<N extends VaultCallName> = Awaited<ReturnType<VaultHandlers[N]>>;
