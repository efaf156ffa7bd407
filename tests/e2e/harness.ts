/**
 * Starts Peer Notebook's real built renderer in Chromium (tests/support/chromium.ts finds one),
 * with `window.notebook` bridged to the real main-process handlers running in this Node process.
 * Only the transport differs from the app: the renderer is served by the app's own protocol
 * handler (with its CSP), and host calls go through the same dispatcher (origin check, argument
 * schemas) as ipcMain.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { hostCallNames, hostEventNames, type HostEventName, type HostEventPayload } from '@shared/host-api';
import type { InstallationPolicy } from '@shared/agency/installation-policy';
import { createHostDispatcher } from '../../electron/main/ipc';
import { createHostHandlers } from '../../electron/main/host-handlers';
import { createClipboardGuard } from '../../electron/main/clipboard-guard';
import { createBackupFiles } from '../../electron/main/backup-files';
import { createBackupPlaces } from '../../electron/main/backup-places';
import { createSyncFolders } from '../../electron/main/sync-folders';
import { createSyncServerRemotes } from '../../electron/main/sync-server-remote';
import { createPersonCopies, type RenderPdf } from '../../electron/main/person-copies';
import { createExportFiles } from '../../electron/main/export-files';
import { createResourceLists } from '../../electron/main/resource-lists';
import { createTeamListFiles } from '../../electron/main/team-list-files';
import { loadSodium } from '@shared/crypto/sodium';
import {
  FakeBackupDialogs,
  FakeExportFileDialog,
  FakePersonCopyDialog,
  FakeResourceListDialogs,
  FakeReassignmentDialog,
  FakeTeamListDialogs,
  FakeKeyStore,
  FakeSyncFolderDialog,
} from '../electron/main/fakes';
import { communityInstallation, updatesOff } from '../support/installation';
import type { UpdateService } from '../../electron/main/updates';
import { BLANK_PATH, isServedHere, rendererHostArgs, serveRenderer, type Mounts } from './renderer-server';
import { BYTES, readStorage, restoreStorage, type AppStorage } from './app-storage';
import { BYTES_PATH, bytesForPage } from './bridge-bytes';
import { CHROMIUM_ARGS, chromiumEnv, findChromium } from '../support/chromium';
import { staleBuildProblem } from '../../scripts/build-stamp';

/** How every test browser starts: headless, with chromium.ts's flags and fonts, and the test origin mapped to the renderer server on `rendererPort`. */
export const browserLaunchOptions = (rendererPort: number) => ({
  headless: true,
  args: [...CHROMIUM_ARGS, ...rendererHostArgs(rendererPort)],
  env: chromiumEnv(),
});

/** The origin of an app with its profile on disk: the same at every launch, so its IndexedDB in a data folder survives relaunches (as app:// does in the app). */
export const TEST_ORIGIN = 'http://app.localhost';
export const OUT_DIR = resolve(import.meta.dirname, '../..', process.env.PEER_NOTEBOOK_OUT_DIR ?? 'out');
export const RENDERER_DIR = join(OUT_DIR, 'renderer');

let buildChecked = false;
/** Testing an old build would pass or fail on code that is no longer there: refuse, and say what to run. */
export function assertBuildIsCurrent(): void {
  if (buildChecked) return;
  const problem = staleBuildProblem(OUT_DIR);
  if (problem) throw new Error(problem);
  buildChecked = true;
}

/** The system clipboard, as the main process sees it. */
export class FakeClipboard {
  text = '';
  readText(): string {
    return this.text;
  }
  writeText(text: string): void {
    this.text = text;
  }
}

