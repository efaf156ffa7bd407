/**
 * Migration 0003 (segments stored compactly) over a database that already holds a notebook under
 * the first schema (text ids, a SHA-256 per segment) and already ran the later 0004 (teams), as an
 * agency's server does when it is updated: the notebook is still there, byte for byte, under the
 * same names and numbers, sends again as before, and takes new segments after its old ones.
 */
import { randomBytes, createHash } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncServerError } from '../../electron/main/sync-server-client';
import { migrate, MIGRATIONS } from '../../server/migrations';
import { startTestServer, type TestServer } from './server-fixture';

const COMPACT_SEGMENTS = '0003_compact_segments.sql';

const account = randomBytes(16).toString('hex');
const vault = randomBytes(16).toString('hex');
const header = JSON.stringify({ format: 1, slots: ['wrapped key'] });
/**
 * Sizes either side of where PostgreSQL moves a value out of the row (about 2 KB), and around
 * whole TOAST chunks (1,996 bytes), where the migration splits a segment's bytes in two.
 */
const old = [70, 1500, 3980, 3992, 3995, 5000, 300_000].map((size, i) => ({
  writer: randomBytes(8).toString('hex'),
  seq: i + 1,
  bytes: randomBytes(size),
}));

/** The notebook as the server stored it before 0003: its rows as the first schema has them. */
async function storedUnderTheFirstSchema(pool: pg.Pool): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'pn-migrations-'));
  try {
    await cp(MIGRATIONS, folder, { recursive: true, filter: (source) => !source.endsWith(COMPACT_SEGMENTS) });
    expect(await migrate(pool, folder)).toEqual(['0001_init.sql', '0002_unlogged_nonces.sql', '0004_team.sql']);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  await pool.query('INSERT INTO accounts (account_id) VALUES ($1)', [account]);
  await pool.query('INSERT INTO vaults (vault_id, account_id, epoch, head, header) VALUES ($1, $2, $3, $4, $5)', [
    vault,
    account,
    'a1b2c3d4e5f60718',
    old.length,
    Buffer.from(header, 'utf8'),
  ]);
  for (const [i, { writer, seq, bytes }] of old.entries())
    await pool.query('INSERT INTO segments (vault_id, server_seq, writer, seq, size, sha256, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      vault,
      i + 1,
      writer,
      seq,
      bytes.length,
      createHash('sha256').update(bytes).digest(),
      bytes,
    ]);
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, undefined, storedUnderTheFirstSchema);
});
afterAll(() => server.stop());

describe('a server updated over a notebook stored under the first schema', () => {
  it('serves the old segments byte for byte, under their names and numbers, and takes new ones after them', async () => {
    const { rows } = await server.pool.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY applied_at, name');
    expect(rows.map((row) => row.name).at(-1)).toBe(COMPACT_SEGMENTS);

    const { client } = await server.enrol(account);
    expect(await client.vaults()).toEqual([{ vaultId: vault, epoch: 'a1b2c3d4e5f60718', head: old.length }]);
    expect(await client.readHeader(vault)).toMatchObject({ header, head: old.length });

    const pulled = [];
    for (let after = 0; ;) {
      const page = await client.pull(vault, after);
      if (page.segments.length === 0) break;
      pulled.push(...page.segments);
      after = page.segments.at(-1)!.serverSeq;
    }
    expect(pulled.map(({ serverSeq, deviceId, seq }) => ({ serverSeq, deviceId, seq }))).toEqual(
      old.map(({ writer, seq }, i) => ({ serverSeq: i + 1, deviceId: writer, seq })),
    );
    pulled.forEach((segment, i) => expect(Buffer.from(segment.bytes).equals(old[i]!.bytes)).toBe(true));
    const last = old.at(-1)!;
    expect((await client.pull(vault, old.length, { last: { writer: last.writer, seq: last.seq } })).continues).toBe(true);

    // A push whose answer was lost before the update is taken as the one there; other bytes under its name are not.
    expect(await client.push(vault, last.writer, last.seq, last.bytes)).toMatchObject({ serverSeq: old.length });
    await expect(client.push(vault, old[5]!.writer, old[5]!.seq, randomBytes(5000))).rejects.toEqual(new SyncServerError('segment-exists'));

    const fresh = randomBytes(2500);
    expect(await client.push(vault, last.writer, last.seq + 1, fresh)).toMatchObject({ serverSeq: old.length + 1, head: old.length + 1 });
    const page = await client.pull(vault, old.length);
    expect(page.segments.map(({ deviceId, seq }) => ({ deviceId, seq }))).toEqual([{ deviceId: last.writer, seq: last.seq + 1 }]);
    expect(Buffer.from(page.segments[0]!.bytes).equals(fresh)).toBe(true);
  });
});
