/**
 * The one narrow, typed interface between the screens and the vault core: a map of handler
 * names to functions, each taking at most one structured-cloneable argument.
 */
import type { Vault } from './vault';
import type { VaultSettings } from './settings';
import type { VaultPolicy } from './vault-policy';
import { peopleHandlers } from '../features/people/people-handlers';
import { documentHandlers } from '../features/documents/document-handlers';
import { releaseHandlers } from '../features/releases/release-handlers';
import { disclosureHandlers } from '../features/disclosures/disclosure-handlers';
import { crisisHandlers } from '../features/crisis/crisis-handlers';
import { auditHandlers } from '../features/audit/audit-handlers';
import { peerHandlers } from '../features/peer/peer-handlers';
import { personCopyHandlers } from '../features/plans/person-copy-handlers';
import { entryHandlers } from '../features/entries/entry-handlers';
import { taskHandlers } from '../features/tasks/task-handlers';
import { todayHandlers } from '../features/today/today-handlers';
import { noteHandlers } from '../features/notes/note-handlers';
import { resourceHandlers } from '../features/resources/resource-handlers';
import { referralHandlers } from '../features/resources/referral-handlers';
import { searchHandlers } from '../features/search/search-handlers';
import { backupHandlers } from '../features/backup/backup-handlers';
import { conflictHandlers } from '../features/sync/conflict-handlers';
import { syncHandlers } from '../features/sync/sync-handlers';
import { keyChangeHandlers } from '../features/key-change/key-change-handlers';

function lifecycleHandlers(vault: Vault) {
  return {
    'vault.status': () => vault.status(),
    'vault.prepareCreate': ({ passphrase, policy }: { passphrase: string; policy: VaultPolicy }) => vault.prepareCreate(passphrase, policy),
    'vault.confirmCreate': () => vault.confirmCreate(),
    'vault.unlock': ({ passphrase, policy }: { passphrase: string; policy: VaultPolicy }) => vault.unlock(passphrase, policy),
    'vault.unlockWithRecoveryCode': ({ code, policy }: { code: string; policy: VaultPolicy }) => vault.unlockWithRecoveryCode(code, policy),
    'vault.changePassphrase': ({ policy, ...input }: { currentPassphrase?: string; newPassphrase: string; policy: VaultPolicy }) =>
      vault.changePassphrase(input, policy),
    'vault.lock': async () => vault.lock(),
    'vault.updateSettings': ({ change, policy }: { change: Partial<VaultSettings>; policy: VaultPolicy }) =>
      vault.updateSettings(change, policy),
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
    ...backupHandlers(vault),
    ...taskHandlers(vault),
    ...todayHandlers(vault),
    ...noteHandlers(vault),
    ...resourceHandlers(vault),
    ...referralHandlers(vault),
    ...searchHandlers(vault),
    ...conflictHandlers(vault),
    ...syncHandlers(vault),
    ...keyChangeHandlers(vault),
  };
}

export type VaultHandlers = ReturnType<typeof createVaultHandlers>;
export type VaultCallName = keyof VaultHandlers;
export type VaultCallArg<N extends VaultCallName> = Parameters<VaultHandlers[N]>;
export type VaultCallResult<N extends VaultCallName> = Awaited<ReturnType<VaultHandlers[N]>>;
