/**
 * The agency's sync server as a sync remote: the same calls as a sync folder (sync-folders.ts),
 * so the window's sync runner, the vault's engine and every fail-safe work unchanged. A server is
 * named to the window by a place token like a folder's; behind it this module keeps the device's
 * credential (sync-server-client.ts) and, per notebook, where this computer is in the server's
 * history.
 *
 * Listing a notebook's segments pulls what is new since the last listing (kept across restarts:
 * a start pulls only what came since), page by page; the bytes pulled are kept until the runner reads them (up to a
 * budget; past it they are pulled again by number). Before that, the server's history is checked
 * against the one this computer followed: its epoch, and the segment this computer had last. When
 * they differ (the server's database was restored from an older backup) the listing says
 * `historyLost`, and the runner sends everything again, so nothing the server lost stays lost.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SyncSegmentInfo } from '@shared/host-api';
import { ENROLMENT_CODE, type PulledSegment, type PullPage } from '@shared/sync/server-protocol';
import { writeFileAtomically, type AtomicFs } from './atomic-file';
import type { SecretSealer } from './secret-sealer';
import { rethrowingAs, SyncFolderProblemError, type SyncFolders } from './sync-folders';
import { createSyncServerClient, enrolDevice, SyncServerError, type ServerCredential, type SyncServerClient } from './sync-server-client';

/** Pulled bytes kept for the runner to read, at most. */
const STASH_BYTES = 64 * 1024 * 1024;

/** What this computer keeps on disk to use one server: its private key sealed by the operating system's key store. */
const StoredServer = z.object({ url: z.string(), deviceId: z.string(), publicKey: z.string(), sealedKey: z.string() });
const StoredServers = z.object({ servers: z.record(z.string(), StoredServer) });
type StoredServers = z.infer<typeof StoredServers>;

/**
 * Where this computer is in one notebook's history on a server, kept across restarts (ids and
 * numbers only, in clear): the furthest segment it knows the server holds, checked at each
 * listing, and every segment listed so far (name, size, number on the server), so a listing after
 * a restart pulls only what came after.
 */
const NotebookPosition = z.object({
  epoch: z.string(),
  cursor: z.number().int().nonnegative(),
  last: z.object({ writer: z.string(), seq: z.number().int().positive() }).nullable(),
  listedTo: z.number().int().nonnegative(),
  /** [deviceId, seq, bytes, serverSeq] */
  listed: z.array(z.tuple([z.string(), z.number().int().positive(), z.number().int().nonnegative(), z.number().int().positive()])),
});
type NotebookPosition = z.infer<typeof NotebookPosition>;
const Positions = z.record(z.string(), NotebookPosition);

