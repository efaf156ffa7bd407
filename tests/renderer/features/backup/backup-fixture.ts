/**
 * Backups end to end in Node: the vault's handlers answer the window's calls (as the worker does),
 * and the real main-process handlers, through the IPC dispatcher's schema checks, write and read
 * real files in a temp folder, with the native dialogs scripted.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ORIGIN, hostCallNames, type HostApi } from '@shared/host-api';
import { loadSodium } from '@shared/crypto/sodium';
import { recordKinds } from '@shared/records/record-kinds';
import { createHostHandlers } from '../../../../electron/main/host-handlers';
import { createHostDispatcher } from '../../../../electron/main/ipc';
import { createClipboardGuard } from '../../../../electron/main/clipboard-guard';
import { createBackupFiles } from '../../../../electron/main/backup-files';
import { createBackupPlaces } from '../../../../electron/main/backup-places';
import { createPersonCopies } from '../../../../electron/main/person-copies';
import { createResourceLists } from '../../../../electron/main/resource-lists';
import { createSyncFolders } from '../../../../electron/main/sync-folders';
import { createVaultHandlers } from '../../../../renderer/src/vault/vault-handlers';
import type { VaultCall } from '../../../../renderer/src/vault/vault-client';
import type { DecryptedRecord, Vault } from '../../../../renderer/src/vault/vault';
import type { BackupHost } from '../../../../renderer/src/features/backup/backup-runner';
import {
  FakeBackupDialogs,
  FakeClipboard,
  FakePersonCopyDialog,
  FakeResourceListDialogs,
  FakeSyncFolderDialog,
} from '../../../electron/main/fakes';
import { communityInstallation, updatesOff } from '../../../support/installation';

export const JORDAN = 'Jordan Rivers';
export const JORDAN_PHONE = '919-555-0142';
export const NOTE_TEXT = 'Talked about the new job at the bakery and how sleep has been.';
/** A community build: no agency keys to seal to. */
export const NO_AGENCY = { recoveryKeys: [], policyKeys: [] };

/** The window's call into the vault, as the worker answers it (arguments and answers are structured-cloned). */
export function callVault(vault: Vault): VaultCall {
  const handlers = createVaultHandlers(vault) as unknown as Record<string, (arg: unknown) => Promise<unknown>>;
  return (async (name: string, arg?: unknown) => structuredClone(await handlers[name]!(structuredClone(arg)))) as VaultCall;
}

export interface TestHost {
  host: BackupHost & Pick<HostApi, 'chooseBackupFolder' | 'chooseBackupToRestore' | 'listBackups'>;
  dialogs: FakeBackupDialogs;
  /** A folder of its own for this test's backups. */
  dir: string;
}

export async function backupHost(): Promise<TestHost> {
  const dir = await mkdtemp(join(tmpdir(), 'peer-notebook-backups-'));
  const dialogs = new FakeBackupDialogs();
  const dispatch = createHostDispatcher(
    createHostHandlers({
      appInfo: { name: 'Peer Notebook', version: '0.0.0-test', platform: process.platform },
      clipboardGuard: createClipboardGuard(new FakeClipboard()),
      backupPlaces: createBackupPlaces(dialogs, { storePath: join(tmpdir(), `peer-notebook-places-${randomUUID()}.json`) }),
      backupFiles: createBackupFiles({ sodium: loadSodium() }),
      personCopies: createPersonCopies({ dialog: new FakePersonCopyDialog(), renderPdf: async () => new Uint8Array() }),
      resourceLists: createResourceLists({ dialogs: new FakeResourceListDialogs() }),
      installationPolicy: communityInstallation(await loadSodium()),
      updates: updatesOff(),
      syncFolders: createSyncFolders({
        chooseFolder: () => new FakeSyncFolderDialog().chooseFolder(),
        storePath: join(tmpdir(), `peer-notebook-sync-${randomUUID()}.json`),
      }),
    }),
    { trustedOrigin: APP_ORIGIN },
  );
  const host = Object.fromEntries(
    hostCallNames.map((name) => [name, (...args: unknown[]) => dispatch(name, args, `${APP_ORIGIN}/`)]),
  ) as unknown as TestHost['host'];
  return { host, dialogs, dir };
}

/** A notebook holding Jordan, one record of every kind there is under them, a deleted record, and their audit trail. */
export async function fillEveryKind(vault: Vault): Promise<{ jordan: DecryptedRecord }> {
  const jordan = await vault.saveRecord({ id: null, kind: 'person', changes: { preferredName: JORDAN, phone: JORDAN_PHONE } });
  for (const kind of Object.keys(recordKinds).filter((each) => each !== 'person')) {
    const belongsToNoOne = kind === 'peer-profile' || kind === 'resource';
    await vault.saveRecord({ id: null, kind, parentId: belongsToNoOne ? null : jordan.id, changes: { text: `${kind}: ${NOTE_TEXT}` } });
  }
  const gone = await vault.saveRecord({ id: null, kind: 'person', changes: { preferredName: 'Sam Okafor' } });
  await vault.deleteRecord(gone.id);
  await vault.recordView(jordan, { personId: jordan.id, summary: 'Opened their page' });
  return { jordan };
}

/** Every stored revision (tombstones too) and the audit trail, as a restore must reproduce them. */
export async function contentsOf(vault: Vault) {
  const records: DecryptedRecord[] = [];
  for await (const page of vault.revisionPages(100)) records.push(...page);
  const { events, integrity } = await vault.auditTrail();
  return { records: records.sort((a, b) => a.id.localeCompare(b.id)), events, integrity };
}
