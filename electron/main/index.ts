/**
 * The main process entry: the only module that imports Electron's values. Everything it wires is
 * built and tested elsewhere with Electron's pieces passed in; this file only puts them together,
 * in the order Electron requires (scheme and sandbox before ready, the rest after).
 */
import { join } from 'node:path';
import electronUpdater from 'electron-updater';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { APP_ID } from '@shared/app-identity';
import { APP_ORIGIN, hostEventChannel, type HostEventName, type HostEventPayload } from '@shared/host-api';
import { loadSodium } from '@shared/crypto/sodium';
import { BACKUP_FILE_EXTENSION } from '@shared/backup/backup-layout';
import { APP_SCHEME, createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { createBackupFiles } from './backup-files';
import { createBackupPlaces, type BackupDialogs } from './backup-places';
import { createClipboardGuard } from './clipboard-guard';
import { runCommand } from './command-runner';
import { createHostHandlers } from './host-handlers';
import type { ReassignmentDialog } from './caseload-reassignment';
import { createSyncFolders } from './sync-folders';
import { createSyncServerRemotes } from './sync-server-remote';
import { safeStorageSealer } from './secret-sealer';
import { createHostDispatcher, registerHostHandlers } from './ipc';
import { forwardLockEvents } from './lock-events';
import { createPdfRenderer } from './pdf-renderer';
import { createPersonCopies, type PersonCopyDialog } from './person-copies';
import { createResourceLists, type ResourceListDialogs } from './resource-lists';
import { createTeamListFiles, type TeamListDialogs } from './team-list-files';
import { createExportFiles, type ExportFileDialog } from './export-files';
import { createConnectionCostProbe } from './metered-connection';
import { loadThisInstallationPolicy } from './policy/this-installation';
import { denyAllPermissions, guardWebContents } from './security';
import { claimSingleInstance } from './single-instance';
import { createUpdateService } from './updates';
import { createMainWindow } from './window';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/.
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

// These must happen before the app is ready (the id also names the app to Windows notifications).
app.setAppUserModelId(APP_ID);
app.enableSandbox();
registerAppScheme(protocol);

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): BrowserWindow {
  const win = createMainWindow(BrowserWindow, { preloadPath: PRELOAD_PATH, appOrigin: APP_ORIGIN, devTools: !app.isPackaged });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

/** Someone launched the app again: bring the running window forward instead. */
function showExistingWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Every live window's page gets the event (there is one window, but never send to a closed one). */
function sendToRenderers<E extends HostEventName>(event: E, payload: HostEventPayload<E>): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(hostEventChannel(event), payload);
  }
}

const UPDATE_FIRST_CHECK_MS = 60_000;
const UPDATE_CHECK_EVERY_MS = 6 * 60 * 60_000;

/** A save dialog, attached to the window when there is one; null when the peer cancelled. */
async function askWhereToSave(options: SaveDialogOptions): Promise<string | null> {
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return result.canceled ? null : (result.filePath ?? null);
}

