/**
 * Backup files on a real disk (a temp folder), with the failures a peer meets simulated: a full
 * drive, a drive pulled out mid-write, a crash that leaves a temp file, a drive that corrupts.
 */
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { encodeBackup } from '@shared/backup/backup-encoder';
import { verifyBackup } from '@shared/backup/backup-reader';
import {
  BackupDiskFullError,
  BackupDriveUnavailableError,
  BackupFileMissingError,
  BackupReadBackFailedError,
  createBackupFiles,
  type BackupFileHandle,
  type BackupFiles,
  type BackupFs,
} from '../../../electron/main/backup-files';
import { joinBytes, makeTestVault, noteEntry, personEntry, type TestVault } from '../../shared/backup/backup-fixtures';

let sodium: Sodium;
let vault: TestVault;
let otherVault: TestVault;
beforeAll(async () => {
  sodium = await loadSodium();
  vault = makeTestVault(sodium);
  otherVault = makeTestVault(sodium);
});

let folder: string;
beforeEach(async () => {
  folder = await fsp.mkdtemp(join(tmpdir(), 'peer-notebook-backups-'));
});
afterEach(async () => {
  await fsp.rm(folder, { recursive: true, force: true });
});

/** A backup's pieces as the renderer would send them. */
async function backupPieces(from: TestVault = vault, records = 600, now = new Date()): Promise<Uint8Array[]> {
  const person = personEntry();
  const entries = [
    person,
    ...Array.from({ length: records }, (_, i) => noteEntry(person.id, `Session ${i}: a walk, a coffee, and the week ahead.`)),
  ];
  const pieces: Uint8Array[] = [];
  for await (const piece of encodeBackup(sodium, { vaultHeader: from.header, vaultKey: from.vaultKey, now }, entries)) pieces.push(piece);
  return pieces;
}

/** A clock the test moves: each backup is a minute after the last. */
function steppingClock(start = Date.parse('2025-03-01T09:00:00Z')) {
  let at = start;
  return { now: () => new Date(at), advance: (ms: number) => void (at += ms) };
}

async function writeBackup(
  files: BackupFiles,
  pieces: Uint8Array[],
  target: { folder: string } | { file: string } = { folder },
  keepLast: number | null = null,
) {
  const writeId = await files.beginWrite(target);
  for (const piece of pieces) await files.writeChunk(writeId, piece);
  return files.finishWrite(writeId, { keepLast });
}