export interface LaunchedApp {
  page: Page;
  context: BrowserContext;
  /** The origin the app is served at: its storage is this origin's. */
  origin: string;
  dataDir: string;
  clipboard: FakeClipboard;
  /** The native backup dialogs: set the folder or file the "peer" picks before the page asks. */
  backupDialogs: FakeBackupDialogs;
  /** The save dialog for a person's copy: set the folder the "peer" saves it in (null: Cancel). */
  personCopyDialog: FakePersonCopyDialog;
  /** The resource list's dialogs: set the CSV file the "peer" opens, or the folder they save it in (null: Cancel). */
  resourceListDialogs: FakeResourceListDialogs;
  teamListDialogs: FakeTeamListDialogs;
  exportFileDialog: FakeExportFileDialog;
  /** The sync folder dialog: set the folder the "peer" picks (two apps may share one). */
  syncFolderDialog: FakeSyncFolderDialog;
  /** The open dialog a supervisor picks a departed peer's backup and the agency's key files in: set each path first. */
  reassignmentDialog: FakeReassignmentDialog;
  /** Sends a main-process event to the renderer (as webContents.send does). */
  emit<E extends HostEventName>(event: E, payload: HostEventPayload<E>): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * A window of these app windows (a context in a shared browser, its storage in memory): a fresh
   * computer, cheap to start. Without it the app gets a Chromium of its own with its profile on
   * disk in the data folder, as the app keeps its data (a relaunch on the same folder finds it;
   * every file of it can be searched).
   */
  windows?: AppWindows;
  /** A window of these app windows that no app had before and none will have after: for a test that installs Playwright's clock, which holds for a whole context. */
  ownContext?: boolean;
  /** The data folder (main-process files, and the profile when on disk); a new one by default. */
  dataDir?: string;
  /** Storage to start from (a notebook made earlier), restored before the app's page loads. */
  storage?: AppStorage;
  /** The Chromium for an app with its own browser; found by tests/support/chromium.ts by default. */
  executablePath?: string;
  clipboardClearMs?: number;
  /**
   * The port the built renderer is served on over HTTP (renderer-server.ts) by this process, which
   * the browser was launched to reach as the app's origins; the page takes the bridge's bytes from
   * it. Without it, an app with a browser of its own starts a server of its own, serving `mounts`
   * beside the renderer.
   */
  rendererPort?: number;
  mounts?: Mounts;
  /** The installation policy the main process hands the app; by default a community build's. */
  installationPolicy?: InstallationPolicy;
  /** Updates from the agency's feed; by default off (no feed), as in a community build. */
  updates?: UpdateService;
}

/**
 * Bytes crossing the test bridge. Playwright carries a Uint8Array as base64 it makes a byte at a
 * time in Node (a 1 MiB piece becomes a million one-character strings), which made the bridge,
 * not the app, the cost of moving a backup. So bytes from the page cross as `{ [BYTES]: base64 }`
 * made by the browser's own codec (Uint8Array.toBase64) and read by Node's Buffer; bytes to the
 * page are kept under a token (`{ [BYTES]: token }`) that the page takes from the renderer server
 * over a WebSocket (bridge-bytes.ts), so they arrive as an ArrayBuffer, as over Electron's IPC,
 * and nothing keeps them once read. The handlers still receive and return Uint8Arrays.
 */
const fromBase64 = (value: unknown): unknown => {
  if (!value || typeof value !== 'object' || !(BYTES in value)) return undefined;
  const buffer = Buffer.from((value as Record<string, string>)[BYTES]!, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

/** `value` with every Uint8Array (or encoded one) in its arrays and plain objects replaced by `swap`'s answer. */
function withBytes(value: unknown, swap: (value: unknown) => unknown): unknown {
  const swapped = swap(value);
  if (swapped !== undefined) return swapped;
  if (Array.isArray(value)) return value.map((each) => withBytes(each, swap));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, withBytes(each, swap)]));
  return value;
}

/** Prints a person's copy with the same Chromium, as Electron's printToPDF does in the app. */
function chromiumPdfRenderer(context: BrowserContext): RenderPdf {
  return async (html) => {
    const page = await context.newPage();
    try {
      await page.setContent(html);
      return await page.pdf({ format: 'Letter', printBackground: true });
    } finally {
      await page.close();
    }
  };
}

/** A host call from an app's page, answered by that app's main-process handlers. */
type HostCall = (name: string, args: unknown[], senderUrl: string) => Promise<unknown>;

/**
 * Gives every page of `context` the app's `window.notebook`, each call answered by the handlers of
 * the app open at the calling page's origin (`appAt`); a page where none is open is refused.
 * Nothing else may leave the page: the browser resolves no host but the apps' (rendererHostArgs).
 */
