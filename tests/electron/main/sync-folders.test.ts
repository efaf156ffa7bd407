/**
 * The sync folder on a real disk (a temp folder), with the failures a peer meets simulated: a drive
 * pulled out mid-write, a segment number already taken, a folder that went away.
 */
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyncFolders, SyncFolderProblemError, type SyncFs } from '../../../electron/main/sync-folders';

const VAULT = 'ab'.repeat(16);
const LAPTOP = '00000000000000aa';
const DESKTOP = '00000000000000bb';

let root: string;
let storePath: string;
beforeEach(async () => {
  root = await fsp.mkdtemp(join(tmpdir(), 'peer-notebook-sync-'));
  storePath = join(await fsp.mkdtemp(join(tmpdir(), 'peer-notebook-sync-store-')), 'sync-folders.json');
});
afterEach(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

async function chosen(fs?: SyncFs) {
  const folders = createSyncFolders({ chooseFolder: async () => root, storePath, fs });
  const { token } = (await folders.choose())!;
  return { folders, token };
}

/** Every file under the sync folder, hidden temp files included. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await fsp.readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

describe('the sync folder', () => {
  it('keeps each device’s segments apart, lists them in order, and reads them back', async () => {
    const { folders, token } = await chosen();
    await folders.writeHeader(token, VAULT, '{"format":2}');
    await folders.writeSegment(token, VAULT, LAPTOP, 1, Uint8Array.of(1, 2, 3));
    await folders.writeSegment(token, VAULT, DESKTOP, 1, Uint8Array.of(4));
    await folders.writeSegment(token, VAULT, LAPTOP, 2, Uint8Array.of(5, 6));
    expect(await folders.listVaults(token)).toEqual({ vaultIds: [VAULT], strays: [] });
    expect(await folders.readHeader(token, VAULT)).toBe('{"format":2}');
    expect(await folders.listSegments(token, VAULT)).toEqual({
      segments: [
        { deviceId: LAPTOP, seq: 1, bytes: 3 },
        { deviceId: LAPTOP, seq: 2, bytes: 2 },
        { deviceId: DESKTOP, seq: 1, bytes: 1 },
      ],
      strays: [],
    });
    expect([...(await folders.readSegment(token, VAULT, LAPTOP, 2))]).toEqual([5, 6]);
    expect(await filesUnder(root)).toEqual([
      `peer-notebook-sync/${VAULT}/header.json`,
      `peer-notebook-sync/${VAULT}/segments/${LAPTOP}/0000000001.pnseg`,
      `peer-notebook-sync/${VAULT}/segments/${LAPTOP}/0000000002.pnseg`,
      `peer-notebook-sync/${VAULT}/segments/${DESKTOP}/0000000001.pnseg`,
    ]);
  });

  it('an empty folder holds no notebook, no header and no segments', async () => {
    const { folders, token } = await chosen();
    expect(await folders.listVaults(token)).toEqual({ vaultIds: [], strays: [] });
    expect(await folders.readHeader(token, VAULT)).toBeNull();
    expect(await folders.listSegments(token, VAULT)).toEqual({ segments: [], strays: [] });
  });

  it('never writes over a segment that is there', async () => {
    const { folders, token } = await chosen();
    await folders.writeSegment(token, VAULT, LAPTOP, 1, Uint8Array.of(1));
    await expect(folders.writeSegment(token, VAULT, LAPTOP, 1, Uint8Array.of(9))).rejects.toMatchObject({ problem: 'segment-exists' });
    expect([...(await folders.readSegment(token, VAULT, LAPTOP, 1))]).toEqual([1]);
  });

  it('a drive pulled out mid-write leaves no segment under its real name', async () => {
    const failing: SyncFs = {
      ...(fsp as unknown as SyncFs),
      open: async (path: string, flags: string) => {
        const handle = await fsp.open(path, flags);
        if (!path.endsWith('.partial')) return handle;
        let written = 0;
        return {
          write: async (data: Uint8Array) => {
            if (written > 0) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
            written = (await handle.write(data.subarray(0, 2))).bytesWritten;
            return { bytesWritten: written };
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const { folders, token } = await chosen(failing);
    const error = await folders.writeSegment(token, VAULT, LAPTOP, 1, Uint8Array.of(1, 2, 3, 4)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncFolderProblemError);
    expect(error).toMatchObject({ problem: 'drive-unavailable' });
    expect(await folders.listSegments(token, VAULT)).toEqual({ segments: [], strays: [] });
    expect((await filesUnder(root)).filter((name) => name.endsWith('.pnseg'))).toEqual([]);
  });

  it('says the drive is gone, rather than empty, when the chosen folder is not there', async () => {
    const { folders, token } = await chosen();
    await fsp.rm(root, { recursive: true, force: true });
    await expect(folders.listVaults(token)).rejects.toMatchObject({ problem: 'drive-unavailable' });
  });

  it('remembers the chosen folder across restarts, and refuses a token it never gave', async () => {
    const { token } = await chosen();
    const restarted = createSyncFolders({ chooseFolder: async () => null, storePath });
    expect(await restarted.listVaults(token)).toEqual({ vaultIds: [], strays: [] });
    await expect(restarted.listVaults('cd'.repeat(16))).rejects.toMatchObject({ problem: 'unknown-place' });
  });
});

describe('things in the sync folder that are not sync files', () => {
  const notebook = `peer-notebook-sync/${VAULT}`;
  const put = async (path: string, bytes: Uint8Array | string = 'x') => {
    await fsp.mkdir(join(root, path, '..'), { recursive: true });
    await fsp.writeFile(join(root, path), bytes);
  };
  const HOUR_AGO = new Date(Date.now() - 60 * 60 * 1000);

  it('are skipped and each reported once, by kind and where it is, while every real sync file is listed', async () => {
    const { folders, token } = await chosen();
    await folders.writeHeader(token, VAULT, '{"format":3}');
    await folders.writeSegment(token, VAULT, LAPTOP, 1, Uint8Array.of(1, 2, 3));
    await folders.writeSegment(token, VAULT, LAPTOP, 2, Uint8Array.of(4));
    await folders.writeSegment(token, VAULT, DESKTOP, 1, Uint8Array.of(5));
    const laptop = `${notebook}/segments/${LAPTOP}`;
    await fsp.mkdir(join(root, laptop, '0000000003.pnseg'));
    await fsp.symlink(join(root, laptop, '0000000001.pnseg'), join(root, laptop, '0000000004.pnseg'));
    await put(`${laptop}/0000000005.pnseg`, new Uint8Array(0));
    // A temp file a killed writer left an hour ago, and one another computer is writing now.
    await put(`${laptop}/.0000000006.pnseg.0123456789abcdef.partial`);
    await fsp.utimes(join(root, laptop, '.0000000006.pnseg.0123456789abcdef.partial'), HOUR_AGO, HOUR_AGO);
    await put(`${laptop}/.0000000007.pnseg.fedcba9876543210.partial`);
    // What a sync service leaves behind.
    await put(`${notebook}/segments/${DESKTOP}/0000000001.sync-conflict-20250102-101112-ABCDEFG.pnseg`);
    await put(`${notebook}/header.sync-conflict-20250102-101112-ABCDEFG.json`);
    await put(`${notebook}/segments/${DESKTOP}/.syncthing.0000000002.pnseg.tmp`);
    // A file named like a device's folder, and a file named like a notebook's folder.
    await put(`${notebook}/segments/00000000000000cc`);
    await put(`peer-notebook-sync/${'cd'.repeat(16)}`);

    expect(await folders.listVaults(token)).toEqual({
      vaultIds: [VAULT],
      strays: [{ where: `peer-notebook-sync/${'cd'.repeat(16)}`, kind: 'unrelated' }],
    });
    const { segments, strays } = await folders.listSegments(token, VAULT);
    expect(segments).toEqual([
      { deviceId: LAPTOP, seq: 1, bytes: 3 },
      { deviceId: LAPTOP, seq: 2, bytes: 1 },
      { deviceId: DESKTOP, seq: 1, bytes: 1 },
    ]);
    expect(strays).toEqual([
      { where: `${notebook}/header.sync-conflict-20250102-101112-ABCDEFG.json`, kind: 'conflict-copy' },
      { where: `${laptop}/.0000000006.pnseg.0123456789abcdef.partial`, kind: 'unfinished' },
      { where: `${laptop}/0000000003.pnseg`, kind: 'folder' },
      { where: `${laptop}/0000000004.pnseg`, kind: 'link' },
      { where: `${laptop}/0000000005.pnseg`, kind: 'empty' },
      { where: `${notebook}/segments/${DESKTOP}/0000000001.sync-conflict-20250102-101112-ABCDEFG.pnseg`, kind: 'conflict-copy' },
      { where: `${notebook}/segments/00000000000000cc`, kind: 'unrelated' },
    ]);
  });

  it('what the operating system leaves (.DS_Store, desktop.ini, Thumbs.db, ._ and ~$ files) is skipped without a word', async () => {
    const { folders, token } = await chosen();
    await folders.writeHeader(token, VAULT, '{"format":3}');
    await folders.writeSegment(token, VAULT, LAPTOP, 1, Uint8Array.of(1, 2, 3));
    const laptop = `${notebook}/segments/${LAPTOP}`;
    await put('peer-notebook-sync/.DS_Store');
    await put('peer-notebook-sync/Thumbs.db');
    await put(`${notebook}/desktop.ini`);
    await put(`${notebook}/~$notes.docx`);
    await put(`${notebook}/segments/.DS_Store`);
    await put(`${notebook}/segments/._${LAPTOP}`);
    await put(`${laptop}/._0000000001.pnseg`);
    await put(`${laptop}/THUMBS.DB`);
    await put(`${laptop}/ehthumbs.db`);
    // Only the exact names: a file that merely starts like one is still reported.
    await put(`${notebook}/desktop.ini.old`);

    expect(await folders.listVaults(token)).toEqual({ vaultIds: [VAULT], strays: [] });
    expect(await folders.listSegments(token, VAULT)).toEqual({
      segments: [{ deviceId: LAPTOP, seq: 1, bytes: 3 }],
      strays: [{ where: `${notebook}/desktop.ini.old`, kind: 'unrelated' }],
    });
  });

  it('a sync file this computer may not read, or one that became a folder since the listing, is skipped with a reason, never a system message', async () => {
    const denied: SyncFs = {
      ...(fsp as unknown as SyncFs),
      readFile: (async (path: string, ...rest: unknown[]) => {
        if (path.endsWith(`${LAPTOP}/0000000001.pnseg`))
          throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
        return (fsp.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
      }) as SyncFs['readFile'],
    };
    const { folders, token } = await chosen(denied);
    await folders.writeSegment(token, VAULT, LAPTOP, 1, Uint8Array.of(1));
    await fsp.mkdir(join(root, notebook, 'segments', DESKTOP, '0000000001.pnseg'), { recursive: true });
    for (const device of [LAPTOP, DESKTOP]) {
      const error = await folders.readSegment(token, VAULT, device, 1).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SyncFolderProblemError);
      expect(error).toMatchObject({ problem: 'segment-unreadable' });
    }
  });

  it('a folder where the notebook keeps its header or its segments stops the sync, saying what is in the way', async () => {
    const { folders, token } = await chosen();
    await fsp.mkdir(join(root, notebook, 'header.json'), { recursive: true });
    await expect(folders.readHeader(token, VAULT)).rejects.toMatchObject({ problem: 'in-the-way', where: `${notebook}/header.json` });
    await put(`${notebook}/segments`);
    await expect(folders.listSegments(token, VAULT)).rejects.toMatchObject({ problem: 'in-the-way', where: `${notebook}/segments` });
    await expect(folders.writeSegment(token, VAULT, LAPTOP, 1, Uint8Array.of(1))).rejects.toMatchObject({
      problem: 'in-the-way',
      where: `${notebook}/segments`,
    });
  });
});
