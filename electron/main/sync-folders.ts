/**
 * The folder remote: a folder the peer chose (USB stick, network share, a folder a cloud service
 * syncs), holding per notebook
 *
 *   peer-notebook-sync/<vaultId>/header.json                 the vault header: key slots only
 *   peer-notebook-sync/<vaultId>/segments/<deviceId>/<seq>.pnseg   sealed segments, append-only
 *
 * Each device writes only under its own id, so two computers syncing into one folder at once never
 * touch the same file. A segment is written atomically (hidden temp file, flush, rename) and never
 * replaced; a pulled drive mid-write leaves at most a hidden temp file, which listings ignore.
 * Everything in the folder is sealed by the vault (shared/sync/sync-segment.ts): this module only
 * moves bytes and never sees a key. The renderer names a place token, a notebook, a device and a
 * number, never a path.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { SyncFolderProblem, SyncSegmentInfo } from '@shared/host-api';
import { writeFileAtomically, type AtomicFs } from './atomic-file';
import { fileProblemOf } from './file-problems';
import { createBackupPlaces, UnknownBackupPlaceError } from './backup-places';

export const SYNC_ROOT = 'peer-notebook-sync';
const MAX_SEGMENT_BYTES = 16 * 1024 * 1024;
const HEADER_FILE = 'header.json';
const VAULT_ID = /^[0-9a-f]{32}$/;
const DEVICE_ID = /^[0-9a-f]{16}$/;
const SEGMENT_FILE = /^(\d{10})\.pnseg$/;

/** The file-system members used here: node:fs/promises, or a wrapper in tests that fails on cue. */
export type SyncFs = AtomicFs & Pick<typeof fsp, 'readdir' | 'readFile' | 'stat' | 'mkdir'>;

const MESSAGES: Record<SyncFolderProblem['problem'], string> = {
  'disk-full': "The sync folder's drive is full. Make some room on it, then sync again. Nothing was lost.",
  'drive-unavailable':
    "The sync folder can't be reached. Plug the drive back in or reconnect to the network, then sync again. Nothing was lost.",
  'not-writable': 'Peer Notebook may not write to the sync folder. Choose another folder, or ask for permission to write there.',
  'unknown-place': 'That sync folder is no longer known to Peer Notebook. Choose the folder again.',
  'segment-exists': 'That sync file is already in the folder; it was left as it is.',
  'segment-missing': 'A sync file listed in the folder is not there anymore. Sync again in a little while.',
};

/** A sync folder failure the runner can act on. */
export class SyncFolderProblemError extends Error {
  constructor(readonly problem: SyncFolderProblem['problem']) {
    super(MESSAGES[problem]);
    this.name = 'SyncFolderProblemError';
  }
}

export interface SyncFolders {
  /** Asks for a folder (native dialog); remembered across restarts. */
  choose(): Promise<{ token: string; name: string } | null>;
  listVaults(token: string): Promise<string[]>;
  readHeader(token: string, vaultId: string): Promise<string | null>;
  writeHeader(token: string, vaultId: string, text: string): Promise<void>;
  listSegments(token: string, vaultId: string): Promise<SyncSegmentInfo[]>;
  readSegment(token: string, vaultId: string, deviceId: string, seq: number): Promise<Uint8Array<ArrayBuffer>>;
  /** Writes a new segment atomically; SyncFolderProblemError('segment-exists') rather than replace one. */
  writeSegment(token: string, vaultId: string, deviceId: string, seq: number, bytes: Uint8Array): Promise<void>;
}

const segmentFile = (seq: number) => `${String(seq).padStart(10, '0')}.pnseg`;
const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/** Turns a file-system failure into the problem the peer can act on; anything else stays an error. */
function asProblem(error: unknown): unknown {
  if (error instanceof SyncFolderProblemError) return error;
  if (error instanceof UnknownBackupPlaceError) return new SyncFolderProblemError('unknown-place');
  const problem = fileProblemOf(error);
  return problem ? new SyncFolderProblemError(problem) : error;
}

/**
 * `chooseFolder` is the native folder dialog (null when the peer cancelled); chosen folders are
 * remembered in `storePath` by the same place store backups use (backup-places.ts), kept apart.
 */
