/**
 * Small stand-ins for Electron's main-process objects (the real module cannot load in tests).
 * Each does what Electron documents for the members the app uses, and records what it was asked.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { ResourceListFs } from '../../../electron/main/resource-lists';
import type { SecretSealer } from '../../../electron/main/secret-sealer';

/** An Electron event that can be cancelled (will-navigate, will-quit...); `prevented` says whether it was. */
export class FakePreventableEvent {
  prevented = false;
  constructor(readonly url?: string) {}
  preventDefault(): void {
    this.prevented = true;
  }
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  /** Emits a navigation-like event the way Electron does, and says whether it was prevented. */
  attempt(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    const e = new FakePreventableEvent(url);
    this.emit(event, e, url, false, true, 1, 1);
    return e.prevented;
  }

  attemptWebview(): boolean {
    const e = new FakePreventableEvent();
    this.emit('will-attach-webview', e, {}, {});
    return e.prevented;
  }
}

type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (webContents: unknown, permission: string) => boolean;

export class FakeSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  deviceHandler: ((details: unknown) => boolean) | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void {
    this.deviceHandler = handler;
  }

  /** What a page asking for `permission` would be told. */
  request(permission: string): Promise<boolean> {
    // Chromium's default without a handler is to grant many permissions; a missing handler is a grant here.
    if (!this.requestHandler) return Promise.resolve(true);
    const handler = this.requestHandler;
    return new Promise((resolve) => handler({}, permission, resolve));
  }
}

export class FakeApp extends EventEmitter {
  quitCalls = 0;
  constructor(private readonly gotLock: boolean) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  quit(): void {
    this.quitCalls += 1;
  }
}

type InvokeListener = (event: { senderFrame?: { url: string } | null }, ...args: unknown[]) => Promise<unknown>;

/** Like Electron's ipcMain.handle: one handler per channel, a second registration throws. */
export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  /** What ipcRenderer.invoke from a frame at `senderUrl` would get. */
  invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, ...args);
  }
}

/** A clipboard that, like Electron's, answers asynchronously. */
export class FakeClipboard {
  text = '';
  async readText(): Promise<string> {
    return this.text;
  }
  async writeText(text: string): Promise<void> {
    this.text = text;
  }
}

/** Native backup dialogs, answered by what the test set (null: the peer pressed Cancel). */
export class FakeBackupDialogs {
  folder: string | null = null;
  saveFile: string | null = null;
  backupFile: string | null = null;
  readonly asked: string[] = [];
  async chooseFolder(): Promise<string | null> {
    this.asked.push('folder');
    return this.folder;
  }
  async chooseSaveFile(defaultName: string): Promise<string | null> {
    this.asked.push(`save ${defaultName}`);
    return this.saveFile;
  }
  async chooseBackupFile(): Promise<string | null> {
    this.asked.push('backup file');
    return this.backupFile;
  }
}

/** The native folder dialog for the sync folder, answered by what the test set (null: the peer pressed Cancel). */
export class FakeSyncFolderDialog {
  folder: string | null = null;
  asked = 0;
  async chooseFolder(): Promise<string | null> {
    this.asked++;
    return this.folder;
  }
}

/** This user's key in the operating system's key store: one per test process, as one user's login keeps it. */
const USER_KEY = randomBytes(32);

/**
 * Electron's safeStorage as the tests' key store: really seals (AES-256-GCM under a key kept in
 * memory, never on disk), so a file holding a sealed secret holds none of its bytes. `available`
 * false is a computer with no key store; `reset()` one whose key store was wiped.
 */
export class FakeKeyStore implements SecretSealer {
  private key = USER_KEY;
  constructor(private readonly hasKeyStore = true) {}
  available(): boolean {
    return this.hasKeyStore;
  }
  seal(text: string): Uint8Array {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  }
  open(sealed: Uint8Array): string {
    const bytes = Buffer.from(sealed);
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
  }
  reset(): void {
    this.key = randomBytes(32);
  }
}

/** The native save dialog for a person's copy: saves into `folder` under the suggested name (null: the peer pressed Cancel). */
export class FakePersonCopyDialog {
  folder: string | null = null;
  readonly asked: string[] = [];
  async chooseSaveFile(defaultName: string): Promise<string | null> {
    this.asked.push(defaultName);
    return this.folder && join(this.folder, defaultName);
  }
}

/** The export save dialog: saves into `folder` under the suggested name (null: the peer pressed Cancel). */
export class FakeExportFileDialog {
  folder: string | null = null;
  readonly asked: string[] = [];
  async chooseSaveFile(defaultName: string): Promise<string | null> {
    this.asked.push(defaultName);
    return this.folder && join(this.folder, defaultName);
  }
}

/** The resource list's dialogs: opens `fileToOpen`, saves into `saveFolder` under the suggested name (null: the peer pressed Cancel). */
export class FakeResourceListDialogs {
  fileToOpen: string | null = null;
  saveFolder: string | null = null;
  readonly asked: string[] = [];
  async chooseListToOpen(): Promise<string | null> {
    this.asked.push('open');
    return this.fileToOpen;
  }
  async chooseSaveFile(defaultName: string): Promise<string | null> {
    this.asked.push(`save ${defaultName}`);
    return this.saveFolder && join(this.saveFolder, defaultName);
  }
}

/** The open dialog of a caseload reassignment: set the path the "supervisor" picks for each file (null: Cancel). */
export class FakeReassignmentDialog {
  files: Record<'backup' | 'recovery-key' | 'policy-key', string | null> = { backup: null, 'recovery-key': null, 'policy-key': null };
  readonly asked: string[] = [];
  async chooseFile(file: 'backup' | 'recovery-key' | 'policy-key'): Promise<string | null> {
    this.asked.push(file);
    return this.files[file];
  }
}

/** The team list's open dialog: opens `fileToOpen` (null: the peer pressed Cancel). */
export class FakeTeamListDialogs {
  fileToOpen: string | null = null;
  opened = 0;
  async chooseTeamListToOpen(): Promise<string | null> {
    this.opened++;
    return this.fileToOpen;
  }
}

/** node:fs/promises, with every write to a file opened for writing failing with `code` (ENOSPC: a full disk; EIO: a pulled drive). */
export const fsFailingWrites = (code: string): ResourceListFs => ({
  ...fsp,
  open: async (path, flags) => {
    const handle = await fsp.open(path, flags);
    if (flags !== 'wx') return handle;
    return {
      write: async () => {
        throw Object.assign(new Error(`${code}: simulated`), { code });
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
});

/** node:fs/promises, noting in `written` every path opened for writing or renamed to (where anything in clear could land). */
export const fsNotingWrites = (written: string[]): ResourceListFs => ({
  ...fsp,
  open: (path, flags) => {
    if (flags !== 'r') written.push(path);
    return fsp.open(path, flags);
  },
  rename: async (from, to) => {
    written.push(to);
    await fsp.rename(from, to);
  },
});
