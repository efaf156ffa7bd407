/**
 * Hardening for every window and web contents: the renderer holds decrypted records while the
 * vault is unlocked, so it gets no Node, cannot leave the app's origin, cannot open windows or
 * webviews, and is granted no browser permission (camera, location, notifications, USB...).
 *
 * Electron objects are typed by the few members used, so tests can pass small fakes.
 */
import type { WebPreferences } from 'electron';
import { originOf } from './origin';

/** Electron's recommended settings, spelled out so a review does not depend on defaults. */
export function secureWebPreferences(preloadPath: string | null, { devTools = false }: { devTools?: boolean } = {}): WebPreferences {
  return {
    // null: a page that needs nothing from the app (the hidden window a copy is printed in).
    preload: preloadPath ?? undefined,
    // An installed app opens no developer tools: they would show decrypted records to anyone at the keyboard.
    devTools,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    // Spellcheck dictionaries are downloaded from a Google CDN; nothing in the app goes online unasked.
    spellcheck: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** The part of an Electron event a guard needs. */
export interface PreventableEvent {
  preventDefault(): void;
  /** Electron 25+ puts the target URL on the event; older signatures pass it as the second argument. */
  url?: string;
}

/** The members of Electron's WebContents that `guardWebContents` uses. */
export interface GuardableWebContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardOptions {
  /** The only origin a page may navigate or be redirected to; null for a page that may go nowhere. */
  appOrigin: string | null;
}

/** Keeps a web contents on the app's origin: no navigation or redirect away, no new windows, no webviews. */
export function guardWebContents(contents: GuardableWebContents, { appOrigin }: GuardOptions): void {
  const trusted = appOrigin === null ? null : originOf(appOrigin);
  if (appOrigin !== null && !trusted) throw new Error(`Not an origin: ${appOrigin}`);
  const stayOnAppOrigin = (event: PreventableEvent, url: string) => {
    if (trusted === null || originOf(event.url ?? url) !== trusted) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  // Links the page might open (window.open, target=_blank) would get a window outside our guard.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The members of Electron's Session that `denyAllPermissions` uses. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
}

/** The app needs no browser permission at all, so every request and every check is refused. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}
