/**
 * Once per run of the end-to-end tests: where the Chromium found for the run is, and the notebooks
 * most tests start from, made through the real app as a peer makes them, so a test whose subject
 * is not creating a notebook does not pay for creating one. The tests that check creation itself
 * still go through the first screen.
 */
import { chromium, type Page } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../support/chromium';
import {
  assertBuildIsCurrent,
  browserLaunchOptions,
  closeKeepingStorage,
  launchApp,
  appWindows,
  RENDERER_DIR,
  TEST_ORIGIN,
  type AppWindows,
} from './harness';
import { serveRenderer } from './renderer-server';
import { createVault, PASSPHRASE, startWithJordan } from './flows';
import { withMetaRow, type AppStorage } from './app-storage';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { KDF_FLOOR } from '@shared/crypto/kdf';
import { parseVaultHeader, rewrapPassphrase, unlockVaultKey } from '@shared/crypto/vault-header';

/** A notebook made once for the run: its storage (restored into each app that starts from it) and its recovery code. */
export interface NotebookFixture {
  storage: AppStorage;
  recoveryCode: string;
}

/**
 * - empty: a new notebook, nothing in it yet;
 * - jordan: a new notebook whose peer is Dana Peer, with Jordan Rivers added (startWithJordan);
 * - another: a second new, empty notebook, for a test with three people's notebooks (a team).
 * Made separately, so they are different notebooks (a vault id each).
 */
export type NotebookName = 'empty' | 'jordan' | 'another';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: { executablePath: string };
    notebooks: Record<NotebookName, NotebookFixture>;
  }
}

async function makeNotebook(
  windows: AppWindows,
  rendererPort: number,
  sodium: Sodium,
  steps: (page: Page) => Promise<string>,
): Promise<NotebookFixture> {
  const app = await launchApp({ windows, rendererPort });
  const recoveryCode = await steps(app.page);
  return { storage: withPassphraseAtTheFloor(sodium, await closeKeepingStorage(app)), recoveryCode };
}

/**
 * The notebook's passphrase slot made again at Argon2id's floor (64 MiB, 3 passes), as a passphrase
 * change on a slow computer makes it. The app calibrates the passes to about 0.7 s on the computer
 * that creates a notebook; every test that starts from a fixture unlocks it, most more than once,
 * and the floor is all the app asks of a header it reads. The recovery code's slot is left as made.
 */
function withPassphraseAtTheFloor(sodium: Sodium, storage: AppStorage): AppStorage {
  return withMetaRow(storage, 'header', (stored) => {
    const header = parseVaultHeader(stored);
    const { vaultKey } = unlockVaultKey(sodium, header, 'passphrase', PASSPHRASE);
    return rewrapPassphrase(sodium, header, { vaultKey, newPassphrase: PASSPHRASE, cost: KDF_FLOOR });
  });
}

export default async function setup(project: TestProject): Promise<void> {
  assertBuildIsCurrent();
  const { executablePath, source } = await findChromium();
  const renderer = await serveRenderer(RENDERER_DIR, TEST_ORIGIN);
  const rendererPort = renderer.port;
  const browser = await chromium.launch({ executablePath, ...browserLaunchOptions(rendererPort) });
  try {
    console.log(`End-to-end tests in ${browser.version()} (${source}: ${executablePath})`);
    const sodium = await loadSodium();
    const windows = appWindows(browser);
    const [empty, jordan, another] = await Promise.all([
      makeNotebook(windows, rendererPort, sodium, createVault),
      makeNotebook(windows, rendererPort, sodium, startWithJordan),
      makeNotebook(windows, rendererPort, sodium, createVault),
    ]);
    project.provide('chromium', { executablePath });
    project.provide('notebooks', { empty, jordan, another });
  } finally {
    // Each test process serves the renderer for its own apps (app.ts): this one was for the fixtures.
    await browser.close();
    await renderer.close();
  }
}
