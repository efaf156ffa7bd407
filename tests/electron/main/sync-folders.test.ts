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
    expect(await folders.listVaults(token)).toEqual([VAULT]);
    expect(await folders.readHeader(token, VAULT)).toBe('{"format":2}');
    expect(await folders.listSegments(token, VAULT)).toEqual([
      { deviceId: LAPTOP, seq: 1, bytes: 3 },
      { deviceId: LAPTOP, seq: 2, bytes: 2 },
      { deviceId: DESKTOP, seq: 1, bytes: 1 },
    ]);
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
    expect(await folders.listVaults(token)).toEqual([]);
    expect(await folders.readHeader(token, VAULT)).toBeNull();
    expect(await folders.listSegments(token, VAULT)).toEqual([]);
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
    expect(await folders.listSegments(token, VAULT)).toEqual([]);
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
    expect(await restarted.listVaults(token)).toEqual([]);
    await expect(restarted.listVaults('cd'.repeat(16))).rejects.toMatchObject({ problem: 'unknown-place' });
  });
});