async function bridgeHostApi(context: BrowserContext, appAt: (origin: string) => HostCall | undefined): Promise<void> {
  await context.exposeBinding('__notebookInvoke', async (source, name: string, args: unknown[]) => {
    const url = source.frame.url();
    const call = appAt(new URL(url).origin);
    if (!call) throw new Error(`No app is open at ${new URL(url).origin} to answer ${name}.`);
    return call(name, args, url);
  });
  await context.addInitScript(
    ({ names, events, BYTES, BYTES_PATH }: { names: string[]; events: string[]; BYTES: string; BYTES_PATH: string }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const call = (window as unknown as { __notebookInvoke(name: string, args: unknown[]): Promise<unknown> }).__notebookInvoke;
      // Bytes cross as base64 one way and over a WebSocket the other (see BYTES); the rest as Playwright carries it.
      // Methods of an object, not named arrow functions: tsx's transform wraps those in a helper (__name) the page lacks.
      const bridge = {
        encode(value: unknown): unknown {
          if (value instanceof Uint8Array) return { [BYTES]: (value as unknown as { toBase64(): string }).toBase64() };
          if (Array.isArray(value)) return value.map(bridge.encode);
          if (value && typeof value === 'object' && value.constructor === Object)
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bridge.encode(item)]));
          return value;
        },
        async decode(value: unknown): Promise<unknown> {
          if (value && typeof value === 'object' && BYTES in value) {
            const socket = new WebSocket(`ws://${location.host}${BYTES_PATH}${(value as Record<string, string>)[BYTES]}`);
            socket.binaryType = 'arraybuffer';
            return new Promise((resolve, reject) => {
              socket.onmessage = (event) => resolve(new Uint8Array(event.data as ArrayBuffer));
              socket.onclose = () => reject(new Error('The test bridge lost bytes on their way to the page.'));
            });
          }
          if (Array.isArray(value)) return Promise.all(value.map(bridge.decode));
          if (value && typeof value === 'object' && value.constructor === Object)
            return Object.fromEntries(
              await Promise.all(Object.entries(value).map(async ([key, item]) => [key, await bridge.decode(item)])),
            );
          return value;
        },
        emit(event: string, payload: unknown) {
          listeners.get(event)?.forEach((listener) => listener(payload));
        },
      };
      const api: Record<string, unknown> = {
        on(event: string, listener: (payload: unknown) => void) {
          if (!events.includes(event)) throw new Error(`unknown host event ${event}`);
          const set = listeners.get(event) ?? new Set();
          set.add(listener);
          listeners.set(event, set);
          return () => set.delete(listener);
        },
      };
      for (const name of names) api[name] = async (...args: unknown[]) => bridge.decode(await call(name, bridge.encode(args) as unknown[]));
      Object.defineProperty(window, 'notebook', { value: Object.freeze(api), writable: false, configurable: false });
      Object.defineProperty(window, '__notebookEmit', { value: bridge.emit });
    },
    { names: hostCallNames, events: hostEventNames, BYTES, BYTES_PATH },
  );
}

const VIEWPORT = { width: 1100, height: 800 };

/**
 * Windows for apps in one browser: each a context with one page, which runs one app after another,
 * each app on an origin of its own (http://app-<n>.app.localhost), so its storage is its own. Every
 * app used to be a new context, and so a new renderer process to start and fill with memory
 * touched for the first time; a page that navigates to the next app on the same site keeps its
 * process (measured on two cores: a tenth of the end-to-end tests' CPU in the Chromium of
 * @sparticuz/chromium, a third of each app's boot and unlock in Debian's). One page a context: a
 * context's pages are tabs of one window, and a tab behind another does not render (each step of
 * a test waits for it). Two apps open at once take two windows.
 */
export interface AppWindows {
  /** A window at an origin no app has had: a reused one, or (`own`) a new one that will not be reused. */
  take(options?: { own?: boolean }): Promise<AppWindow>;
  /** The app in `window` is done: it stops, its origin's storage is cleared, and the window waits for the next app (or closes). */
  giveBack(window: AppWindow): Promise<void>;
}

