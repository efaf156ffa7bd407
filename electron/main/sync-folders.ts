/**
 * The folder remote: a folder the peer chose (USB stick, network share, a folder a cloud service
 * syncs), holding per notebook
 *
 *   peer-notebook-sync/<vaultId>/header.json                 the vault header: key slots only
 *   peer-notebook-sync/<vaultId>/segments/<deviceId>/<seq>.pnseg   sealed segments, append-only
 *
 * Each device writes only under its own id, so two computers syncing into one folder at once never
 * touch the same file. A segment is written atomically (hidden temp file, flush, rename) and never
 * replaced. Everything in the folder is sealed by the vault (shared/sync/sync-segment.ts): this
 * module only moves bytes and never sees a key. The renderer names a place token, a notebook, a
 * device and a number, never a path.
 *
 * People and programs put other things in a shared folder: a sync service's conflict copy, a
 * folder or a link where a sync file should be, a file this computer may not read. A listing skips
 * each of them and reports it once (a SyncStray: what it is and where); what the operating system
 * itself leaves (.DS_Store, desktop.ini, Thumbs.db, ._ and ~$ files) is skipped without a word,
 * so one stray item never stops sync on any computer. Links inside a notebook's folder are never
 * followed. Only what occupies a place the notebook itself needs (its folder, header.json,
 * segments, this device's folder) stops a sync, with a 'in-the-way' problem that says where.
 */
import type { Dirent } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import {
  byWhere,
  MAX_SYNC_STRAYS,
  SYNC_ROOT,
  syncSegmentFileName,
  type SyncFolderProblem,
  type SyncSegmentInfo,
  type SyncStray,
} from '@shared/host-api';
import { TEMP_FILE_NAME, writeFileAtomically, type AtomicFs } from './atomic-file';
import { fileProblemOf } from './file-problems';
import { createBackupPlaces, UnknownBackupPlaceError } from './backup-places';

const MAX_SEGMENT_BYTES = 16 * 1024 * 1024;
const HEADER_FILE = 'header.json';
const SEGMENTS = 'segments';
const VAULT_ID = /^[0-9a-f]{32}$/;
const DEVICE_ID = /^[0-9a-f]{16}$/;
const SEGMENT_FILE = /^(\d{10})\.pnseg$/;
/** A write takes seconds; a temp file older than this was left by one that was cut off (a younger one may be another computer's write in progress). */
const UNFINISHED_AFTER_MS = 10 * 60 * 1000;
/** A sync service's file for something it is still bringing in (Syncthing's): renamed by the service when done, not a stray. */
const SERVICE_TEMP_FILE = /^(\.syncthing\.|~syncthing~).*\.tmp$/;
/**
 * What an operating system leaves in any folder it shows (Finder's .DS_Store and ._ resource forks,
 * Explorer's desktop.ini and thumbnail caches, Office's ~$ lock files): nothing the peer put
 * there or can do anything about, so passed over without a word.
 */
const OS_FILE = /^(\.DS_Store|desktop\.ini|Thumbs\.db|ehthumbs\.db|\._.*|~\$.*)$/i;
/** A copy a sync service made when two computers changed one file: Syncthing's, and Dropbox's and Nextcloud's. */
const CONFLICT_COPY = /\.sync-conflict-|conflicted copy/i;

/** The file-system members used here: node:fs/promises, or a wrapper in tests that fails on cue. */
export type SyncFs = AtomicFs & Pick<typeof fsp, 'readdir' | 'readFile' | 'stat' | 'lstat' | 'mkdir'>;

/** A sync folder failure the runner can act on; the window words it. `where` names what is in the way. */
export class SyncFolderProblemError extends Error {
  constructor(
    readonly problem: SyncFolderProblem['problem'],
    readonly where?: string,
  ) {
    super(`Sync folder problem: ${problem}${where ? ` (${where})` : ''}`);
    this.name = 'SyncFolderProblemError';
  }
}

export interface SyncFolders {
  /** Asks for a folder (native dialog); remembered across restarts. */
  choose(): Promise<{ token: string; name: string } | null>;
  listVaults(token: string): Promise<{ vaultIds: string[]; strays: SyncStray[] }>;
  readHeader(token: string, vaultId: string): Promise<string | null>;
  writeHeader(token: string, vaultId: string, text: string): Promise<void>;
  /** `historyLost`: the remote no longer holds what this computer had from it (a server restored from an older backup). */
  listSegments(token: string, vaultId: string): Promise<{ segments: SyncSegmentInfo[]; strays: SyncStray[]; historyLost?: boolean }>;
  /** One segment's bytes; SyncFolderProblemError('segment-missing' | 'segment-unreadable') when that one cannot be had. */
  readSegment(token: string, vaultId: string, deviceId: string, seq: number): Promise<Uint8Array<ArrayBuffer>>;
  /** Writes a new segment atomically; SyncFolderProblemError('segment-exists') rather than replace one. */
  writeSegment(token: string, vaultId: string, deviceId: string, seq: number, bytes: Uint8Array): Promise<void>;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
/** A system error about one item (no permission, a folder, a loop of links), not about the drive: that item is skipped. */
const isItemProblem = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const problem = fileProblemOf(error);
  return typeof code === 'string' && (problem === null || problem === 'not-writable');
};
const inTheWay = (where: string[]) => new SyncFolderProblemError('in-the-way', where.join('/'));

