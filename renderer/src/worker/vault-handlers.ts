/**
 * The one narrow, typed interface between the screens and the vault core: a map of handler
 * names to functions, each taking at most one structured-cloneable argument. Each feature's
 * handlers get only the parts of the vault they need.
 */
import type { Vault } from '../vault/vault';
import type { VaultSettings } from '../vault/settings';
import type { VaultPolicy } from '../vault/vault-policy';
import type { DraftPlace } from '../vault/drafts';
import { ratePassphraseForMeter } from '../vault/passphrase-check';
import { peopleHandlers } from '../features/people/worker/people-handlers';
import { documentHandlers } from '../features/documents/worker/document-handlers';
import { releaseHandlers } from '../features/releases/worker/release-handlers';
import { disclosureHandlers } from '../features/disclosures/worker/disclosure-handlers';
import { recordFileHandlers } from '../features/disclosures/worker/record-file-handlers';
import { crisisHandlers } from '../features/crisis/worker/crisis-handlers';
import { auditHandlers } from '../features/audit/worker/audit-handlers';
import { peerHandlers } from '../features/peer/worker/peer-handlers';
import { personCopyHandlers } from '../features/plans/worker/person-copy-handlers';
import { entryHandlers } from '../features/entries/worker/entry-handlers';
import { taskHandlers } from '../features/tasks/worker/task-handlers';
import { todayHandlers } from '../features/today/worker/today-handlers';
import { noteHandlers } from '../features/notes/worker/note-handlers';
import { billingHandlers } from '../features/billing/worker/billing-handlers';
import { resourceHandlers } from '../features/resources/worker/resource-handlers';
import { referralHandlers } from '../features/resources/worker/referral-handlers';
import { searchHandlers } from '../features/search/worker/search-handlers';
import { backupHandlers } from '../features/backup/worker/backup-handlers';
import { conflictHandlers } from '../features/sync/worker/conflict-handlers';
import { syncHandlers } from '../features/sync/worker/sync-handlers';
import { keyChangeHandlers } from '../features/key-change/worker/key-change-handlers';
import { damagedRecordHandlers } from '../features/damaged/worker/damaged-record-handlers';
import { teamHandlers } from '../features/team/worker/team-handlers';
import { reassignHandlers } from '../features/team/worker/reassign-handlers';
import { coSignHandlers } from '../features/team/worker/co-sign-handlers';

function lifecycleHandlers(vault: Vault) {
  return {
    /** The installation's policy, given once as the app starts, before any other call. */
    'vault.configure': async ({ policy }: { policy: VaultPolicy }) => vault.configure(policy),
    'vault.status': () => vault.status(),
    'vault.prepareCreate': ({ passphrase }: { passphrase: string }) => vault.prepareCreate(passphrase),
    'vault.confirmCreate': () => vault.confirmCreate(),
    'vault.unlock': ({ passphrase }: { passphrase: string }) => vault.unlock(passphrase),
    'vault.unlockWithRecoveryCode': ({ code }: { code: string }) => vault.unlockWithRecoveryCode(code),
    'vault.changePassphrase': (input: { currentPassphrase?: string; newPassphrase: string }) => vault.changePassphrase(input),
    'vault.lock': () => vault.lock(),
    'vault.updateSettings': ({ change }: { change: Partial<VaultSettings> }) => vault.settings.update(change),
    /** A new passphrase as it is typed: its strength and hints in the screen's language (null for an empty one). */
    'passphrase.rate': ({ passphrase, minimumScore, language }: { passphrase: string; minimumScore: number; language: string }) =>
      ratePassphraseForMeter(passphrase, minimumScore, language),
  };
}

function draftHandlers({ drafts }: Pick<Vault, 'drafts'>) {
  return {
    'drafts.keep': (input: { key: string; place: DraftPlace; values: unknown }) => drafts.keep(input),
    'drafts.get': ({ key }: { key: string }) => drafts.get(key),
    'drafts.latest': () => drafts.latest(),
    'drafts.discard': ({ key }: { key: string }) => drafts.discard(key),
  };
}

export function createVaultHandlers(vault: Vault) {
  return {
    ...lifecycleHandlers(vault),
    ...draftHandlers(vault),
    ...damagedRecordHandlers(vault),
    ...peopleHandlers(vault),
    ...documentHandlers(vault),
    ...releaseHandlers(vault),
    ...disclosureHandlers(vault),
    ...recordFileHandlers(vault),
    ...crisisHandlers(vault),
    ...auditHandlers(vault),
    ...peerHandlers(vault),
    ...personCopyHandlers(vault),
    ...entryHandlers(vault),
    ...backupHandlers(vault),
    ...taskHandlers(vault),
    ...todayHandlers(vault),
    ...noteHandlers(vault),
    ...billingHandlers(vault),
    ...resourceHandlers(vault),
    ...referralHandlers(vault),
    ...searchHandlers(vault),
    ...conflictHandlers(vault),
    ...teamHandlers(vault),
    ...reassignHandlers(vault),
    ...coSignHandlers(vault),
    ...syncHandlers(vault),
    ...keyChangeHandlers(vault),
  };
}

export type VaultHandlers = ReturnType<typeof createVaultHandlers>;
export type VaultCallName = keyof VaultHandlers;
export type VaultCallArg<N extends VaultCallName> = Parameters<VaultHandlers[N]>;
export type VaultCallResult<N extends VaultCallName> = Awaited<ReturnType<VaultHandlers[N]>>;