export interface AppWindow {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly origin: string;
  /** Answers the host calls of the window's page at its origin (until the window is given back). */
  serve(call: HostCall): void;
}

export function appWindows(browser: Browser): AppWindows {
  /** A context and its one page, and the app open in it now (its origin, and its handlers once it has them). */
  interface Slot {
    context: BrowserContext;
    page: Page;
    app: { origin: string; call?: HostCall } | undefined;
  }
  const idle: Slot[] = [];
  const slots = new WeakMap<AppWindow, { slot: Slot; reusable: boolean }>();
  let opened = 0;
  return {
    async take({ own = false } = {}) {
      let slot = own ? undefined : idle.pop();
      if (!slot) {
        const context = await browser.newContext({ viewport: VIEWPORT });
        const made: Slot = { context, page: await context.newPage(), app: undefined };
        await bridgeHostApi(context, (origin) => (origin === made.app?.origin ? made.app.call : undefined));
        slot = made;
      }
      const size = slot.page.viewportSize();
      if (size?.width !== VIEWPORT.width || size.height !== VIEWPORT.height) await slot.page.setViewportSize(VIEWPORT);
      const app: NonNullable<Slot['app']> = { origin: `http://app-${++opened}.app.localhost` };
      slot.app = app;
      const window: AppWindow = { context: slot.context, page: slot.page, origin: app.origin, serve: (call) => (app.call = call) };
      slots.set(window, { slot, reusable: !own });
      return window;
    },
    async giveBack(window) {
      const { slot, reusable } = slots.get(window)!;
      slots.delete(window);
      slot.app = undefined;
      if (reusable && !slot.page.isClosed()) {
        try {
          await slot.page.goto('about:blank');
          // An origin is never used again; clearing it keeps the context's memory from growing with every app.
          const session = await slot.context.newCDPSession(slot.page);
          await session.send('Storage.clearDataForOrigin', { origin: window.origin, storageTypes: 'all' });
          await session.detach();
          idle.push(slot);
          return;
        } catch {
          // A window that cannot be reused (its page crashed) is closed, not kept.
        }
      }
      await slot.context.close();
    },
  };
}

