/**
 * The host calls' implementations. Arguments arrive already checked by the dispatcher (ipc.ts).
 */
import { join } from 'node:path';
import type { AppInfo, BackupProblem, HostCallArgs, HostCallResult, HostHandlers, SyncFolderProblem } from '@shared/host-api';

type SyncCallName =
  | 'chooseSyncFolder'
  | 'enrolSyncServer'
  | 'listSyncVaults'
  | 'readSyncHeader'
  | 'writeSyncHeader'
  | 'listSyncSegments'
  | 'readSyncSegment'
  | 'writeSyncSegment';
import type { InstallationPolicy } from '@shared/agency/installation-policy';
import type { UpdateService } from './updates';
import type { ClipboardGuard } from './clipboard-guard';
import type { ExportFiles } from './export-files';
import type { PersonCopies } from './person-copies';
import type { ResourceLists } from './resource-lists';
import type { TeamListFiles } from './team-list-files';
import { UnknownBackupPlaceError, type BackupPlaces } from './backup-places';
import { SyncFolderProblemError, type SyncFolders } from './sync-folders';
import { withSyncServers, type SyncServerRemotes } from './sync-server-remote';
import { teamHostCalls } from './team-host-calls';
import { caseloadReassignment, type ReassignmentDialog } from './caseload-reassignment';
import { loadSodium } from '@shared/crypto/sodium';
import {
  BackupDiskFullError,
  BackupDriveUnavailableError,
  BackupFileMissingError,
  BackupFolderNotWritableError,
  BackupReadBackFailedError,
  scheduledBackupName,
  type BackupFiles,
} from './backup-files';

export interface HostHandlerDeps {
  appInfo: AppInfo;
  clipboardGuard: ClipboardGuard;
  backupPlaces: BackupPlaces;
  backupFiles: BackupFiles;
  personCopies: PersonCopies;
  resourceLists: ResourceLists;
  teamListFiles: TeamListFiles;
  exportFiles: ExportFiles;
  installationPolicy: InstallationPolicy;
  updates: UpdateService;
  syncFolders: SyncFolders;
  /** The agency's sync servers this computer enrolled with; synced with through the folders' calls. */
  syncServers?: SyncServerRemotes;
  /** The open dialog a supervisor picks a departed peer's backup and the agency's key files in. */
  reassignmentDialog: ReassignmentDialog;
  now?: () => Date;
}

const PROBLEMS: [new (...args: never[]) => Error, BackupProblem['problem']][] = [
  [BackupDiskFullError, 'disk-full'],
  [BackupDriveUnavailableError, 'drive-unavailable'],
  [BackupFolderNotWritableError, 'not-writable'],
  [BackupReadBackFailedError, 'read-back-failed'],
  [BackupFileMissingError, 'file-missing'],
  [UnknownBackupPlaceError, 'unknown-place'],
];

/** A backup failure the peer can act on becomes an answer for the screen; anything else stays an error. */
async function backupOutcome<T extends object>(operation: () => Promise<T>): Promise<({ ok: true } & T) | BackupProblem> {
  try {
    return { ok: true, ...(await operation()) };
  } catch (error) {
    const known = PROBLEMS.find(([errorClass]) => error instanceof errorClass);
    if (!known) throw error;
    return { ok: false, problem: known[1] };
  }
}

/** A sync folder failure the peer can act on becomes an answer for the runner; anything else stays an error. */
async function syncOutcome<T extends object>(operation: () => Promise<T>): Promise<({ ok: true } & T) | SyncFolderProblem> {
  try {
    return { ok: true, ...(await operation()) };
  } catch (error) {
    if (!(error instanceof SyncFolderProblemError)) throw error;
    return error.where === undefined ? { ok: false, problem: error.problem } : { ok: false, problem: error.problem, where: error.where };
  }
}