export function createSyncFolders({
  chooseFolder,
  storePath,
  fs = fsp as unknown as SyncFs,
}: {
  chooseFolder(): Promise<string | null>;
  storePath: string;
  fs?: SyncFs;
}): SyncFolders {
  const places = createBackupPlaces({ chooseFolder, chooseSaveFile: async () => null, chooseBackupFile: async () => null }, { storePath });
  /** The notebook's folder inside the chosen one; the chosen folder itself must be there (a pulled drive is not "empty"). */
  const vaultFolder = async (token: string, vaultId: string | null) => {
    const place = await places.resolve(token);
    if (place.kind !== 'folder') throw new SyncFolderProblemError('unknown-place');
    try {
      await fs.stat(place.path);
    } catch {
      throw new SyncFolderProblemError('drive-unavailable');
    }
    if (vaultId !== null && !VAULT_ID.test(vaultId)) throw new SyncFolderProblemError('unknown-place');
    return vaultId === null ? join(place.path, SYNC_ROOT) : join(place.path, SYNC_ROOT, vaultId);
  };

  const names = async (folder: string): Promise<string[]> => {
    try {
      return await fs.readdir(folder);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  };

  const guarded =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await operation(...args);
      } catch (error) {
        throw asProblem(error);
      }
    };

  return {
    choose: () => places.choose('folder', ''),
    listVaults: guarded(async (token) => (await names(await vaultFolder(token, null))).filter((name) => VAULT_ID.test(name)).sort()),
    readHeader: guarded(async (token, vaultId) => {
      try {
        const text = await fs.readFile(join(await vaultFolder(token, vaultId), HEADER_FILE), 'utf8');
        // Larger than any header this app writes: not one, and the vault says so.
        return text.slice(0, 64 * 1024);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    }),
    writeHeader: guarded(async (token, vaultId, text) => {
      const folder = await vaultFolder(token, vaultId);
      await fs.mkdir(folder, { recursive: true });
      await writeFileAtomically(fs, join(folder, HEADER_FILE), new TextEncoder().encode(text));
    }),
    listSegments: guarded(async (token, vaultId) => {
      const segments = join(await vaultFolder(token, vaultId), 'segments');
      const found: SyncSegmentInfo[] = [];
      for (const deviceId of (await names(segments)).filter((name) => DEVICE_ID.test(name))) {
        for (const name of await names(join(segments, deviceId))) {
          const match = SEGMENT_FILE.exec(name);
          const seq = match ? Number(match[1]) : 0;
          if (seq < 1 || seq > 2 ** 31 - 1) continue;
          found.push({ deviceId, seq, bytes: (await fs.stat(join(segments, deviceId, name))).size });
        }
      }
      return found.sort((a, b) => (a.deviceId === b.deviceId ? a.seq - b.seq : a.deviceId < b.deviceId ? -1 : 1));
    }),
    readSegment: guarded(async (token, vaultId, deviceId, seq) => {
      const path = join(await vaultFolder(token, vaultId), 'segments', deviceId, segmentFile(seq));
      if (!DEVICE_ID.test(deviceId)) throw new SyncFolderProblemError('segment-missing');
      try {
        const bytes = await fs.readFile(path);
        // An oversized file is not one of ours: handed on cut, it fails to verify and is reported.
        return new Uint8Array(bytes.subarray(0, MAX_SEGMENT_BYTES));
      } catch (error) {
        if (isMissing(error)) throw new SyncFolderProblemError('segment-missing');
        throw error;
      }
    }),
    writeSegment: guarded(async (token, vaultId, deviceId, seq, bytes) => {
      if (!DEVICE_ID.test(deviceId)) throw new SyncFolderProblemError('unknown-place');
      const folder = join(await vaultFolder(token, vaultId), 'segments', deviceId);
      await fs.mkdir(folder, { recursive: true });
      const path = join(folder, segmentFile(seq));
      // Only this device writes here, one sync at a time, so checking first cannot race another writer.
      const exists = await fs.stat(path).then(
        () => true,
        (error: unknown) => {
          if (isMissing(error)) return false;
          throw error;
        },
      );
      if (exists) throw new SyncFolderProblemError('segment-exists');
      await writeFileAtomically(fs, path, bytes);
    }),
  };
}
