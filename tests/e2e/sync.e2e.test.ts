/**
 * Sync through a folder, as a peer with a laptop and an office desktop lives it: two app instances
 * on two data folders sharing one sync folder. The second opens the notebook from the folder; both
 * change Jordan's profile offline; after syncing, each shows both changes and the one conflict,
 * and the choice made on one computer reaches the other.
 */
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { LaunchedApp } from './harness';
import { openApp, type NotebookName } from './app';
import { openSettings, PASSPHRASE, peopleList, showPeople, unlockToJordan, unlockToPeople } from './flows';
import { waitFor } from '../support/wait-for';

const apps: LaunchedApp[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function launch(syncFolder: string, notebook?: NotebookName): Promise<LaunchedApp> {
  const app = await openApp({ notebook });
  app.syncFolderDialog.folder = syncFolder;
  apps.push(app);
  return app;
}

const syncStatus = (page: Page) => page.getByRole('status', { name: 'Sync status' });
const syncSection = (page: Page) => page.getByRole('region', { name: 'Sync', exact: true });

/** Settings, then "Sync now", until it says it is done. */
async function syncNow(page: Page): Promise<void> {
  await openSettings(page, 'Sync');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await waitFor(page.getByRole('status').filter({ hasText: 'Synced. Everything here and in the folder now matches.' }), {
    timeout: 30_000,
  });
}

async function chooseSyncFolder(page: Page): Promise<void> {
  await openSettings(page, 'Sync');
  await page.getByRole('button', { name: 'Choose a sync folder' }).click();
}

async function openJordan(page: Page): Promise<void> {
  await showPeople(page);
  await peopleList(page)
    .getByRole('button', { name: /Jordan Rivers/ })
    .click();
  await waitFor(page.getByRole('heading', { name: /Jordan Rivers/ }));
}

async function editJordan(page: Page, fields: Record<string, string>): Promise<void> {
  await openJordan(page);
  await page.getByRole('button', { name: 'Edit the profile' }).click();
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save' }).click();
  await waitFor(page.getByRole('button', { name: 'Edit the profile' }));
}

const SUPPORT = 'How best to support me (in their words)';
const conflict = (where: Page | Locator) => where.getByRole('region', { name: 'How best to support me was changed on two computers' });

describe('sync through a folder', () => {
  it('a second computer opens the notebook from the folder; offline edits to one person meet, with one conflict resolved on one and synced to the other', async () => {
    const syncFolder = await mkdtemp(join(tmpdir(), 'peer-notebook-sync-'));
    const laptop = await launch(syncFolder, 'jordan');
    await unlockToJordan(laptop.page);
    await chooseSyncFolder(laptop.page);
    await syncNow(laptop.page);
    await expect.poll(() => syncStatus(laptop.page).textContent()).toContain('No changes waiting');

    // A fresh install: open the notebook from the folder with the passphrase.
    const desktop = await launch(syncFolder);
    await desktop.page.getByRole('button', { name: 'Open a notebook from a sync folder' }).click();
    await desktop.page.getByRole('button', { name: 'Choose the sync folder' }).click();
    await desktop.page.getByLabel('Your passphrase').fill(PASSPHRASE);
    await desktop.page.getByRole('button', { name: 'Open the notebook from this folder' }).click();
    await waitFor(peopleList(desktop.page).getByText('Jordan Rivers'), { timeout: 30_000 });

    // Offline, each changes Jordan's profile: different fields, and the same one.
    await editJordan(laptop.page, { Phone: '919-555-0142', [SUPPORT]: 'Text first, then call' });
    await editJordan(desktop.page, { Pronouns: 'they/them', [SUPPORT]: 'Meet at the library, not at home' });
    await openSettings(laptop.page, 'Sync');
    await waitFor(syncSection(laptop.page).getByText('1 change waiting'));

    await syncNow(laptop.page);
    await syncNow(desktop.page);
    await syncNow(laptop.page);

    for (const { page } of [laptop, desktop]) {
      await openJordan(page);
      expect(await page.getByRole('heading', { name: /Jordan Rivers/ }).textContent()).toContain('(they/them)');
      expect(await page.getByRole('tabpanel').last().textContent()).toContain('919-555-0142');
      const both = conflict(page);
      expect(await both.textContent()).toContain('Text first, then call');
      expect(await both.textContent()).toContain('Meet at the library, not at home');
      expect(await both.getByRole('group', { name: /^On this computer/ }).count()).toBe(1);
      expect(await both.getByRole('group', { name: /^On another computer/ }).count()).toBe(1);
      await waitFor(syncStatus(page).getByRole('button', { name: '1 conflict to resolve' }));
    }

    // Every conflict in the notebook is one click away, from the status in the top bar.
    await syncStatus(laptop.page).getByRole('button', { name: '1 conflict to resolve' }).click();
    const panel = laptop.page.getByRole('dialog', { name: 'Conflicts to resolve' });
    // The list is read from the vault after the dialog opens: wait for it before counting.
    await waitFor(panel.getByRole('heading', { name: /Profile of Jordan Rivers/ }));
    expect(await panel.getByRole('heading', { name: /Profile of Jordan Rivers/ }).count()).toBe(1);
    expect(await conflict(panel).textContent()).toContain('Text first, then call');
    await panel.getByRole('button', { name: 'Close' }).click();

    // The desktop keeps the library; the laptop gets that choice at its next sync.
    await conflict(desktop.page)
      .getByRole('group', { name: /^On this computer/ })
      .getByRole('button', { name: 'Keep this one' })
      .click();
    await waitFor(desktop.page.getByRole('status').filter({ hasText: 'Kept.' }));
    // The person's page is read again after the choice is stored: the conflict goes with it.
    await waitFor(conflict(desktop.page), { state: 'detached' });
    expect(await desktop.page.getByRole('tabpanel').last().textContent()).toContain('Meet at the library, not at home');
    await syncNow(desktop.page);
    await syncNow(laptop.page);

    await openJordan(laptop.page);
    expect(await laptop.page.getByRole('tabpanel').last().textContent()).toContain('Meet at the library, not at home');
    expect(await conflict(laptop.page).count()).toBe(0);
    await expect
      .poll(() =>
        syncStatus(laptop.page)
          .getByRole('button', { name: /to resolve/ })
          .count(),
      )
      .toBe(0);
  });

  it('a folder named like a sync file is left alone and reported, the rest syncs, and nothing says everything matches; another notebook is asked before it syncs with that folder, and leaves both alone when told to stop', async () => {
    const syncFolder = await mkdtemp(join(tmpdir(), 'peer-notebook-sync-'));
    const { page } = await launch(syncFolder, 'jordan');
    await unlockToJordan(page);
    await chooseSyncFolder(page);
    await waitFor(page.getByRole('status').filter({ hasText: 'Everything here and in the folder now matches.' }), { timeout: 30_000 });
    const [vaultId] = await readdir(join(syncFolder, 'peer-notebook-sync'));
    await mkdir(join(syncFolder, 'peer-notebook-sync', vaultId!, 'segments', '00000000000000c1', '0000000001.pnseg'), { recursive: true });

    await page.getByRole('button', { name: 'Sync now' }).click();
    const skipped = syncSection(page)
      .getByRole('status')
      .filter({ hasText: 'Everything else synced, but 1 item in the sync folder was left alone:' });
    await waitFor(skipped, { timeout: 30_000 });
    expect(await skipped.textContent()).toContain(
      `segments/00000000000000c1/0000000001.pnseg: a folder with a sync file's name. Move it out`,
    );
    expect(await syncSection(page).textContent()).not.toMatch(/Everything here and in the folder now matches|EISDIR/);
    expect(await syncStatus(page).textContent()).toContain('1 item in the folder left alone');
    expect(await syncStatus(page).textContent()).not.toContain('Sync stopped');

    // Another notebook (the "empty" one is made apart from Jordan's: another vault id).
    const other = await launch(syncFolder, 'empty');
    await unlockToPeople(other.page);
    await chooseSyncFolder(other.page);
    const question = other.page.getByRole('alertdialog', { name: 'This folder holds a different notebook' });
    await waitFor(question);
    await question.getByRole('button', { name: 'Use a different folder' }).click();
    await waitFor(question, { state: 'detached' });
    expect(await question.count()).toBe(0);
    // The status settles once the stopped sync has put everything back.
    await waitFor(syncStatus(other.page).filter({ hasText: 'Sync is not set up' }));
    await other.page.getByRole('button', { name: 'People', exact: true }).click();
    await waitFor(other.page.getByText('No one here yet.', { exact: false }));
  });
});