const folderNames = async () => (await fsp.readdir(folder)).sort();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** node:fs/promises, except that files opened for writing fail with `code` once `limit` bytes are written. */
function fsFailingAfter(limit: number, code: string, written = { bytes: 0 }): BackupFs {
  return {
    ...fsp,
    open: async (path, flags) => {
      const handle = await fsp.open(path, flags);
      if (flags !== 'wx') return handle;
      const failing: BackupFileHandle = {
        write: async (data) => {
          if (written.bytes + data.length > limit) throw Object.assign(new Error(`${code}: simulated`), { code });
          written.bytes += data.length;
          return handle.write(data);
        },
        read: (...args) => handle.read(...args),
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
      return failing;
    },
  };
}

describe('writing a backup', () => {
  it('puts the exact bytes sent under a time-stamped name, read back and checked, with no temp file left', async () => {
    const clock = steppingClock();
    const files = createBackupFiles({ sodium: loadSodium(), now: clock.now });
    const pieces = await backupPieces();
    const written = await writeBackup(files, pieces);
    expect(written.name).toBe('peer-notebook-backup-2025-03-01T09-00-00-000Z.pnbackup');
    expect(await folderNames()).toEqual([written.name]);
    const onDisk = await fsp.readFile(join(folder, written.name));
    expect(sha256(onDisk)).toBe(sha256(joinBytes(...pieces)));
    expect(written).toMatchObject({ sha256: sha256(onDisk), bytes: onDisk.length, vaultId: vault.header.vaultId, removedOld: 0 });
    const verified = await verifyBackup(
      sodium,
      (async function* () {
        yield new Uint8Array(onDisk);
      })(),
      { kind: 'vault-key', vaultKey: vault.vaultKey },
    );
    expect(verified.counts.records).toBe(601);
  });

  it('saves an export under exactly the name chosen in the save dialog', async () => {
    const files = createBackupFiles({ sodium: loadSodium() });
    const written = await writeBackup(files, await backupPieces(), { file: join(folder, 'before the new laptop.pnbackup') });
    expect(written.name).toBe('before the new laptop.pnbackup');
    expect(await folderNames()).toEqual(['before the new laptop.pnbackup']);
  });

  it('keeps the last N backups of this notebook, and touches nothing else in the folder', async () => {
    const clock = steppingClock();
    const files = createBackupFiles({ sodium: loadSodium(), now: clock.now });
    await fsp.writeFile(join(folder, 'notes.txt'), 'my own file');
    await fsp.writeFile(join(folder, 'peer-notebook-backup-2020-01-01T00-00-00-000Z.pnbackup'), 'named like ours, but not a backup');
    const otherNotebook = await writeBackup(files, await backupPieces(otherVault, 5, clock.now()));
    await fsp.copyFile(join(folder, otherNotebook.name), join(folder, 'kept by hand.pnbackup'));
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      clock.advance(60_000);
      const written = await writeBackup(files, await backupPieces(vault, 5, clock.now()), { folder }, 2);
      names.push(written.name);
      expect(written.removedOld).toBe(i < 2 ? 0 : 1);
    }
    expect(await folderNames()).toEqual(
      [
        'kept by hand.pnbackup',
        'notes.txt',
        'peer-notebook-backup-2020-01-01T00-00-00-000Z.pnbackup',
        otherNotebook.name,
        names[2]!,
        names[3]!,
      ].sort(),
    );
    const listed = await files.list(folder);
    expect(listed.map((b) => b.name)).toEqual([names[3], names[2], otherNotebook.name, 'kept by hand.pnbackup']);
    expect(listed[0]!.createdAt).toBe(clock.now().toISOString());
  });

  it('on a full disk: a clear message, earlier backups intact, no half file under the real name, temp removed', async () => {
    const clock = steppingClock();
    const earlier = await writeBackup(createBackupFiles({ sodium: loadSodium(), now: clock.now }), await backupPieces());
    const earlierBytes = await fsp.readFile(join(folder, earlier.name));
    clock.advance(60_000);
    const files = createBackupFiles({ sodium: loadSodium(), now: clock.now, fs: fsFailingAfter(100_000, 'ENOSPC') });
    const error = await writeBackup(files, await backupPieces()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupDiskFullError);
    expect((error as Error).message).toMatch(/drive is full.*earlier backups are untouched/);
    expect(await folderNames()).toEqual([earlier.name]);
    expect(await fsp.readFile(join(folder, earlier.name))).toEqual(earlierBytes);
  });

  it.each(['EIO', 'ENODEV', 'EROFS', 'ENOENT'])(
    'when the drive fails with %s mid-write: a clear message and earlier backups intact',
    async (code) => {
      const clock = steppingClock();
      const earlier = await writeBackup(createBackupFiles({ sodium: loadSodium(), now: clock.now }), await backupPieces());
      clock.advance(60_000);
      const files = createBackupFiles({ sodium: loadSodium(), now: clock.now, fs: fsFailingAfter(70_000, code) });
      const error = await writeBackup(files, await backupPieces()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupDriveUnavailableError);
      expect((error as Error).message).toMatch(/was the drive removed\?.*earlier backups are untouched/);
      expect(await folderNames()).toEqual([earlier.name]);
    },
  );

  it('when the folder disappears mid-write (the drive was pulled), finishing says so and nothing is left behind', async () => {
    const files = createBackupFiles({ sodium: loadSodium() });
    const pieces = await backupPieces();
    const writeId = await files.beginWrite({ folder });
    await files.writeChunk(writeId, pieces[0]!);
    await fsp.rm(folder, { recursive: true });
    for (const piece of pieces.slice(1)) await files.writeChunk(writeId, piece);
    await expect(files.finishWrite(writeId, { keepLast: 3 })).rejects.toBeInstanceOf(BackupDriveUnavailableError);
    await expect(files.list(folder)).rejects.toBeInstanceOf(BackupDriveUnavailableError);
  });

  it('a temp file left by a killed write is not a backup, and the next backup to that folder cleans it up', async () => {
    const clock = steppingClock(Date.now());
    const killed = createBackupFiles({ sodium: loadSodium(), now: clock.now });
    const writeId = await killed.beginWrite({ folder });
    await killed.writeChunk(writeId, (await backupPieces())[0]!);
    const [temp] = await folderNames();
    expect(temp).toMatch(/^\.peer-notebook-backup-[0-9a-f]+\.partial$/);

    // The app starts again later: the half file is not listed, and goes with the next backup.
    clock.advance(11 * 60_000);
    const restarted = createBackupFiles({ sodium: loadSodium(), now: clock.now });
    expect(await restarted.list(folder)).toEqual([]);
    const written = await writeBackup(restarted, await backupPieces());
    expect(await folderNames()).toEqual([written.name]);
    await killed.abortWrite(writeId); // what the system does for a killed process: its file is closed
  });

  it('leaves a temp file alone while its write may still be going on', async () => {
    const clock = steppingClock(Date.now());
    const first = createBackupFiles({ sodium: loadSodium(), now: clock.now });
    const writeId = await first.beginWrite({ folder });
    await first.writeChunk(writeId, (await backupPieces())[0]!);
    const second = createBackupFiles({ sodium: loadSodium(), now: clock.now });
    await writeBackup(second, await backupPieces());
    expect((await folderNames()).filter((name) => name.endsWith('.partial'))).toHaveLength(1);
    await first.abortWrite(writeId);
  });

  it('listing, pruning and reading backups leave no file open behind them', async () => {
    const open = new Set<object>();
    const counting: BackupFs = {
      ...fsp,
      open: async (path, flags) => {
        const handle = await fsp.open(path, flags);
        open.add(handle);
        return {
          write: (d) => handle.write(d),
          read: (...a) => handle.read(...a),
          sync: () => handle.sync(),
          close: () => (open.delete(handle), handle.close()),
        };
      },
    };
    const files = createBackupFiles({ sodium: loadSodium(), fs: counting });
    for (let i = 0; i < 3; i++) await writeBackup(files, await backupPieces(), { folder }, 2);
    expect((await files.list(folder)).length).toBe(2);
    const { readId } = await files.beginRead(join(folder, (await files.list(folder))[0]!.name));
    await files.readChunk(readId);
    await files.endRead(readId);
    expect(open.size).toBe(0);
  });

  it('a file that does not read back as sent is removed and reported, never kept as a backup', async () => {
    const corrupting: BackupFs = {
      ...fsp,
      open: async (path, flags) => {
        const handle = await fsp.open(path, flags);
        if (flags !== 'wx') return handle;
        return {
          write: (data) => handle.write(data.map((byte, i) => (i === 5000 ? byte ^ 1 : byte))),
          read: (...args) => handle.read(...args),
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const files = createBackupFiles({ sodium: loadSodium(), fs: corrupting });
    await expect(writeBackup(files, await backupPieces())).rejects.toBeInstanceOf(BackupReadBackFailedError);
    expect(await folderNames()).toEqual([]);
  });

  it('bytes that are not a whole backup (a renderer that stopped early) are not reported as saved', async () => {
    const files = createBackupFiles({ sodium: loadSodium() });
    const pieces = await backupPieces();
    await expect(writeBackup(files, pieces.slice(0, -1))).rejects.toBeInstanceOf(BackupReadBackFailedError);
    expect(await folderNames()).toEqual([]);
  });

  it('an abandoned write removes its temp file', async () => {
    const files = createBackupFiles({ sodium: loadSodium() });
    const writeId = await files.beginWrite({ folder });
    await files.writeChunk(writeId, (await backupPieces())[0]!);
    await files.abortWrite(writeId);
    expect(await folderNames()).toEqual([]);
  });
});

describe('reading a backup back for a restore', () => {
  it('hands the file over in pieces that put together are the file', async () => {
    const files = createBackupFiles({ sodium: loadSodium() });
    const pieces = await backupPieces(vault, 20_000);
    const written = await writeBackup(files, pieces);
    const { readId, bytes } = await files.beginRead(join(folder, written.name));
    const received: Uint8Array[] = [];
    for (let done = false; !done;) {
      const next = await files.readChunk(readId);
      received.push(next.chunk);
      done = next.done;
    }
    await files.endRead(readId);
    expect(received.length).toBeGreaterThan(1);
    expect(bytes).toBe(written.bytes);
    expect(sha256(joinBytes(...received))).toBe(written.sha256);
  });

  it('says plainly when the backup is no longer there', async () => {
    const files = createBackupFiles({ sodium: loadSodium() });
    await expect(files.beginRead(join(folder, 'gone.pnbackup'))).rejects.toBeInstanceOf(BackupFileMissingError);
    await expect(files.readChunk('0'.repeat(32))).rejects.toBeInstanceOf(BackupFileMissingError);
  });
});