/** One notebook's listing in memory: the segments listed so far by name. */
interface Listing {
  index: Map<string, SyncSegmentInfo & { serverSeq: number }>;
  listedTo: number;
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

/** A file read and checked; anything missing, damaged or of another shape reads as `fallback`. */
async function readJson<S extends z.ZodType>(path: string, schema: S, fallback: z.output<S>): Promise<z.output<S>> {
  try {
    const parsed = schema.safeParse(JSON.parse(await fsp.readFile(path, 'utf8')));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/**
 * `storeDir` holds two files: `sync-servers.json`, each server's address, device id and private
 * key sealed by `sealer` (never the key in clear: without a key store, no computer is enrolled),
 * and `sync-server-positions.json`, where this computer is in each notebook's history there (a
 * damaged one only means the next listing pulls everything again).
 */
export function createSyncServerRemotes({
  storeDir,
  sealer,
  fetch = globalThis.fetch,
  fs = fsp as unknown as AtomicFs,
}: {
  storeDir: string;
  sealer: SecretSealer;
  fetch?: typeof globalThis.fetch;
  fs?: AtomicFs;
}) {
  const serversPath = join(storeDir, 'sync-servers.json');
  const positionsPath = join(storeDir, 'sync-server-positions.json');
  let servers: Promise<StoredServers> | null = null;
  let positions: Promise<Record<string, NotebookPosition>> | null = null;
  const clients = new Map<string, SyncServerClient>();
  /** Per token and notebook: the segments listed so far, read from the positions file at the first listing. */
  const listings = new Map<string, Listing>();
  const stash = new Map<string, Uint8Array>();
  let stashBytes = 0;

  const loadServers = () => (servers ??= readJson(serversPath, StoredServers, { servers: {} }));
  const loadPositions = () => (positions ??= readJson(positionsPath, Positions, {}));
  const write = (path: string, value: unknown) => writeFileAtomically(fs, path, new TextEncoder().encode(JSON.stringify(value)));

  const credentialOf = async (token: string): Promise<ServerCredential> => {
    const stored = (await loadServers()).servers[token];
    if (!stored) throw new SyncFolderProblemError('unknown-place');
    let d: string;
    try {
      d = sealer.open(Buffer.from(stored.sealedKey, 'base64'));
    } catch {
      throw new SyncFolderProblemError('server-key-unreadable');
    }
    return { url: stored.url, deviceId: stored.deviceId, privateKey: { kty: 'OKP', crv: 'Ed25519', d, x: stored.publicKey } };
  };

  const clientOf = async (token: string) => {
    let client = clients.get(token);
    if (!client) clients.set(token, (client = createSyncServerClient(await credentialOf(token), { fetch })));
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

  const listingOf = async (key: string): Promise<Listing> => {
    let listing = listings.get(key);
    if (!listing) {
      const known = (await loadPositions())[key];
      listing = { index: new Map(), listedTo: known?.listedTo ?? 0 };
      for (const [deviceId, seq, bytes, serverSeq] of known?.listed ?? [])
        listing.index.set(nameOf(deviceId, seq), { deviceId, seq, bytes, serverSeq });
      listings.set(key, listing);
    }
    return listing;
  };

  const listed = (segment: PulledSegment) => ({
    deviceId: segment.deviceId,
    seq: segment.seq,
    bytes: segment.bytes.length,
    serverSeq: segment.serverSeq,
  });

  /**
   * Keeps where this computer is in a notebook's history there: the listing, and the furthest
   * segment it knows the server holds (listed, or pushed), which the next listing checks is still there.
   */
  const remember = async (
    key: string,
    epoch: string,
    listing: Listing,
    furthest: { cursor: number; last: NotebookPosition['last'] },
    historyLost = false,
  ) => {
    const all = await loadPositions();
    const known = all[key];
    const further = known && !historyLost && known.epoch === epoch && known.cursor > furthest.cursor;
    const { cursor, last } = further ? known : furthest;
    all[key] = {
      epoch,
      cursor,
      last,
      listedTo: listing.listedTo,
      listed: [...listing.index.values()].map(({ deviceId, seq, bytes, serverSeq }) => [deviceId, seq, bytes, serverSeq]),
    };
    await write(positionsPath, all);
  };

  const guarded = rethrowingAs(asProblem);

  return {
    /** The credential behind a server's place token (the team client signs with it); null for a folder's. */
    async credentialOf(token: string): Promise<ServerCredential | null> {
      return token in (await loadServers()).servers ? credentialOf(token) : null;
    },

    /** Whether a place token names a server (else it is a folder's). */
    async owns(token: string): Promise<boolean> {
      return token in (await loadServers()).servers;
    },

    /** Enrols this computer with the agency's server and a one-time code; the token and name to sync with. */
    enrol: guarded(async (url: string, code: string): Promise<{ token: string; name: string }> => {
      if (!isServerAddress(url)) throw new SyncFolderProblemError('server-address-not-valid');
      if (!ENROLMENT_CODE.test(code.trim().toUpperCase())) throw new SyncFolderProblemError('server-code-not-valid');
      // Checked before the code is used: a code spent on a key this computer could not keep would be lost.
      if (!sealer.available()) throw new SyncFolderProblemError('server-key-store-unavailable');
      const credential = await enrolDevice(url, code, fetch);
      const token = randomBytes(16).toString('hex');
      const store = await loadServers();
      store.servers[token] = {
        url: credential.url,
        deviceId: credential.deviceId,
        publicKey: credential.privateKey.x,
        sealedKey: Buffer.from(sealer.seal(credential.privateKey.d)).toString('base64'),
      };
      await write(serversPath, store);
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
      const key = `${token}/${vaultId}`;
      const known = (await loadPositions())[key];
      let listing = await listingOf(key);
      let historyLost = false;
      // The check's page is the listing's first when the listing had got as far as the check.
      let page: PullPage | null = null;
      if (known) {
        const check = await client.pull(vaultId, known.cursor, { last: known.last });
        historyLost = !check.continues || check.epoch !== known.epoch;
        if (historyLost) listings.set(key, (listing = { index: new Map(), listedTo: 0 }));
        else if (known.cursor === listing.listedTo) page = check;
      }
      const before = listing.listedTo;
      let epoch: string;
      for (;;) {
        page ??= await client.pull(vaultId, listing.listedTo);
        epoch = page.epoch;
        if (page.segments.length === 0) break;
        for (const segment of page.segments) {
          listing.index.set(nameOf(segment.deviceId, segment.seq), listed(segment));
          keep(`${key}/${nameOf(segment.deviceId, segment.seq)}`, segment.bytes);
        }
        listing.listedTo = page.segments.at(-1)!.serverSeq;
        page = null;
      }
      if (listing.listedTo !== before || historyLost || !known) {
        const lastSegment = [...listing.index.values()].find((segment) => segment.serverSeq === listing.listedTo);
        const last = lastSegment ? { writer: lastSegment.deviceId, seq: lastSegment.seq } : null;
        await remember(key, epoch, listing, { cursor: listing.listedTo, last }, historyLost);
      }
      const segments = [...listing.index.values()].map(({ deviceId, seq, bytes }) => ({ deviceId, seq, bytes }));
      return { segments, strays: [], historyLost };
    }),

    readSegment: guarded(async (token: string, vaultId: string, deviceId: string, seq: number): Promise<Uint8Array<ArrayBuffer>> => {
      const key = `${token}/${vaultId}`;
      const kept = take(`${key}/${nameOf(deviceId, seq)}`);
      if (kept) return new Uint8Array(kept);
      const found = (await listingOf(key)).index.get(nameOf(deviceId, seq));
      if (!found) throw new SyncFolderProblemError('segment-missing');
      const page = await (await clientOf(token)).pull(vaultId, found.serverSeq - 1);
      for (const segment of page.segments.slice(1)) keep(`${key}/${nameOf(segment.deviceId, segment.seq)}`, segment.bytes);
      const first = page.segments[0];
      if (!first || first.deviceId !== deviceId || first.seq !== seq) throw new SyncFolderProblemError('segment-missing');
      return new Uint8Array(first.bytes);
    }),

    writeSegment: guarded(async (token: string, vaultId: string, deviceId: string, seq: number, bytes: Uint8Array) => {
      const key = `${token}/${vaultId}`;
      try {
        const stored = await (await clientOf(token)).push(vaultId, deviceId, seq, bytes);
        // Right after what was listed: it joins the listing, and is not pulled back.
        const listing = await listingOf(key);
        if (stored.serverSeq === listing.listedTo + 1) {
          listing.index.set(nameOf(deviceId, seq), { deviceId, seq, bytes: bytes.length, serverSeq: stored.serverSeq });
          listing.listedTo = stored.serverSeq;
        }
        await remember(key, stored.epoch, listing, { cursor: stored.serverSeq, last: { writer: deviceId, seq } });
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
