/**
 * A running sync server for a test file: its own database in the shared PostgreSQL
 * (global-setup.ts), migrated, served on a loopback port, with the log kept to read. Devices
 * enrol as the app does: a code from the admin tool, then a key made on the device.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { inject } from 'vitest';
import { buildServer, type ServerOptions } from '../../server/app';
import { ChangeWatch } from '../../server/change-watch';
import { migrate } from '../../server/migrations';
import { runAdmin } from '../../admin/admin';
import { createSyncServerClient, enrolDevice, type ServerCredential } from '../../electron/main/sync-server-client';

export interface TestServer {
  url: string;
  databaseUrl: string;
  pool: pg.Pool;
  /** Every line the server logged. */
  log: string[];
  /** Runs the admin tool against this server's database; its printed lines. */
  admin(argv: string[]): Promise<{ code: number; out: string }>;
  /** Every row of every table (bytes read as Latin-1 and as UTF-8) and every line logged, as one text to search for words. */
  everythingHeld(): Promise<string>;
  /** A new account's first device (or another device of `account`). */
  enrol(account?: string): Promise<{ account: string; credential: ServerCredential; client: ReturnType<typeof createSyncServerClient> }>;
  stop(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A uuid column (a notebook's id) read also in the API's 32-hex form, as a search for ids must find it. */
const idsAsTheApiSaysThem = (value: string) => (UUID.test(value) ? `${value}\n${value.replaceAll('-', '')}` : value);

/**
 * `cluster`: the PostgreSQL to make the database in; by default the server tests' one (global-setup.ts).
 * `before`: what the database held before this server first started (older data to migrate).
 */
export async function startTestServer(
  options: Partial<ServerOptions> = {},
  cluster?: string,
  before?: (pool: pg.Pool) => Promise<void>,
): Promise<TestServer> {
  const clusterUrl = new URL(cluster ?? inject('serverDatabaseUrl'));
  const name = `test_${randomBytes(6).toString('hex')}`;
  const root = new pg.Client({ connectionString: clusterUrl.href });
  await root.connect();
  await root.query(`CREATE DATABASE ${name}`);
  await root.end();
  clusterUrl.pathname = `/${name}`;
  const databaseUrl = clusterUrl.href;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 30 });
  // pool.end() can resolve before each client's goodbye is through: a database stopping right after then ends one, which is no failure.
  pool.on('error', () => {});
  await before?.(pool);
  await migrate(pool);
  const watch = new ChangeWatch(databaseUrl);
  await watch.start();
  const log: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      log.push(String(chunk));
      done();
    },
  });
  const app = await buildServer({ primary: pool, watch, logger: { level: 'info', stream }, enrolmentsPerMinute: 1000, ...options });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });

  const admin = async (argv: string[]) => {
    const out: string[] = [];
    const code = await runAdmin(argv, {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
      env: { DATABASE_URL: databaseUrl },
      askSecret: async () => null,
      close: () => undefined,
    });
    return { code, out: out.join('\n') };
  };

  return {
    url,
    databaseUrl,
    pool,
    log,
    admin,
    async everythingHeld() {
      const { rows: tables } = await pool.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      const text: string[] = [];
      for (const { tablename } of tables) {
        const { rows } = await pool.query(`SELECT * FROM ${tablename}`);
        for (const row of rows)
          for (const value of Object.values(row as Record<string, unknown>))
            text.push(
              Buffer.isBuffer(value) ? `${value.toString('latin1')}\n${value.toString('utf8')}` : idsAsTheApiSaysThem(String(value)),
            );
      }
      return text.join('\n') + log.join('\n');
    },
    async enrol(account) {
      const { out } = await admin(account ? ['enrol', '--account', account] : ['enrol']);
      const code = /Enrolment code: (\S+)/.exec(out)![1]!;
      const credential = await enrolDevice(url, code);
      return { account: /Account: (\S+)/.exec(out)![1]!, credential, client: createSyncServerClient(credential) };
    },
    async stop() {
      await app.close();
      await watch.stop();
      await pool.end();
    },
  };
}
