/**
 * The agency's sync server as a sync remote: the same calls as a sync folder (sync-folders.ts),
 * so the window's sync runner, the vault's engine and every fail-safe work unchanged. A server is
 * named to the window by a place token like a folder's; behind it this module keeps the device's
 * credential (sync-server-client.ts) and, per notebook, where this computer is in the server's
 * history.
 *
 * Listing a notebook's segments pulls what is new since the last listing (the first after a start
 * pulls them all), page by page; the bytes pulled are kept until the runner reads them (up to a
 * budget; past it they are pulled again by number). Before that, the server's history is checked
 * against the one this computer followed: its epoch, and the segment this computer had last. When
 * they differ (the server's database was restored from an older backup) the listing says
 * `historyLost`, and the runner sends everything again, so nothing the server lost stays lost.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import type { SyncSegmentInfo } from '@shared/host-api';
import { ENROLMENT_CODE, type PullPage } from '@shared/sync/server-protocol';
import { writeFileAtomically, type AtomicFs } from './atomic-file';
import { rethrowingAs, SyncFolderProblemError, type SyncFolders } from './sync-folders';
import { createSyncServerClient, enrolDevice, SyncServerError, type ServerCredential, type SyncServerClient } from './sync-server-client';

/** Pulled bytes kept for the runner to read, at most. */
const STASH_BYTES = 64 * 1024 * 1024;

/** The furthest segment this computer knows one notebook's history on a server holds, by number and name: kept across restarts. */
interface Position {
  epoch: string;
  cursor: number;
  last: { writer: string; seq: number } | null;
}

interface Store {
  servers: Record<string, ServerCredential>;
  positions: Record<string, Position>;
}

/** What one listing of a notebook on a server found. */
export interface ServerListing {
  segments: SyncSegmentInfo[];
  strays: [];
  /** The server no longer holds history this computer had from it (its database went back): send everything again. */
  historyLost: boolean;
}

export type SyncServerRemotes = ReturnType<typeof createSyncServerRemotes>;

/** A server's refusal as the problem the window words. */
function asProblem(error: unknown): unknown {
  if (!(error instanceof SyncServerError)) return error;
  if (error.problem === 'clock-off') return new SyncFolderProblemError('server-clock-off');
  if (error.problem === 'code-not-valid') return new SyncFolderProblemError('server-code-not-valid');
  if (error.problem === 'unreachable' || error.problem === 'server-error' || error.problem === 'too-many-requests')
    return new SyncFolderProblemError('server-unreachable');
  return new SyncFolderProblemError('server-refused');
}

const nameOf = (deviceId: string, seq: number) => `${deviceId}/${seq}`;

/** https://, or http:// to this computer itself (a server tried out on a laptop, the tests): nothing else goes over the network in clear. */
export function isServerAddress(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
}