export async function launchApp(opts: LaunchOptions = {}): Promise<LaunchedApp> {
  assertBuildIsCurrent();
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'peer-notebook-e2e-')));
  if (opts.windows && !opts.rendererPort)
    throw new Error('A shared browser reaches the renderer through the server it was launched for: give rendererPort.');
  if (opts.rendererPort && !isServedHere(opts.rendererPort))
    throw new Error("The renderer server must run in the test's own process: its page takes the bridge's bytes from it.");
  // An app with a browser of its own gets a renderer server of its own. Not a route: a worker's
  // own workers (the search index's) load past Playwright's routes.
  const ownServer = opts.rendererPort ? null : await serveRenderer(RENDERER_DIR, TEST_ORIGIN, opts.mounts);
  const rendererPort = opts.rendererPort ?? ownServer!.port;
  let window: AppWindow | undefined;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  let serve: (call: HostCall) => void;
  try {
    if (opts.windows) {
      window = await opts.windows.take({ own: opts.ownContext });
      ({ context, page, origin, serve } = window);
    } else {
      context = await chromium.launchPersistentContext(join(dataDir, 'chromium-profile'), {
        executablePath: opts.executablePath ?? (await findChromium()).executablePath,
        ...browserLaunchOptions(rendererPort),
        viewport: VIEWPORT,
      });
      origin = TEST_ORIGIN;
      const served: { call?: HostCall } = {};
      await bridgeHostApi(context, (at) => (at === TEST_ORIGIN ? served.call : undefined));
      serve = (call) => (served.call = call);
      page = context.pages()[0] ?? (await context.newPage());
    }
  } catch (error) {
    // A browser that does not start leaves no server behind to keep the process (the bench) alive.
    await ownServer?.close();
    throw error;
  }

  const clipboard = new FakeClipboard();
  const backupDialogs = new FakeBackupDialogs();
  const personCopyDialog = new FakePersonCopyDialog();
  const resourceListDialogs = new FakeResourceListDialogs();
  const teamListDialogs = new FakeTeamListDialogs();
  const exportFileDialog = new FakeExportFileDialog();
  const syncFolderDialog = new FakeSyncFolderDialog();
  const reassignmentDialog = new FakeReassignmentDialog();
  const dispatch = createHostDispatcher(
    createHostHandlers({
      appInfo: { name: 'Peer Notebook', version: '0.0.0-test', platform: process.platform },
      clipboardGuard: createClipboardGuard(clipboard, opts.clipboardClearMs ? { clearAfterMs: opts.clipboardClearMs } : {}),
      backupPlaces: createBackupPlaces(backupDialogs, { storePath: join(dataDir, 'backup-folders.json') }),
      backupFiles: createBackupFiles({ sodium: loadSodium() }),
      personCopies: createPersonCopies({ dialog: personCopyDialog, renderPdf: chromiumPdfRenderer(context) }),
      resourceLists: createResourceLists({ dialogs: resourceListDialogs }),
      teamListFiles: createTeamListFiles({ dialogs: teamListDialogs }),
      exportFiles: createExportFiles({ dialog: exportFileDialog }),
      installationPolicy: opts.installationPolicy ?? communityInstallation(await loadSodium()),
      updates: opts.updates ?? updatesOff(),
      syncFolders: createSyncFolders({
        chooseFolder: () => syncFolderDialog.chooseFolder(),
        storePath: join(dataDir, 'sync-folders.json'),
      }),
      syncServers: createSyncServerRemotes({ storeDir: dataDir, sealer: new FakeKeyStore() }),
      reassignmentDialog,
    }),
    // As ipcMain's handlers trust the app:// origin alone: here, this app's origin.
    { trustedOrigin: origin },
  );
  const forPage = bytesForPage();
  const toToken = (value: unknown): unknown => (value instanceof Uint8Array ? { [BYTES]: forPage.keep(value) } : undefined);
  serve(async (name, args, senderUrl) => withBytes(await dispatch(name, withBytes(args, fromBase64) as unknown[], senderUrl), toToken));

  if (opts.storage) {
    // The notebook is written on the app's origin by a blank page of it, before the app loads.
    await page.goto(`${origin}${BLANK_PATH}`);
    await restoreStorage(page, opts.storage);
  }
  await page.goto(`${origin}/`);

  return {
    page,
    context,
    origin,
    dataDir,
    clipboard,
    backupDialogs,
    personCopyDialog,
    resourceListDialogs,
    teamListDialogs,
    exportFileDialog,
    syncFolderDialog,
    reassignmentDialog,
    emit: async (event, payload) => {
      await page.evaluate(([e, p]) => (window as unknown as { __notebookEmit(e: string, p: unknown): void }).__notebookEmit(e, p), [
        event,
        payload,
      ] as const);
    },
    close: async () => {
      if (window) await opts.windows!.giveBack(window);
      else await context.close();
      forPage.forget();
      await ownServer?.close();
    },
  };
}

/**
 * Closes the app and returns what its storage held, to start it again on the same notebook. The
 * app's page leaves it for a blank page of its origin first, so no write is half-way through
 * while the storage is read.
 */
export async function closeKeepingStorage(app: LaunchedApp): Promise<AppStorage> {
  await app.page.goto(`${app.origin}${BLANK_PATH}`);
  const storage = await readStorage(app.page);
  await app.close();
  return storage;
}

/** The page's IndexedDB: each database's object stores, and every value as text, bytes as Latin-1 (to look for plaintext in them). */
export async function readIndexedDb(page: Page): Promise<{ stores: string[]; text: string }> {
  const { databases } = await readStorage(page);
  const asText = (value: unknown): unknown => {
    const bytes = fromBase64(value) as Uint8Array | undefined;
    return bytes && Buffer.from(bytes).toString('latin1');
  };
  return {
    stores: databases.flatMap((database) => database.stores.map((store) => `${database.name}/${store.name}`)),
    text: databases
      .flatMap((database) => database.stores)
      .map((store) => JSON.stringify(withBytes(store.records, asText)))
      .join('\n'),
  };
}

/** Every file under a folder (the browser profile), to look for plaintext on disk. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
