import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupPlaces, UnknownBackupPlaceError } from '../../../electron/main/backup-places';
import { FakeBackupDialogs } from './fakes';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'peer-notebook-places-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backup places', () => {
  it('remember a chosen folder across a restart, so scheduled backups keep their folder', async () => {
    const dialogs = new FakeBackupDialogs();
    dialogs.folder = '/media/peer/BACKUPS';
    const storePath = join(dir, 'backup-folders.json');
    const chosen = await createBackupPlaces(dialogs, { storePath }).choose('folder', 'unused');
    expect(chosen).toEqual({ token: expect.stringMatching(/^[0-9a-f]{32}$/), name: '/media/peer/BACKUPS' });

    const afterRestart = createBackupPlaces(new FakeBackupDialogs(), { storePath });
    await expect(afterRestart.resolve(chosen!.token)).resolves.toEqual({ kind: 'folder', path: '/media/peer/BACKUPS' });
  });

  it('give the same token when the same folder is chosen again', async () => {
    const dialogs = new FakeBackupDialogs();
    dialogs.folder = '/media/peer/BACKUPS';
    const places = createBackupPlaces(dialogs, { storePath: join(dir, 'store.json') });
    expect((await places.choose('folder', ''))!.token).toBe((await places.choose('folder', ''))!.token);
    expect(Object.keys(JSON.parse(await readFile(join(dir, 'store.json'), 'utf8')))).toHaveLength(1);
  });

  it('forget single files at restart, and add the extension a save dialog left off', async () => {
    const dialogs = new FakeBackupDialogs();
    dialogs.saveFile = '/home/peer/for the new laptop';
    const storePath = join(dir, 'store.json');
    const places = createBackupPlaces(dialogs, { storePath });
    const chosen = await places.choose('save-file', 'peer-notebook-backup-x.pnbackup');
    expect(dialogs.asked).toEqual(['save peer-notebook-backup-x.pnbackup']);
    expect(chosen!.name).toBe('for the new laptop.pnbackup');
    await expect(places.resolve(chosen!.token)).resolves.toEqual({ kind: 'save-file', path: '/home/peer/for the new laptop.pnbackup' });
    await expect(createBackupPlaces(dialogs, { storePath }).resolve(chosen!.token)).rejects.toBeInstanceOf(UnknownBackupPlaceError);
  });

  it('answer a cancelled dialog with null and refuse tokens they never gave out', async () => {
    const places = createBackupPlaces(new FakeBackupDialogs(), { storePath: join(dir, 'store.json') });
    expect(await places.choose('backup-file', '')).toBeNull();
    await expect(places.resolve('f'.repeat(32))).rejects.toBeInstanceOf(UnknownBackupPlaceError);
  });
});