export function createSyncServerRemotes({
  storePath,
  fetch = globalThis.fetch,
  fs = fsp as unknown as AtomicFs,
}: {
  storePath: string;
  fetch?: typeof globalThis.fetch;
  fs?: AtomicFs;
}) {
  let stored: Promise<Store> | null = null;
  const clients = new Map<string, SyncServerClient>();
  /** Per token and notebook, this run: the segments listed so far (by name: server number and size), the last number listed, and bytes pulled. */
  const listed = new Map<string, { index: Map<string, SyncSegmentInfo & { serverSeq: number }>; cursor: number }>();
  const stash = new Map<string, Uint8Array>();
  let stashBytes = 0;

  const load = () =>
    (stored ??= fsp
      .readFile(storePath, 'utf8')
      .then((text) => JSON.parse(text) as Store)
      .catch((): Store => ({ servers: {}, positions: {} })));
  const save = async () => writeFileAtomically(fs, storePath, new TextEncoder().encode(JSON.stringify(await load())));

  const clientOf = async (token: string) => {
    const credential = (await load()).servers[token];
    if (!credential) throw new SyncFolderProblemError('unknown-place');
    let client = clients.get(token);
    if (!client) clients.set(token, (client = createSyncServerClient(credential, { fetch })));
    return client;
  };

  const keep = (key: string, bytes: Uint8Array) => {
    if (stashBytes + bytes.length > STASH_BYTES) return;
    stash.set(key, bytes);
    stashBytes += bytes.length;
  };
  const take = (key: string) => {
    const bytes = stash.get(key);
    if (bytes) {
      stash.delete(key);
      stashBytes -= bytes.length;
    }
    return bytes;
  };

  /** The furthest segment this computer knows the server holds (listed, or pushed): what the next listing checks is still there. */
  const remember = async (key: string, epoch: string, cursor: number, last: Position['last']) => {
    const store = await load();
    const known = store.positions[key];
    if (known && known.epoch === epoch && known.cursor > cursor) return;
    store.positions[key] = { epoch, cursor, last };
    await save();
  };

  const guarded = rethrowingAs(asProblem);

  return {
    /** The credential behind a server's place token (the team client signs with it); null for a folder's. */
    async credentialOf(token: string): Promise<ServerCredential | null> {
      return (await load()).servers[token] ?? null;
    },

    /** Whether a place token names a server (else it is a folder's). */
    async owns(token: string): Promise<boolean> {
      return token in (await load()).servers;
    },

    /** Enrols this computer with the agency's server and a one-time code; the token and name to sync with. */
    enrol: guarded(async (url: string, code: string): Promise<{ token: string; name: string }> => {
      if (!isServerAddress(url)) throw new SyncFolderProblemError('server-address-not-valid');
      if (!ENROLMENT_CODE.test(code.trim().toUpperCase())) throw new SyncFolderProblemError('server-code-not-valid');
      const credential = await enrolDevice(url, code, fetch);
      const token = randomBytes(16).toString('hex');
      (await load()).servers[token] = credential;
      await save();
      return { token, name: new URL(credential.url).host };
    }),

    listVaults: guarded(async (token: string) => ({
      vaultIds: (await (await clientOf(token)).vaults()).map((v) => v.vaultId),
      strays: [] as [],
    })),

    readHeader: guarded(async (token: string, vaultId: string): Promise<string | null> => {
      const client = await clientOf(token);
      // A notebook the server has never heard of has no header there yet.
      if (!(await client.vaults()).some((v) => v.vaultId === vaultId)) return null;
      return (await client.readHeader(vaultId)).header;
    }),

    writeHeader: guarded(async (token: string, vaultId: string, text: string) => {
      await (await clientOf(token)).writeHeader(vaultId, text);
    }),

    listSegments: guarded(async (token: string, vaultId: string): Promise<ServerListing> => {
      const client = await clientOf(token);
      const store = await load();
      const key = `${token}/${vaultId}`;
      const known = store.positions[key];
      let historyLost = false;
      if (known) {
        const check = await client.pull(vaultId, known.cursor, { last: known.last });
        historyLost = !check.continues || check.epoch !== known.epoch;
      }
      let state = listed.get(key);
      if (!state || historyLost) listed.set(key, (state = { index: new Map(), cursor: 0 }));
      let page: PullPage;
      for (;;) {
        page = await client.pull(vaultId, state.cursor);
        if (page.segments.length === 0) break;
        for (const segment of page.segments) {
          state.index.set(nameOf(segment.deviceId, segment.seq), {
            deviceId: segment.deviceId,
            seq: segment.seq,
            bytes: segment.bytes.length,
            serverSeq: segment.serverSeq,
          });
          keep(`${key}/${nameOf(segment.deviceId, segment.seq)}`, segment.bytes);
        }
        state.cursor = page.segments.at(-1)!.serverSeq;
      }
      const lastSegment = [...state.index.values()].find((segment) => segment.serverSeq === state.cursor);
      await remember(key, page.epoch, state.cursor, lastSegment ? { writer: lastSegment.deviceId, seq: lastSegment.seq } : null);
      const segments = [...state.index.values()].map(({ deviceId, seq, bytes }) => ({ deviceId, seq, bytes }));
      return { segments, strays: [], historyLost };
    }),

    readSegment: guarded(async (token: string, vaultId: string, deviceId: string, seq: number): Promise<Uint8Array<ArrayBuffer>> => {
      const key = `${token}/${vaultId}`;
      const kept = take(`${key}/${nameOf(deviceId, seq)}`);
      if (kept) return new Uint8Array(kept);
      const found = listed.get(key)?.index.get(nameOf(deviceId, seq));
      if (!found) throw new SyncFolderProblemError('segment-missing');
      const page = await (await clientOf(token)).pull(vaultId, found.serverSeq - 1);
      for (const segment of page.segments.slice(1)) keep(`${key}/${nameOf(segment.deviceId, segment.seq)}`, segment.bytes);
      const first = page.segments[0];
      if (!first || first.deviceId !== deviceId || first.seq !== seq) throw new SyncFolderProblemError('segment-missing');
      return new Uint8Array(first.bytes);
    }),

    writeSegment: guarded(async (token: string, vaultId: string, deviceId: string, seq: number, bytes: Uint8Array) => {
      try {
        const stored = await (await clientOf(token)).push(vaultId, deviceId, seq, bytes);
        await remember(`${token}/${vaultId}`, stored.epoch, stored.serverSeq, { writer: deviceId, seq });
      } catch (error) {
        if (error instanceof SyncServerError && error.problem === 'segment-exists') throw new SyncFolderProblemError('segment-exists');
        throw error;
      }
    }),
  };
}

/** The sync folders and the servers behind one set of calls: a place token goes to whichever knows it. */
export function withSyncServers(folders: SyncFolders, servers: SyncServerRemotes): SyncFolders {
  const remoteOf = async (token: string): Promise<Omit<SyncFolders, 'choose'>> => ((await servers.owns(token)) ? servers : folders);
  return {
    choose: () => folders.choose(),
    listVaults: async (token) => (await remoteOf(token)).listVaults(token),
    readHeader: async (token, vaultId) => (await remoteOf(token)).readHeader(token, vaultId),
    writeHeader: async (token, vaultId, text) => (await remoteOf(token)).writeHeader(token, vaultId, text),
    listSegments: async (token, vaultId) => (await remoteOf(token)).listSegments(token, vaultId),
    readSegment: async (token, vaultId, deviceId, seq) => (await remoteOf(token)).readSegment(token, vaultId, deviceId, seq),
    writeSegment: async (token, vaultId, deviceId, seq, bytes) =>
      (await remoteOf(token)).writeSegment(token, vaultId, deviceId, seq, bytes),
  };
}
