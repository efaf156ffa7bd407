import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RESOURCE_LIST_BYTES } from '@shared/host-api';
import { createResourceLists, type ResourceListFs } from '../../../electron/main/resource-lists';
import { FakeResourceListDialogs, fsFailingWrites } from './fakes';

const LIST = 'name,kind,address,hours,phone,notes,lastVerified\r\nComedor Comunitario,food,12 Main St,Sábados 10–12,,,2026-02-10';
const ON = new Date('2026-03-02T15:00:00Z');

let folder: string;
beforeEach(async () => {
  folder = await fsp.mkdtemp(join(tmpdir(), 'peer-notebook-lists-'));
});
afterEach(async () => {
  await fsp.rm(folder, { recursive: true, force: true });
});

function setup(fs?: ResourceListFs) {
  const dialogs = new FakeResourceListDialogs();
  dialogs.saveFolder = folder;
  return { dialogs, lists: createResourceLists({ dialogs, fs, now: () => ON }) };
}

describe('saving the resource list', () => {
  it('writes the CSV under the chosen name, marked as UTF-8 for spreadsheets, with no temp file left', async () => {
    const { lists, dialogs } = setup();
    await expect(lists.save(LIST)).resolves.toEqual({ ok: true, saved: true, name: 'Community resources 2026-03-02.csv' });
    expect(dialogs.asked).toEqual(['save Community resources 2026-03-02.csv']);
    expect(await fsp.readdir(folder)).toEqual(['Community resources 2026-03-02.csv']);
    const bytes = await fsp.readFile(join(folder, 'Community resources 2026-03-02.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(LIST);
  });

  it('adds the .csv a save dialog left off', async () => {
    const { lists, dialogs } = setup();
    dialogs.chooseSaveFile = async () => join(folder, 'for the clinic');
    await expect(lists.save(LIST)).resolves.toMatchObject({ name: 'for the clinic.csv' });
  });

  it('does nothing when the peer cancels', async () => {
    const { lists, dialogs } = setup();
    dialogs.saveFolder = null;
    await expect(lists.save(LIST)).resolves.toEqual({ ok: true, saved: false });
    expect(await fsp.readdir(folder)).toEqual([]);
  });

  it('on a full disk, says so, leaves the older list as it was and no half file', async () => {
    const { lists } = setup(fsFailingWrites('ENOSPC'));
    const name = 'Community resources 2026-03-02.csv';
    await fsp.writeFile(join(folder, name), 'the older list');
    await expect(lists.save(LIST)).resolves.toEqual({ ok: false, problem: 'disk-full' });
    expect(await fsp.readdir(folder)).toEqual([name]);
    expect(await fsp.readFile(join(folder, name), 'utf8')).toBe('the older list');
  });

  it('when the drive was removed, says so and leaves nothing behind', async () => {
    const removed = setup(fsFailingWrites('EIO'));
    await expect(removed.lists.save(LIST)).resolves.toMatchObject({ ok: false, problem: 'drive-unavailable' });
    expect(await fsp.readdir(folder)).toEqual([]);

    const gone = setup();
    gone.dialogs.saveFolder = join(folder, 'unplugged');
    await expect(gone.lists.save(LIST)).resolves.toMatchObject({ ok: false, problem: 'drive-unavailable' });
  });
});

describe('opening a resource list', () => {
  it('reads the chosen file as text, with its name', async () => {
    const { lists, dialogs } = setup();
    dialogs.fileToOpen = join(folder, 'agency list.csv');
    await fsp.writeFile(dialogs.fileToOpen, `\uFEFF${LIST}`);
    await expect(lists.open()).resolves.toEqual({ ok: true, opened: true, name: 'agency list.csv', text: LIST });
  });

  it('reads a list an older spreadsheet saved in Windows-1252 without garbling its accents', async () => {
    const { lists, dialogs } = setup();
    dialogs.fileToOpen = join(folder, 'old excel.csv');
    await fsp.writeFile(dialogs.fileToOpen, Buffer.from('name,kind,hours\r\nComedor,food,S\xe1bados', 'latin1'));
    await expect(lists.open()).resolves.toMatchObject({ text: 'name,kind,hours\r\nComedor,food,Sábados' });
  });

  it('does nothing when the peer cancels', async () => {
    const { lists } = setup();
    await expect(lists.open()).resolves.toEqual({ ok: true, opened: false });
  });

  it('refuses a file too large to be a list, before reading it', async () => {
    const reads: string[] = [];
    const { lists, dialogs } = setup({ ...fsp, readFile: async (path: string) => (reads.push(path), fsp.readFile(path)) });
    dialogs.fileToOpen = join(folder, 'huge.csv');
    await fsp.writeFile(dialogs.fileToOpen, Buffer.alloc(MAX_RESOURCE_LIST_BYTES + 1, 'a'));
    await expect(lists.open()).resolves.toEqual({ ok: false, problem: 'too-large' });
    expect(reads).toEqual([]);
  });

  it('says when the file is gone (a drive removed)', async () => {
    const { lists, dialogs } = setup();
    dialogs.fileToOpen = join(folder, 'unplugged', 'list.csv');
    await expect(lists.open()).resolves.toMatchObject({ ok: false, problem: 'drive-unavailable' });
  });
});
