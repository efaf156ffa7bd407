/**
 * A laptop is replaced: the peer backs up from Settings, and on a new computer (a fresh data
 * folder) restores from the very first screen with their passphrase; Jordan is there. A damaged
 * backup is refused with its own message, and nothing changes. The new computer's scheduled
 * backups then go to the folder the peer chose.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { openSettings, PASSPHRASE, peopleList, showPeople, unlockToJordan } from './flows';
import { waitFor } from '../support/wait-for';

let app: LaunchedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('backups', () => {
  it('backs up, then restores on a new computer from the first screen, and refuses a damaged file; the new computer then backs up to the folder chosen, on schedule, and shows when', async () => {
    const drive = await mkdtemp(join(tmpdir(), 'peer-notebook-usb-'));
    const backupPath = join(drive, 'my-notebook.pnbackup');

    app = await openApp({ notebook: 'jordan' });
    let { page } = app;
    await unlockToJordan(page);
    await openSettings(page, 'Backups');
    await waitFor(page.getByRole('heading', { name: 'Backups' }));
    app.backupDialogs.saveFile = backupPath;
    await page.getByRole('button', { name: 'Back up now' }).click();
    await waitFor(page.getByRole('status').filter({ hasText: 'Backed up and checked: my-notebook.pnbackup.' }));
    await waitFor(page.getByRole('button', { name: /^Last backup: today/ }));
    const bytes = await readFile(backupPath);
    expect(bytes.includes(Buffer.from('Jordan Rivers'))).toBe(false);
    await app.close();

    // A new computer: no notebook yet.
    app = await openApp();
    ({ page } = app);
    await page.getByRole('button', { name: 'Restore from a backup' }).click();
    app.backupDialogs.backupFile = backupPath;
    await page.getByRole('button', { name: 'Choose a backup file' }).click();
    await waitFor(page.getByText('Backup file: my-notebook.pnbackup'));
    await page.getByLabel('Passphrase of the notebook when the backup was made').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await showPeople(page);
    await waitFor(peopleList(page).getByText('Jordan Rivers'));

    // A copy damaged on the drive is refused before anything changes.
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 40]! ^= 0x01;
    const damagedPath = join(drive, 'damaged.pnbackup');
    await writeFile(damagedPath, damaged);
    await openSettings(page, 'Backups');
    app.backupDialogs.backupFile = damagedPath;
    await page.getByRole('button', { name: 'Choose a backup file' }).click();
    await page.getByLabel('Passphrase of the notebook when the backup was made').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This backup file is damaged' }).textContent()).resolves.toContain(
      'Nothing was restored. Use another copy or an earlier backup.',
    );
    await showPeople(page);
    expect(await peopleList(page).getByRole('listitem').count()).toBe(1);

    // The new computer has made no backup of its own yet: scheduled backups go to the folder chosen, the first at once.
    const folder = await mkdtemp(join(tmpdir(), 'peer-notebook-usb-'));
    await waitFor(page.getByRole('button', { name: 'No backup yet' }));
    await openSettings(page, 'Backups');
    await page.getByLabel('Back up to the folder').selectOption({ label: 'Every week' });
    await page.getByRole('button', { name: 'Save backup choices' }).click();
    await waitFor(
      page
        .getByRole('status')
        .filter({ hasText: 'Saved. Back up to the folder: Every week; keep the newest 10; remind me after 7 days with no backup.' }),
    );
    app.backupDialogs.folder = folder;
    await page.getByRole('button', { name: 'Choose a backup folder' }).click();
    await waitFor(page.getByText(`Backup folder: ${folder}`));
    // Never backed up: the first scheduled backup is due at once.
    await waitFor(page.getByRole('button', { name: /^Last backup: today/ }));
    const files = await readdir(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^peer-notebook-backup-.*\.pnbackup$/);
  });
});
