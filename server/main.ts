/**
 * `npm run server`: the agency's sync server. With DATABASE_URL it uses the agency's own
 * PostgreSQL; without, a real PostgreSQL from npm keeping its data in SERVER_DATA (default
 * `.server-data/`). Migrations run at start. Listens on HOST:PORT (default 127.0.0.1:8787): put a
 * reverse proxy with TLS in front of it (docs/SERVER.md). DATABASE_REPLICA_URL, when set, is a
 * streaming replica pulls read from.
 */
import pg from 'pg';
import { buildServer } from './app';
import { ChangeWatch } from './change-watch';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database';
import { migrate } from './migrations';

const env = process.env;
let embedded: EmbeddedDatabase | null = null;
let databaseUrl = env.DATABASE_URL;
if (!databaseUrl) {
  const folder = env.SERVER_DATA ?? '.server-data';
  console.log(`No DATABASE_URL: starting the embedded PostgreSQL, data in ${folder}/`);
  embedded = await startEmbeddedDatabase(folder);
  databaseUrl = embedded.url;
}
const primary = new pg.Pool({ connectionString: databaseUrl, max: Number(env.DATABASE_POOL_SIZE ?? 20) });
const replica = env.DATABASE_REPLICA_URL
  ? new pg.Pool({ connectionString: env.DATABASE_REPLICA_URL, max: Number(env.DATABASE_POOL_SIZE ?? 20) })
  : undefined;
const applied = await migrate(primary);
if (applied.length) console.log(`Database migrated: ${applied.join(', ')}`);
const watch = new ChangeWatch(databaseUrl);
await watch.start();
const app = await buildServer({ primary, replica, watch, logger: { level: env.LOG_LEVEL ?? 'info' } });
const address = await app.listen({ host: env.HOST ?? '127.0.0.1', port: Number(env.PORT ?? 8787) });
console.log(`Peer Notebook sync server on ${address}`);

async function shutdown() {
  await app.close();
  await watch.stop();
  await primary.end();
  await replica?.end();
  await embedded?.stop();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
