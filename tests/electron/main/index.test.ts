/**
 * The entry point's wiring, with `electron` replaced by fakes (the real module is never loaded):
 * what happens before ready, what after, and that each hardening piece reaches the real objects.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, hostCallChannel, hostCallNames, hostEventChannel } from '@shared/host-api';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/app-protocol';
import { FakeClipboard, FakeIpcMain, FakePreventableEvent, FakeSession, FakeWebContents } from './fakes';

/** Like Electron's BrowserWindow: creating one emits app 'web-contents-created' for its page. */
function fakeBrowserWindowClass(app: EventEmitter, log: string[]) {
  return class FakeBrowserWindow extends EventEmitter {
    static readonly all: FakeBrowserWindow[] = [];
    static getAllWindows(): FakeBrowserWindow[] {
      return FakeBrowserWindow.all.filter((w) => !w.destroyed);
    }
    destroyed = false;
    minimized = false;
    focused = false;
    shown = false;
    readonly loaded: string[] = [];
    readonly webContents = Object.assign(new FakeWebContents(), { isDestroyed: () => this.destroyed });
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super();
      log.push('new BrowserWindow');
      app.emit('web-contents-created', {}, this.webContents);
      FakeBrowserWindow.all.push(this);
    }
    isDestroyed = () => this.destroyed;
    isMinimized = () => this.minimized;
    restore = () => void (this.minimized = false);
    show = () => void (this.shown = true);
    focus = () => void (this.focused = true);
    loadURL = async (url: string) => void this.loaded.push(url);
  };
}

/** Everything `electron/main/index.ts` imports from 'electron', recording the order of events. */
class FakeElectron {
  readonly log: string[] = [];
  isReady = false;
  private markReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  readonly app: EventEmitter & { quit: () => void };
  readonly BrowserWindow: ReturnType<typeof fakeBrowserWindowClass>;
  readonly clipboard = new FakeClipboard();
  /** Like Electron's dialog: every backup dialog is cancelled unless a test says otherwise. */
  readonly dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  };
  readonly ipcMain = new FakeIpcMain();
  readonly powerMonitor = new EventEmitter();
  readonly handled = new Map<string, (request: Request) => Promise<Response>>();
  readonly privileged: unknown[] = [];
  readonly protocol = {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      if (this.isReady) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
      this.log.push('registerSchemesAsPrivileged');
      this.privileged.push(...schemes);
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      this.log.push(`protocol.handle ${scheme}`);
      this.handled.set(scheme, handler);
    },
  };
  // No key store on this computer: the app can still start (a server enrolment would say so).
  readonly safeStorage = {
    isEncryptionAvailable: () => false,
    encryptString: () => {
      throw new Error('no key store');
    },
    decryptString: () => {
      throw new Error('no key store');
    },
  };
  readonly session = {
    defaultSession: Object.assign(new FakeSession(), {
      spellChecker: true,
      setSpellCheckerEnabled(on: boolean) {
        this.spellChecker = on;
      },
    }),
  };

  constructor(private readonly gotLock: boolean) {
    this.app = Object.assign(new EventEmitter(), {
      setAppUserModelId: (id: string) => void this.log.push(`setAppUserModelId ${id}`),
      enableSandbox: () => void this.log.push('enableSandbox'),
      requestSingleInstanceLock: () => gotLock,
      quit: vi.fn(() => void this.log.push('quit')),
      whenReady: () => this.ready,
      getName: () => 'Peer Notebook',
      getVersion: () => '0.1.0',
      getPath: (name: string) => join(tmpdir(), `peer-notebook-${name}-${process.pid}`),
      isPackaged: true,
    });
    this.BrowserWindow = fakeBrowserWindowClass(this.app, this.log);
  }

  /** Ready, and (for the instance that holds the lock) its start-up work done: the window is open. */
  async becomeReady(): Promise<void> {
    this.log.push('ready');
    this.isReady = true;
    this.markReady();
    await this.ready;
    await new Promise((resolve) => setImmediate(resolve));
    // Start-up reads the installation policy (file system, libsodium) before it opens the window.
    if (this.gotLock) await vi.waitFor(() => expect(this.log).toContain('new BrowserWindow'), { timeout: 5_000, interval: 5 });
  }

  get windows() {
    return this.BrowserWindow.all;
  }
}

const electron = vi.hoisted(() => ({ current: null as Record<string, unknown> | null }));
// A community build: no agency.json was embedded.
vi.mock('virtual:peer-notebook/agency-config', () => ({ default: null }));
// Updates are off without a feed, so the updater is only configured, never asked anything.
vi.mock('electron-updater', () => ({ default: { autoUpdater: { autoDownload: true, autoInstallOnAppQuit: false, on: () => undefined } } }));
// The mock registry outlives vi.resetModules, so each export reads the current fake when used.
vi.mock('electron', () =>
  Object.fromEntries(
    ['app', 'BrowserWindow', 'clipboard', 'dialog', 'ipcMain', 'powerMonitor', 'protocol', 'safeStorage', 'session'].map((name) => [
      name,
      new Proxy(function () {}, {
        get: (_target, key) => {
          const real = electron.current![name] as object;
          const value: unknown = Reflect.get(real, key);
          return typeof value === 'function' ? value.bind(real) : value;
        },
        construct: (_target, args) => Reflect.construct(electron.current![name] as new (...a: unknown[]) => object, args),
      }),
    ]),
  ),
);

