/**
 * How an end-to-end test starts the app: in a window of its test process's Chromium (one that ran
 * other apps before, harness.ts's app windows), on a fresh computer or on a notebook made once for
 * the run (global-setup.ts); or, where the test needs the profile on disk (a relaunch on the same
 * data folder, a search of every file), with a Chromium of its own, as the app keeps its data. The
 * process's Chromium is launched by that process, not shared from the setup's: every Playwright
 * call then crosses one pipe instead of a WebSocket and a second process, a third less time per
 * click. So is the server the renderer is served from: the pages take the bridge's bytes from it
 * (bridge-bytes.ts).
 *
 * One of each per process, for all the files it runs (modules are imported once per process,
 * `isolate: false`), made when its first test needs them and gone with the process: Chromium
 * leaves when the pipe to the process that launched it closes. A file's tests share nothing else:
 * each app has an origin, and so a storage, of its own, and its test gives its window back.
 */
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';
import { serveRenderer, type RendererServer } from './renderer-server';
import {
  browserLaunchOptions,
  launchApp,
  appWindows,
  RENDERER_DIR,
  TEST_ORIGIN,
  type AppWindows,
  type LaunchedApp,
  type LaunchOptions,
} from './harness';
import { withMetaRow, type AppStorage } from './app-storage';
import type { NotebookName } from './global-setup';

export type { NotebookName };

export interface AppOptions extends Omit<LaunchOptions, 'windows' | 'executablePath'> {
  /** Start on this notebook (locked), as a computer of its own: the fixture's records with a device id of its own. */
  notebook?: NotebookName;
  /** Chromium's profile on disk in the data folder (a Chromium of its own): for a relaunch on that folder, or to search its files. */
  onDisk?: boolean;
}

let server: Promise<RendererServer> | undefined;
let windows: Promise<AppWindows> | undefined;

export async function openApp({ notebook, onDisk, storage, ...options }: AppOptions = {}): Promise<LaunchedApp> {
  const { executablePath } = inject('chromium');
  const start = notebook ? withOwnDeviceId(inject('notebooks')[notebook].storage) : storage;
  server ??= serveRenderer(RENDERER_DIR, TEST_ORIGIN);
  const rendererPort = (await server).port;
  if (onDisk) return launchApp({ ...options, storage: start, executablePath, rendererPort });
  windows ??= chromium.launch({ executablePath, ...browserLaunchOptions(rendererPort) }).then(appWindows);
  return launchApp({ ...options, storage: start, windows: await windows, rendererPort });
}

/** The recovery code the app showed when it made this notebook. */
export const recoveryCodeOf = (notebook: NotebookName): string => inject('notebooks')[notebook].recoveryCode;

/** Every computer names its own changes: a copy of the notebook gets a device id of its own, as a new install makes one. */
const withOwnDeviceId = (storage: AppStorage): AppStorage => withMetaRow(storage, 'deviceId', () => randomBytes(8).toString('hex'));
