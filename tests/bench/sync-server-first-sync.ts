/**
 * A notebook's first sync onto an empty laptop through the agency's server, beside its floor. A
 * laptop pushes a notebook of `records` people to a server on loopback (a fresh embedded
 * PostgreSQL) with the app's runner, main-process remote and signed client; an empty laptop then
 * joins through the server. The floor is the same join from a folder on the local disk holding the
 * very segments the server holds: reading, decrypting and writing those bytes, with no network or
 * database. Vaults run in Node over fake-indexeddb, as in sync.ts, so times are an upper bound
 * (the app's IndexedDB is faster); bytes are exact. Also: the segments table's size on disk over
 * the sealed bytes, for segments the size the app writes when it sends a whole notebook.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostApi } from '@shared/host-api';
import { createSyncFolders } from '../../electron/main/sync-folders';
import { createSyncServerRemotes } from '../../electron/main/sync-server-remote';
import { syncHostCalls } from '../../electron/main/host-handlers';
import { createSyncRunner } from '../../renderer/src/features/sync/sync-runner';
import { FakeKeyStore } from '../electron/main/fakes';
import { callsOf, openTestVault, PASSPHRASE } from '../renderer/vault/vault-fixture';
import { notebookOfPeople } from './sync';
import { startBenchServer } from './sync-server';

const ask = async () => true;
const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function measureServerFirstSync(records = 50_000): Promise<object> {
  const server = await startBenchServer();
  const dir = await mkdtemp(join(tmpdir(), 'peer-notebook-bench-first-sync-'));
  try {
    /** A computer's main process, counting the bytes its requests send and their replies bring. */
    const computer = async (name: string, folder = '') => {
      await mkdir(join(dir, name));
      const wire = { sent: 0, received: 0 };
      const counting: typeof fetch = async (input, init) => {
        wire.sent += init?.body instanceof Uint8Array ? init.body.length : typeof init?.body === 'string' ? init.body.length : 0;
        const response = await fetch(input, init);
        wire.received += Number(response.headers.get('content-length') ?? 0);
        return response;
      };
      const servers = createSyncServerRemotes({ storeDir: join(dir, name), sealer: new FakeKeyStore(), fetch: counting });
      const folders = createSyncFolders({ chooseFolder: async () => folder, storePath: join(dir, `${name}-folders.json`) });
      return { wire, host: syncHostCalls(folders, servers) as unknown as HostApi };
    };
    const enrol = async (host: HostApi, account?: string) => {
      const out = await server.admin(account ? ['enrol', '--account', account] : ['enrol']);
      const enrolment = await host.enrolSyncServer(server.url, /Enrolment code: (\S+)/.exec(out)![1]!);
      if (!enrolment.ok) throw new Error(`enrolment refused: ${enrolment.problem}`);
      return { choice: enrolment.choice, account: /Account: (\S+)/.exec(out)![1]! };
    };

    const { laptop, ciphertextBytes } = await notebookOfPeople(records);
    const first = await computer('laptop');
    const { choice, account } = await enrol(first.host);
    const laptopCalls = callsOf(laptop.vault);
    await laptopCalls('sync.setFolder', choice);
    let started = performance.now();
    const pushed = await createSyncRunner({ vault: laptopCalls, host: first.host }).sync({ ask });
    const pushMs = performance.now() - started;
    const { rows: sizes } = await server.pool.query<{ count: string; sealed: string; largest: number }>(
      'SELECT count(*) AS count, sum(size) AS sealed, max(size) AS largest FROM segments',
    );
    const sealedBytes = Number(sizes[0]!.sealed);

    // The empty laptop joins through the server.
    const fresh = await computer('fresh');
    const { choice: freshChoice } = await enrol(fresh.host, account);
    const empty = await openTestVault();
    started = performance.now();
    const joined = await createSyncRunner({ vault: callsOf(empty.vault), host: fresh.host }).join(
      freshChoice,
      { passphrase: PASSPHRASE },
      { ask },
    );
    const serverJoinMs = performance.now() - started;
    const peakRss = process.memoryUsage().rss;

    // The floor: the same segments in a folder on this disk, joined from there.
    const { vaultId, header } = await laptopCalls('sync.identity');
    const folder = join(dir, 'floor');
    const notebookFolder = join(folder, 'peer-notebook-sync', vaultId);
    await mkdir(notebookFolder, { recursive: true });
    await writeFile(join(notebookFolder, 'header.json'), header);
    const { rows } = await server.pool.query<{ writer: string; seq: number; bytes: Buffer }>(
      "SELECT encode(writer, 'hex') AS writer, seq, bytes || bytes_rest AS bytes FROM segments",
    );
    for (const { writer, seq, bytes } of rows) {
      await mkdir(join(notebookFolder, 'segments', writer), { recursive: true });
      await writeFile(join(notebookFolder, 'segments', writer, `${String(seq).padStart(10, '0')}.pnseg`), bytes);
    }
    // The two vaults above are locked first: work they still do beside the floor (the search
    // index built after a join) would be timed as the floor's.
    await empty.vault.lock();
    await laptop.vault.lock();
    const local = await computer('local', folder);
    const floorVault = await openTestVault();
    const floorChoice = (await local.host.chooseSyncFolder())!;
    started = performance.now();
    const floorJoined = await createSyncRunner({ vault: callsOf(floorVault.vault), host: local.host }).join(
      floorChoice,
      { passphrase: PASSPHRASE },
      { ask },
    );
    const floorMs = performance.now() - started;

    return {
      records,
      ciphertextMiB: mib(ciphertextBytes),
      push: { ms: Math.round(pushMs), outcome: pushed.outcome, sentMiB: mib(first.wire.sent) },
      segments: { count: Number(sizes[0]!.count), sealedMiB: mib(sealedBytes), largestMiB: mib(sizes[0]!.largest) },
      storedOverSealed: await server.storedOverSealed(),
      firstSyncOntoEmptyLaptop: {
        ms: Math.round(serverJoinMs),
        receivedMiB: mib(fresh.wire.received),
        sentMiB: mib(fresh.wire.sent),
        outcome: joined.outcome,
        added: joined.outcome === 'synced' ? joined.pulled.added : 0,
      },
      floorSameSegmentsFromLocalFolder: {
        ms: Math.round(floorMs),
        outcome: floorJoined.outcome,
        added: floorJoined.outcome === 'synced' ? floorJoined.pulled.added : 0,
      },
      serverOverFloor: Math.round((serverJoinMs / floorMs) * 100) / 100,
      peakRssMiB: mib(peakRss),
      note: 'vaults in Node over fake-indexeddb; server and database on loopback on this machine; joins include one Argon2id derivation at the floor',
    };
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