/** Turns a file-system failure into the problem the peer can act on; anything else stays an error. */
function asProblem(error: unknown): unknown {
  if (error instanceof SyncFolderProblemError) return error;
  if (error instanceof UnknownBackupPlaceError) return new SyncFolderProblemError('unknown-place');
  const problem = fileProblemOf(error);
  return problem ? new SyncFolderProblemError(problem) : error;
}

/** An operation whose failures are thrown again as the problem `asProblem` makes of them (one wrapper for each remote's calls). */
export const rethrowingAs =
  (asProblem: (error: unknown) => unknown) =>
  <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await operation(...args);
    } catch (error) {
      throw asProblem(error);
    }
  };

/** Strays found by one listing: at most MAX_SYNC_STRAYS, in the order of where they are. */
class StrayReport {
  private readonly found: SyncStray[] = [];
  add(where: string[], kind: SyncStray['kind'] | null): void {
    if (kind && this.found.length < MAX_SYNC_STRAYS) this.found.push({ where: where.join('/'), kind });
  }
  get strays(): SyncStray[] {
    return this.found.sort(byWhere);
  }
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

  /** What lstat says of a path (links not followed, unless asked); null when nothing is there. */
  const lstatOrNull = (path: string, { followLinks = false } = {}) =>
    (followLinks ? fs.stat(path) : fs.lstat(path)).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });

  /** A folder the notebook needs is there, or not yet; anything else in its place stops the sync, saying where. */
  const needFolder = async (path: string, where: string[]) => {
    const stats = await lstatOrNull(path);
    if (stats && !stats.isDirectory()) throw inTheWay(where);
  };

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
    const root = join(place.path, SYNC_ROOT);
    // This one folder may be a link the peer made to one elsewhere; inside it, links are never followed.
    const rootStats = await lstatOrNull(root, { followLinks: true });
    if (rootStats && !rootStats.isDirectory()) throw inTheWay([SYNC_ROOT]);
    if (vaultId === null) return root;
    await needFolder(join(root, vaultId), [SYNC_ROOT, vaultId]);
    return join(root, vaultId);
  };

  /** A folder's entries, typed as lstat would (a link is a link); none when the folder is not there yet. */
  const entriesOf = async (folder: string): Promise<Dirent[]> => {
    try {
      return await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  };

  /** What an entry that is not the notebook's is, to report; null for what is not worth a word (a write in progress). */
  const strayKind = async (path: string, entry: Dirent): Promise<SyncStray['kind'] | null> => {
    if (SERVICE_TEMP_FILE.test(entry.name) || OS_FILE.test(entry.name)) return null;
    if (TEMP_FILE_NAME.test(entry.name)) {
      const stats = await lstatOrNull(path);
      return stats && Date.now() - stats.mtimeMs > UNFINISHED_AFTER_MS ? 'unfinished' : null;
    }
    if (CONFLICT_COPY.test(entry.name)) return 'conflict-copy';
    return entry.isSymbolicLink() ? 'link' : 'unrelated';
  };

  /** A device's segments, and the strays beside them. */
  const listDevice = async (folder: string, where: string[], deviceId: string, found: SyncSegmentInfo[], report: StrayReport) => {
    let entries: Dirent[];
    try {
      entries = await entriesOf(folder);
    } catch (error) {
      if (!isItemProblem(error)) throw error;
      return report.add(where, 'not-readable');
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const match = SEGMENT_FILE.exec(entry.name);
      const seq = match ? Number(match[1]) : 0;
      if (seq < 1 || seq > 2 ** 31 - 1) report.add([...where, entry.name], await strayKind(path, entry));
      else if (entry.isDirectory()) report.add([...where, entry.name], 'folder');
      else if (entry.isSymbolicLink()) report.add([...where, entry.name], 'link');
      else if (!entry.isFile()) report.add([...where, entry.name], 'unrelated');
      else {
        const stats = await lstatOrNull(path);
        if (stats?.size === 0) report.add([...where, entry.name], 'empty');
        else if (stats) found.push({ deviceId, seq, bytes: stats.size });
      }
    }
  };

  const guarded = rethrowingAs(asProblem);

  return {
    choose: () => places.choose('folder', ''),
    listVaults: guarded(async (token) => {
      const root = await vaultFolder(token, null);
      const vaultIds: string[] = [];
      const report = new StrayReport();
      for (const entry of await entriesOf(root)) {
        if (VAULT_ID.test(entry.name) && entry.isDirectory()) vaultIds.push(entry.name);
        else report.add([SYNC_ROOT, entry.name], await strayKind(join(root, entry.name), entry));
      }
      return { vaultIds: vaultIds.sort(), strays: report.strays };
    }),
    readHeader: guarded(async (token, vaultId) => {
      const path = join(await vaultFolder(token, vaultId), HEADER_FILE);
      const where = [SYNC_ROOT, vaultId, HEADER_FILE];
      const stats = await lstatOrNull(path);
      if (!stats) return null;
      if (!stats.isFile()) throw inTheWay(where);
      try {
        const text = await fs.readFile(path, 'utf8');
        // Larger than any header this app writes: not one, and the vault says so.
        return text.slice(0, 64 * 1024);
      } catch (error) {
        if (isMissing(error)) return null;
        if (isItemProblem(error)) throw inTheWay(where);
        throw error;
      }
    }),
    writeHeader: guarded(async (token, vaultId, text) => {
      const folder = await vaultFolder(token, vaultId);
      const stats = await lstatOrNull(join(folder, HEADER_FILE));
      if (stats && !stats.isFile()) throw inTheWay([SYNC_ROOT, vaultId, HEADER_FILE]);
      await fs.mkdir(folder, { recursive: true });
      await writeFileAtomically(fs, join(folder, HEADER_FILE), new TextEncoder().encode(text));
    }),
    listSegments: guarded(async (token, vaultId) => {
      const folder = await vaultFolder(token, vaultId);
      const where = [SYNC_ROOT, vaultId];
      const found: SyncSegmentInfo[] = [];
      const report = new StrayReport();
      for (const entry of await entriesOf(folder)) {
        // header.json is judged when it is read.
        if (entry.name === HEADER_FILE) continue;
        if (entry.name !== SEGMENTS) report.add([...where, entry.name], await strayKind(join(folder, entry.name), entry));
        else if (!entry.isDirectory()) throw inTheWay([...where, SEGMENTS]);
      }
      for (const entry of await entriesOf(join(folder, SEGMENTS))) {
        const path = join(folder, SEGMENTS, entry.name);
        const deviceWhere = [...where, SEGMENTS, entry.name];
        if (DEVICE_ID.test(entry.name) && entry.isDirectory()) await listDevice(path, deviceWhere, entry.name, found, report);
        else report.add(deviceWhere, await strayKind(path, entry));
      }
      const segments = found.sort((a, b) => (a.deviceId === b.deviceId ? a.seq - b.seq : a.deviceId < b.deviceId ? -1 : 1));
      return { segments, strays: report.strays };
    }),
    readSegment: guarded(async (token, vaultId, deviceId, seq) => {
      if (!DEVICE_ID.test(deviceId)) throw new SyncFolderProblemError('segment-missing');
      const path = join(await vaultFolder(token, vaultId), SEGMENTS, deviceId, syncSegmentFileName(seq));
      try {
        // Listed as a file a moment ago; a link or a folder since is not read.
        const stats = await fs.lstat(path);
        if (!stats.isFile()) throw new SyncFolderProblemError('segment-unreadable');
        const bytes = await fs.readFile(path);
        // An oversized file is not one of ours: handed on cut, it fails to verify and is reported.
        return new Uint8Array(bytes.subarray(0, MAX_SEGMENT_BYTES));
      } catch (error) {
        if (isMissing(error)) throw new SyncFolderProblemError('segment-missing');
        if (isItemProblem(error)) throw new SyncFolderProblemError('segment-unreadable');
        throw error;
      }
    }),
    writeSegment: guarded(async (token, vaultId, deviceId, seq, bytes) => {
      if (!DEVICE_ID.test(deviceId)) throw new SyncFolderProblemError('unknown-place');
      const segments = join(await vaultFolder(token, vaultId), SEGMENTS);
      await needFolder(segments, [SYNC_ROOT, vaultId, SEGMENTS]);
      const folder = join(segments, deviceId);
      await needFolder(folder, [SYNC_ROOT, vaultId, SEGMENTS, deviceId]);
      await fs.mkdir(folder, { recursive: true });
      const path = join(folder, syncSegmentFileName(seq));
      // Only this device writes here, one sync at a time, so checking first cannot race another writer.
      // Anything under that name (a folder, a link) takes the number: the next one is used.
      if (await lstatOrNull(path)) throw new SyncFolderProblemError('segment-exists');
      await writeFileAtomically(fs, path, bytes);
    }),
  };
}