async function startApp(gotLock = true): Promise<FakeElectron> {
  vi.resetModules();
  const fake = new FakeElectron(gotLock);
  electron.current = fake as unknown as Record<string, unknown>;
  await import('../../../electron/main/index');
  return fake;
}

afterEach(() => {
  electron.current = null;
});

describe('the main process entry', () => {
  it('enables the sandbox for every renderer and registers app:// as privileged, both before ready', async () => {
    const fake = await startApp();
    expect(fake.log).toEqual(['setAppUserModelId org.peernotebook.app', 'enableSandbox', 'registerSchemesAsPrivileged']);
    expect(fake.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.not.objectContaining({ bypassCSP: true }) }),
    ]);
    expect(fake.windows).toHaveLength(0);
  });

  it('on ready: serves app:// with the CSP, denies permissions, registers the host calls, then opens the window', async () => {
    const fake = await startApp();
    await fake.becomeReady();
    expect(fake.log.indexOf('protocol.handle app')).toBeGreaterThan(fake.log.indexOf('ready'));
    expect(fake.log.indexOf('new BrowserWindow')).toBeGreaterThan(fake.log.indexOf('protocol.handle app'));

    const response = await fake.handled.get('app')!(new Request(`${APP_ORIGIN}/no-such-file.js`));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    await expect(fake.session.defaultSession.request('media')).resolves.toBe(false);
    expect(fake.session.defaultSession.spellChecker).toBe(false);

    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(hostCallNames.map(hostCallChannel).sort());
    await expect(fake.ipcMain.invoke(hostCallChannel('getAppInfo'), `${APP_ORIGIN}/`)).resolves.toEqual({
      name: 'Peer Notebook',
      version: '0.1.0',
      platform: process.platform,
    });
    await expect(fake.ipcMain.invoke(hostCallChannel('getAppInfo'), 'https://example.com/')).rejects.toThrow(/refused/);
  });

  it('asks for a backup folder with the native dialog, over the window, and tells the page when it was cancelled', async () => {
    const fake = await startApp();
    await fake.becomeReady();
    await expect(fake.ipcMain.invoke(hostCallChannel('chooseBackupFolder'), `${APP_ORIGIN}/`)).resolves.toBeNull();
    expect(fake.dialog.showOpenDialog).toHaveBeenCalledWith(
      fake.windows[0],
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
  });

  it('opens one hardened window on app://notebook/ with the built preload', async () => {
    const fake = await startApp();
    await fake.becomeReady();
    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    expect(win!.loaded).toEqual([`${APP_ORIGIN}/`]);
    expect(win!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(String(win!.options.webPreferences?.preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });

  it('guards every web contents created, not only the main window', async () => {
    const fake = await startApp();
    await fake.becomeReady();
    const other = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, other);
    expect(other.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(other.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('tells the page to lock when the computer sleeps or its screen locks', async () => {
    const fake = await startApp();
    await fake.becomeReady();
    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('lock-screen');
    expect(fake.windows[0]!.webContents.sent).toEqual([
      { channel: hostEventChannel('lockRequested'), args: [{ reason: 'suspend' }] },
      { channel: hostEventChannel('lockRequested'), args: [{ reason: 'lock-screen' }] },
    ]);
  });

  it('does not send to a window that was closed', async () => {
    const fake = await startApp();
    await fake.becomeReady();
    fake.windows[0]!.destroyed = true;
    expect(() => fake.powerMonitor.emit('suspend')).not.toThrow();
    expect(fake.windows[0]!.webContents.sent).toEqual([]);
  });

  it('a second launch brings the existing window forward', async () => {
    const fake = await startApp();
    await fake.becomeReady();
    const [win] = fake.windows;
    win!.minimized = true;
    fake.app.emit('second-instance', {}, [], '/');
    expect(win).toMatchObject({ minimized: false, shown: true, focused: true });
  });

  it('a second instance quits without registering anything or opening a window', async () => {
    const fake = await startApp(false);
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    await fake.becomeReady();
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.handled.size).toBe(0);
  });

  it('wipes text copied from the app when quitting', async () => {
    const fake = await startApp();
    await fake.becomeReady();
    await fake.ipcMain.invoke(hostCallChannel('copyText'), `${APP_ORIGIN}/`, 'Jordan Rivers');
    expect(fake.clipboard.text).toBe('Jordan Rivers');
    const quitting = new FakePreventableEvent();
    fake.app.emit('will-quit', quitting);
    // The quit waits for the (asynchronous) wipe, then goes ahead.
    expect(quitting.prevented).toBe(true);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledTimes(1));
    expect(fake.clipboard.text).toBe('');
    const second = new FakePreventableEvent();
    fake.app.emit('will-quit', second);
    expect(second.prevented).toBe(false);
  });
});
