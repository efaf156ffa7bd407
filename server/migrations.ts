/**
 * Migrations: the plain SQL files in migrations/, applied in name order at start, each once, each
 * in its own transaction. Several server processes may start at once: an advisory lock lets one
 * apply them while the others wait, then find nothing left to do.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';

export const MIGRATIONS = join(import.meta.dirname, 'migrations');
/** Any fixed number: the lock that serialises migrations across processes. */
const MIGRATION_LOCK = 7_141_858;

/** `folder`: where the migrations are (a test gives a folder lacking a later one, to run it over older data). */
export async function migrate(pool: pg.Pool, folder = MIGRATIONS): Promise<string[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.sql')).sort();
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((row) => row.name));
    for (const name of files) {
      if (done.has(name)) continue;
      await client.query(await readFile(join(folder, name), 'utf8'));
      await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
