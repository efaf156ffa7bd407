/**
 * The main process entry: the only module that imports Electron's values. Everything it wires is
 * built and tested elsewhere with Electron's pieces passed in; this file only puts them together,
 * in the order Electron requires (scheme and sandbox before ready, the rest after).
 */
import { join } from 'node:path';
import { app, BrowserWindow, clipboard, ipcMain, powerMonitor, protocol, session } from 'electron';
import { APP_ORIGIN, hostEventChannel, type HostEventName, type HostEventPayload } from '@shared/host-api';
import { APP_SCHEME, createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { createClipboardGuard } from './clipboard-guard';
import { createHostHandlers } from './host-handlers';
import { createHostDispatcher, registerHostHandlers } from './ipc';
import { forwardLockEvents } from './lock-events';
import { denyAllPermissions, guardWebContents } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/.
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

// Both must happen before the app is ready.
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

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER_DIR, { origin: APP_ORIGIN }));
    denyAllPermissions(session.defaultSession);
    // With spellcheck off it is never used; this also stops its dictionary download.
    session.defaultSession.setSpellCheckerEnabled(false);

    const handlers = createHostHandlers({
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      clipboardGuard,
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