/** An open dialog (a file or a folder), attached to the window when there is one; null when the peer cancelled. */
async function askWhichToOpen(options: OpenDialogOptions): Promise<string | null> {
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const backupFilters = [{ name: 'Peer Notebook backups', extensions: [BACKUP_FILE_EXTENSION.slice(1)] }];

/** The native dialogs backups are chosen with, attached to the window when there is one. */
const backupDialogs: BackupDialogs = {
  chooseFolder: () => askWhichToOpen({ title: 'Choose a folder for backups', properties: ['openDirectory', 'createDirectory'] }),
  chooseSaveFile: (defaultName) => askWhereToSave({ title: 'Save a backup', defaultPath: defaultName, filters: backupFilters }),
  chooseBackupFile: () => askWhichToOpen({ title: 'Choose a backup to restore', properties: ['openFile'], filters: backupFilters }),
};

const personCopyFilters = {
  pdf: [{ name: 'PDF documents', extensions: ['pdf'] }],
  html: [{ name: 'Web pages', extensions: ['html'] }],
};

const personCopyDialog: PersonCopyDialog = {
  chooseSaveFile: (defaultName, format) =>
    askWhereToSave({ title: 'Save their copy', defaultPath: defaultName, filters: personCopyFilters[format] }),
};

const resourceListFilters = [{ name: 'CSV lists', extensions: ['csv'] }];

const resourceListDialogs: ResourceListDialogs = {
  chooseListToOpen: () => askWhichToOpen({ title: 'Choose a resource list (CSV)', properties: ['openFile'], filters: resourceListFilters }),
  chooseSaveFile: (defaultName) =>
    askWhereToSave({ title: 'Save the resource list', defaultPath: defaultName, filters: resourceListFilters }),
};

const teamListDialogs: TeamListDialogs = {
  chooseTeamListToOpen: () =>
    askWhichToOpen({
      title: 'Choose the team list your agency sent',
      properties: ['openFile'],
      filters: [{ name: 'Team lists', extensions: ['json'] }],
    }),
};

const exportFileFilters = {
  csv: [{ name: 'CSV spreadsheets', extensions: ['csv'] }],
  json: [{ name: 'FHIR JSON', extensions: ['json'] }],
};

const exportFileDialog: ExportFileDialog = {
  chooseSaveFile: (defaultName, format) =>
    askWhereToSave({ title: 'Save the export', defaultPath: defaultName, filters: exportFileFilters[format] }),
};

const keyFileFilters = [{ name: 'Agency key files', extensions: ['json'] }];

/** The open dialog a supervisor picks a departed peer's backup, or one of the agency's key files, in. */
const reassignmentDialog: ReassignmentDialog = {
  chooseFile: (file) =>
    askWhichToOpen(
      file === 'backup'
        ? { title: 'Choose the backup of the peer who left', properties: ['openFile'], filters: backupFilters }
        : {
            title: file === 'recovery-key' ? "Choose the agency's recovery key file" : "Choose the agency's policy-signing key file",
            properties: ['openFile'],
            filters: keyFileFilters,
          },
    ),
};

if (claimSingleInstance(app, showExistingWindow)) {
  // Every web contents, whichever created it, stays on the app's origin.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { appOrigin: APP_ORIGIN }));

  const clipboardGuard = createClipboardGuard(clipboard);
  // Quitting must not leave a peer's details on the clipboard. Electron's clipboard is asynchronous
  // and Electron does not wait for a promise, so the quit is held until the wipe is done (at most 2 s).
  let clipboardWipedForQuit = false;
  app.on('will-quit', (event) => {
    if (clipboardWipedForQuit) return;
    event.preventDefault();
    const timeout = new Promise((resolve) => setTimeout(resolve, 2_000));
    void Promise.race([clipboardGuard.wipeNow(), timeout])
      .catch((error: unknown) => console.error('Could not wipe the clipboard before quitting:', error))
      .finally(() => {
        clipboardWipedForQuit = true;
        app.quit();
      });
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR, { origin: APP_ORIGIN }));
    denyAllPermissions(session.defaultSession);
    // With spellcheck off it is never used; this also stops its dictionary download.
    session.defaultSession.setSpellCheckerEnabled(false);

    // Read once: the built-in agency.json with the operating system's policy over it.
    const installationPolicy = await loadThisInstallationPolicy();
    const updates = createUpdateService({
      updater: electronUpdater.autoUpdater,
      feedUrl: installationPolicy.agency?.updateFeed ?? null,
      connectionCost: createConnectionCostProbe(process.platform, runCommand),
      onStatus: (status) => sendToRenderers('updateStatusChanged', status),
    });
    // A first look a minute after start (not competing with unlocking), then every six hours.
    setTimeout(() => void updates.check(), UPDATE_FIRST_CHECK_MS);
    setInterval(() => void updates.check(), UPDATE_CHECK_EVERY_MS);

    const handlers = createHostHandlers({
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      clipboardGuard,
      backupPlaces: createBackupPlaces(backupDialogs, { storePath: join(app.getPath('userData'), 'backup-folders.json') }),
      // libsodium checks each written backup's structure as it is read back; it loads meanwhile.
      backupFiles: createBackupFiles({ sodium: loadSodium() }),
      personCopies: createPersonCopies({ dialog: personCopyDialog, renderPdf: createPdfRenderer(BrowserWindow) }),
      resourceLists: createResourceLists({ dialogs: resourceListDialogs }),
      teamListFiles: createTeamListFiles({ dialogs: teamListDialogs }),
      exportFiles: createExportFiles({ dialog: exportFileDialog }),
      installationPolicy,
      updates,
      syncFolders: createSyncFolders({
        chooseFolder: () => askWhichToOpen({ title: 'Choose a folder to sync through', properties: ['openDirectory', 'createDirectory'] }),
        storePath: join(app.getPath('userData'), 'sync-folders.json'),
      }),
      syncServers: createSyncServerRemotes({
        storeDir: app.getPath('userData'),
        sealer: safeStorageSealer(safeStorage, process.platform),
      }),
      reassignmentDialog,
    });
    registerHostHandlers(ipcMain, createHostDispatcher(handlers, { trustedOrigin: APP_ORIGIN }));
    forwardLockEvents(powerMonitor, (payload) => sendToRenderers('lockRequested', payload));

    openMainWindow();
    // macOS: clicking the Dock icon with no window open opens one again.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });

  // Closing the window ends the app (and with it the unlocked vault), except on macOS by convention.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
