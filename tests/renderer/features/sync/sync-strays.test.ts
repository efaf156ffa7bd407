/**
 * Syncing through a real folder (the main process's sync-folders.ts over a temp folder) that holds
 * things that are not sync files: each is skipped and reported once, by what it is and where, and
 * everything else comes across.
 */
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncSegmentWhere } from '@shared/host-api';
import { createSyncFolders, type SyncFs } from '../../../../electron/main/sync-folders';
import { syncHostCalls } from '../../../../electron/main/host-handlers';
import { createSyncRunner } from '../../../../renderer/src/features/sync/sync-runner';
import { callsOf, createdVault, openTestVault, PASSPHRASE } from '../../vault/vault-fixture';

const goAhead = { ask: async () => true };
/** A device folder this test makes, unknown to either computer. */
const STRANGER = '00000000000000c1';
const UNREADABLE = '00000000000000c2';

let root: string;
let storePath: string;
beforeEach(async () => {
  root = await fsp.mkdtemp(join(tmpdir(), 'peer-notebook-strays-'));
  storePath = join(await fsp.mkdtemp(join(tmpdir(), 'peer-notebook-strays-store-')), 'sync-folders.json');
});
afterEach(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

/** The file system, except that this computer may not read the sync files of UNREADABLE (as permissions can say). */
const fs: SyncFs = {
  ...(fsp as unknown as SyncFs),
  readFile: (async (path: string, ...rest: unknown[]) => {
    if (path.includes(UNREADABLE)) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    return (fsp.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as SyncFs['readFile'],
};

describe('a sync folder with strays in it', () => {
  it('skips a folder named like a sync file and a file it may not read, reports each once, passes over a desktop file silently, and brings in the rest', async () => {
    const host = syncHostCalls(createSyncFolders({ chooseFolder: async () => root, storePath, fs }));
    const laptop = await createdVault();
    const laptopRunner = createSyncRunner({ vault: callsOf(laptop.vault), host });
    const folder = (await laptopRunner.chooseFolder())!;
    await laptop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Jordan Rivers' } });
    await laptopRunner.sync(goAhead);
    const desktop = await openTestVault();
    const desktopRunner = createSyncRunner({ vault: callsOf(desktop.vault), host });
    expect(await desktopRunner.join(folder, { passphrase: PASSPHRASE }, goAhead)).toMatchObject({ outcome: 'synced' });

    const ana = await laptop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Ana' } });
    await laptopRunner.sync(goAhead);
    const vaultId = laptop.vault.vaultId;
    const inFolder = (where: string) => join(root, ...where.split('/'));
    await fsp.mkdir(inFolder(syncSegmentWhere(vaultId, STRANGER, 1)), { recursive: true });
    await fsp.mkdir(join(inFolder(syncSegmentWhere(vaultId, UNREADABLE, 1)), '..'));
    await fsp.copyFile(inFolder(syncSegmentWhere(vaultId, laptop.vault.deviceId, 2)), inFolder(syncSegmentWhere(vaultId, UNREADABLE, 1)));
    await fsp.writeFile(inFolder(`peer-notebook-sync/${vaultId}/segments/desktop.ini`), '[.ShellClassInfo]');

    const synced = await desktopRunner.sync(goAhead);
    expect(synced).toMatchObject({ outcome: 'synced', pulled: { added: 1 } });
    expect(synced.outcome === 'synced' && synced.skipped).toEqual([
      { where: syncSegmentWhere(vaultId, STRANGER, 1), kind: 'folder' },
      { where: syncSegmentWhere(vaultId, UNREADABLE, 1), kind: 'not-readable' },
    ]);
    expect((await desktop.vault.records.get('person', ana.id))?.fields.preferredName).toBe('Ana');

    // The desktop's own changes still go out past them, and the laptop gets them.
    const lee = await desktop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Lee' } });
    expect(await desktopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced', pushed: 1 });
    expect(await laptopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced', pulled: { added: 1 } });
    expect((await laptop.vault.records.get('person', lee.id))?.fields.preferredName).toBe('Lee');
  });
});