/** The sync folders' and servers' host calls (also driven directly by the sync bench and the server tests). */
export function syncHostCalls(
  folders: SyncFolders,
  servers?: SyncServerRemotes,
): { [N in SyncCallName]: (...args: HostCallArgs<N>) => Promise<HostCallResult<N>> } {
  const syncFolders = servers ? withSyncServers(folders, servers) : folders;
  return {
    enrolSyncServer: (url, code) =>
      syncOutcome(async () => {
        if (!servers) throw new SyncFolderProblemError('server-unreachable');
        const { token, name } = await servers.enrol(url, code);
        return { choice: { place: token, name } };
      }),
    chooseSyncFolder: async () => {
      const chosen = await syncFolders.choose();
      return chosen && { place: chosen.token, name: chosen.name };
    },
    listSyncVaults: (token) => syncOutcome(() => syncFolders.listVaults(token)),
    readSyncHeader: (token, vaultId) => syncOutcome(async () => ({ header: await syncFolders.readHeader(token, vaultId) })),
    writeSyncHeader: (token, vaultId, text) => syncOutcome(async () => (await syncFolders.writeHeader(token, vaultId, text), {})),
    listSyncSegments: (token, vaultId) => syncOutcome(() => syncFolders.listSegments(token, vaultId)),
    readSyncSegment: (token, vaultId, deviceId, seq) =>
      syncOutcome(async () => ({ bytes: await syncFolders.readSegment(token, vaultId, deviceId, seq) })),
    writeSyncSegment: (token, vaultId, deviceId, seq, bytes) =>
      syncOutcome(async () => (await syncFolders.writeSegment(token, vaultId, deviceId, seq, bytes), {})),
  };
}

export function createHostHandlers({
  appInfo,
  clipboardGuard,
  backupPlaces,
  backupFiles,
  personCopies,
  resourceLists,
  teamListFiles,
  exportFiles,
  installationPolicy,
  updates,
  syncFolders,
  syncServers,
  reassignmentDialog,
  now = () => new Date(),
}: HostHandlerDeps): HostHandlers {
  const choice = async (kind: 'folder' | 'save-file' | 'backup-file') => {
    const chosen = await backupPlaces.choose(kind, scheduledBackupName(now()));
    return chosen && { place: chosen.token, name: chosen.name };
  };

  const folderOf = async (token: string) => {
    const place = await backupPlaces.resolve(token);
    if (place.kind !== 'folder') throw new UnknownBackupPlaceError();
    return place.path;
  };

  return {
    getAppInfo: () => ({ ...appInfo }),
    copyText: (text) => clipboardGuard.copy(text),
    noteTextCopied: () => clipboardGuard.noteCopied(),
    wipeCopiedText: () => clipboardGuard.wipeNow(),

    chooseBackupFolder: () => choice('folder'),
    chooseBackupExportFile: () => choice('save-file'),
    chooseBackupToRestore: () => choice('backup-file'),
    listBackups: (token) => backupOutcome(async () => ({ backups: await backupFiles.list(await folderOf(token)) })),
    beginBackupWrite: (token) =>
      backupOutcome(async () => {
        const place = await backupPlaces.resolve(token);
        // A file chosen to restore from is never written over.
        if (place.kind === 'backup-file') throw new UnknownBackupPlaceError();
        return { writeId: await backupFiles.beginWrite(place.kind === 'folder' ? { folder: place.path } : { file: place.path }) };
      }),
    writeBackupPiece: (writeId, piece) => backupOutcome(async () => (await backupFiles.writeChunk(writeId, piece), {})),
    finishBackupWrite: (writeId, options) => backupOutcome(async () => ({ backup: await backupFiles.finishWrite(writeId, options) })),
    abortBackupWrite: (writeId) => backupFiles.abortWrite(writeId),
    beginBackupRead: (token, name) =>
      backupOutcome(async () => {
        const place = await backupPlaces.resolve(token);
        if (place.kind === 'folder' && name !== null) return backupFiles.beginRead(join(place.path, name));
        if (place.kind === 'backup-file' && name === null) return backupFiles.beginRead(place.path);
        throw new UnknownBackupPlaceError();
      }),
    readBackupPiece: (readId) =>
      backupOutcome(async () => {
        const { chunk, done } = await backupFiles.readChunk(readId);
        return { piece: chunk, done };
      }),
    endBackupRead: (readId) => backupFiles.endRead(readId),

    savePersonCopy: (request) => personCopies.save(request),

    ...syncHostCalls(syncFolders, syncServers),
    ...teamHostCalls(syncServers),
    ...caseloadReassignment({
      dialog: reassignmentDialog,
      servers: syncServers,
      policyKeys: installationPolicy.agency?.policyKeys ?? [],
      sodium: loadSodium(),
    }),
    openResourceList: () => resourceLists.open(),
    saveResourceList: (csv) => resourceLists.save(csv),
    openTeamListFile: () => teamListFiles.open(),
    saveExportFile: (request) => exportFiles.save(request),

    getInstallationPolicy: () => installationPolicy,
    getUpdateStatus: () => updates.status(),
    checkForUpdates: () => updates.check(),
    downloadUpdateWithConsent: () => updates.downloadWithConsent(),
    setUnsavedWork: (unsaved) => updates.setUnsavedWork(unsaved),
    installUpdateNow: () => updates.installNow(),
  };
}
