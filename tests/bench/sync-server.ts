/**
 * The sync server under load on loopback: simulated devices (10 to a notebook) each push a
 * segment and pull what is new, over and over, for a bounded time, through the app's own client
 * (signed requests). Figures: segments (changes) a second, p95 pull latency, the server's memory
 * (in this process, with the clients), whether any device missed or saw twice a segment of its
 * notebook; segments are the size the app seals in a sync while the peer works online
 * (aSyncsSegmentBytes). What they cost on disk is sync-server-storage.ts's figure.
 */
import { mkdtemp } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildServer } from '../../server/app';
import { ChangeWatch } from '../../server/change-watch';
import { startEmbeddedDatabase } from '../../server/embedded-database';
import { migrate } from '../../server/migrations';
import { runAdmin } from '../../admin/admin';
import { createSyncServerClient, enrolDevice } from '../../electron/main/sync-server-client';
import { aSyncsSegmentBytes } from './sync-server-storage';

const DEVICES_PER_NOTEBOOK = 10;

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

/** A server on loopback over a fresh embedded PostgreSQL, with no rate limits; `admin` runs the admin tool against it. */
export async function startBenchServer() {
  const database = await startEmbeddedDatabase(await mkdtemp(join(tmpdir(), 'pn-bench-server-')), { persistent: false });
  const pool = new pg.Pool({ connectionString: database.url, max: 40 });
  // An idle connection ended by the database stopping at the end is not a failure of the run.
  pool.on('error', () => {});
  await migrate(pool);
  const watch = new ChangeWatch(database.url);
  await watch.start();
  const app = await buildServer({ primary: pool, watch, requestsPerMinute: 1_000_000, enrolmentsPerMinute: 1_000_000 });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    pool,
    async admin(argv: string[]) {
      const out: string[] = [];
      await runAdmin(argv, {
        out: (line) => out.push(line),
        err: () => {},
        env: { DATABASE_URL: database.url },
        askSecret: async () => null,
        close: () => {},
      });
      return out.join('\n');
    },
    /** The segments table's bytes on disk (heap, TOAST and indexes) over the sealed bytes it holds. */
    async storedOverSealed() {
      const { rows } = await pool.query<{ stored: string; sealed: string }>(
        "SELECT pg_total_relation_size('segments') AS stored, (SELECT sum(size) FROM segments) AS sealed",
      );
      return Math.round((Number(rows[0]!.stored) / Number(rows[0]!.sealed)) * 100) / 100;
    },
    async stop() {
      await app.close();
      await watch.stop();
      await pool.end();
      await database.stop();
    },
  };
}

export async function measureSyncServer({ devices = 200, seconds = 20 } = {}) {
  const server = await startBenchServer();
  const { url, admin } = server;
  const segmentBytes = await aSyncsSegmentBytes();
  try {
    const simulated = [];
    for (let i = 0; i < devices; i += DEVICES_PER_NOTEBOOK) {
      const account = /Account: (\S+)/.exec(await admin(['enrol']))![1]!;
      const vaultId = randomBytes(16).toString('hex');
      for (let j = 0; j < DEVICES_PER_NOTEBOOK && i + j < devices; j++) {
        const code = /Enrolment code: (\S+)/.exec(await admin(['enrol', '--account', account]))![1]!;
        simulated.push({ vaultId, client: createSyncServerClient(await enrolDevice(url, code)), writer: randomBytes(8).toString('hex') });
      }
    }
    const pushed = new Map<string, Set<string>>();
    const latencies: number[] = [];
    let peakRss = 0;
    const deadline = Date.now() + seconds * 1000;
    const started = Date.now();
    const seen = await Promise.all(
      simulated.map(async ({ vaultId, client, writer }) => {
        const names: string[] = [];
        let cursor = 0;
        let seq = 0;
        const pullAll = async () => {
          for (;;) {
            const begun = performance.now();
            const page = await client.pull(vaultId, cursor);
            latencies.push(performance.now() - begun);
            if (page.segments.length === 0) return;
            for (const s of page.segments) names.push(`${s.deviceId}/${s.seq}`);
            cursor = page.segments.at(-1)!.serverSeq;
          }
        };
        while (Date.now() < deadline) {
          seq += 1;
          await client.push(vaultId, writer, seq, randomBytes(segmentBytes));
          const set = pushed.get(vaultId) ?? new Set();
          set.add(`${writer}/${seq}`);
          pushed.set(vaultId, set);
          await pullAll();
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
        }
        return { vaultId, names, finish: pullAll };
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    let missed = 0;
    let duplicated = 0;
    for (const device of seen) {
      await device.finish();
      const expected = pushed.get(device.vaultId)!;
      duplicated += device.names.length - new Set(device.names).size;
      missed += [...expected].filter((name) => !device.names.includes(name)).length;
    }
    const segments = [...pushed.values()].reduce((sum, set) => sum + set.size, 0);
    return {
      devices,
      seconds: Math.round(elapsed),
      changesPerSecond: Math.round(segments / elapsed),
      segments,
      p95PullMs: Math.round(p95(latencies) * 10) / 10,
      peakRssMiB: Math.round(peakRss / 1024 / 1024),
      missed,
      duplicated,
      segmentBytes,
    };
  } finally {
    await server.stop();
  }
}
