/**
 * The sync server against a real PostgreSQL: push and pull, paging, long-poll, sending again,
 * writers committing slowly while readers poll (each reader sees each segment exactly once, in
 * order), revocation of a waiting device, and the restore drill (the database goes back in time
 * and a reader notices).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullPage } from '@shared/sync/server-protocol';
import { SyncServerError, type SyncServerClient } from '../../electron/main/sync-server-client';
import { startTestServer, type TestServer } from './server-fixture';

const vaultId = () => randomBytes(16).toString('hex');
const writerId = () => randomBytes(8).toString('hex');
const sealed = (bytes: number) => new Uint8Array(randomBytes(bytes));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** Every segment after `after`, page by page, and the pages' sizes. */
async function pullAll(client: SyncServerClient, vault: string, after = 0) {
  const pages: PullPage[] = [];
  let cursor = after;
  for (;;) {
    const page = await client.pull(vault, cursor);
    if (page.segments.length === 0) return { pages, segments: pages.flatMap((p) => p.segments), cursor };
    pages.push(page);
    cursor = page.segments.at(-1)!.serverSeq;
  }
}

describe('push and pull', () => {
  it('gives back every segment in the order it was committed, with its name and bytes', async () => {
    const { client } = await server.enrol();
    const vault = vaultId();
    const writer = writerId();
    const sent = [sealed(300), sealed(5000), sealed(70)];
    for (const [i, bytes] of sent.entries()) expect((await client.push(vault, writer, i + 1, bytes)).serverSeq).toBe(i + 1);
    const { segments } = await pullAll(client, vault);
    expect(segments.map((s) => [s.serverSeq, s.deviceId, s.seq])).toEqual([
      [1, writer, 1],
      [2, writer, 2],
      [3, writer, 3],
    ]);
    segments.forEach((s, i) => expect(Buffer.from(s.bytes).equals(Buffer.from(sent[i]!))).toBe(true));
    expect((await client.pull(vault, 2)).segments.map((s) => s.serverSeq)).toEqual([3]);
    expect(await client.vaults()).toEqual([{ vaultId: vault, epoch: expect.any(String), head: 3 }]);
  });

  it('takes the same segment sent again as the one it has, and refuses another under a name already taken', async () => {
    const { client } = await server.enrol();
    const vault = vaultId();
    const writer = writerId();
    const bytes = sealed(1000);
    const first = await client.push(vault, writer, 1, bytes);
    // The answer was lost; the laptop sends it again.
    expect(await client.push(vault, writer, 1, bytes)).toEqual(first);
    await expect(client.push(vault, writer, 1, sealed(1000))).rejects.toEqual(new SyncServerError('segment-exists'));
    await expect(client.push(vault, writer, 1, bytes.subarray(0, 999))).rejects.toEqual(new SyncServerError('segment-exists'));
    const { segments } = await pullAll(client, vault);
    expect(segments).toHaveLength(1);
    expect(Buffer.from(segments[0]!.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('pages at about 1 MB, a larger segment alone, and loses nothing across pages', async () => {
    const { client } = await server.enrol();
    const vault = vaultId();
    const writer = writerId();
    const sizes = [400_000, 400_000, 400_000, 2_500_000, 100_000, 100_000];
    for (const [i, size] of sizes.entries()) await client.push(vault, writer, i + 1, sealed(size));
    const { pages, segments } = await pullAll(client, vault);
    expect(pages.map((page) => page.segments.map((s) => s.bytes.length))).toEqual([
      [400_000, 400_000],
      [400_000],
      [2_500_000],
      [100_000, 100_000],
    ]);
    expect(segments.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('answers a waiting pull as soon as another computer pushes', async () => {
    const laptop = await server.enrol();
    const desktop = await server.enrol(laptop.account);
    const vault = vaultId();
    await laptop.client.push(vault, writerId(), 1, sealed(10));
    const waiting = laptop.client.pull(vault, 1, { wait: 20 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const writer = writerId();
    await desktop.client.push(vault, writer, 1, sealed(20));
    const page = await waiting;
    expect(page.segments.map((s) => [s.serverSeq, s.deviceId])).toEqual([[2, writer]]);
  });

  it('keeps each account to its own notebooks', async () => {
    const peer = await server.enrol();
    const other = await server.enrol();
    const vault = vaultId();
    await peer.client.push(vault, writerId(), 1, sealed(10));
    await expect(other.client.pull(vault, 0)).rejects.toEqual(new SyncServerError('forbidden'));
    await expect(other.client.push(vault, writerId(), 1, sealed(10))).rejects.toEqual(new SyncServerError('forbidden'));
    expect(await other.client.vaults()).toEqual([]);
  });
});

describe('writers and readers at once', () => {
  it('shows every reader every segment exactly once, in order, while writers hold their transactions open', async () => {
    const first = await server.enrol();
    const writers = [first, await server.enrol(first.account), await server.enrol(first.account)];
    const readers = await Promise.all([1, 2, 3].map(() => server.enrol(first.account)));
    const vault = vaultId();
    await first.client.push(vault, writerId(), 1, sealed(10));
    const expected = new Set<string>();
    let writing = true;

    const read = async (client: SyncServerClient) => {
      const seen: string[] = [];
      const numbers: number[] = [];
      let cursor = 0;
      while (writing || cursor < (await client.vaults()).find((v) => v.vaultId === vault)!.head) {
        const page = await client.pull(vault, cursor, { wait: 1 });
        for (const s of page.segments) {
          seen.push(`${s.deviceId}/${s.seq}`);
          numbers.push(s.serverSeq);
        }
        cursor = page.segments.at(-1)?.serverSeq ?? cursor;
      }
      return { seen, numbers };
    };

    /** A push the way the server makes one, but holding its transaction open a while before committing. */
    const slowPush = async (writer: string, seq: number) => {
      const client = await server.pool.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ head: string }>('UPDATE vaults SET head = head + 1 WHERE vault_id = $1 RETURNING head', [
          vault,
        ]);
        await client.query(
          "INSERT INTO segments (vault_id, server_seq, writer, seq, size, bytes) VALUES ($1, $2, decode($3, 'hex'), $4, 3, $5)",
          [vault, rows[0]!.head, writer, seq, randomBytes(3)],
        );
        await new Promise((resolve) => setTimeout(resolve, 150));
        await client.query("SELECT pg_notify('pn_head', $1)", [vault]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      expected.add(`${writer}/${seq}`);
    };

    const reading = readers.map(({ client }) => read(client));
    await Promise.all(
      writers.map(async ({ client }, w) => {
        const writer = writerId();
        for (let seq = 1; seq <= 12; seq++) {
          if ((seq + w) % 3 === 0) await slowPush(writer, seq);
          else {
            await client.push(vault, writer, seq, sealed(50));
            expected.add(`${writer}/${seq}`);
          }
        }
      }),
    );
    writing = false;
    const results = await Promise.all(reading);
    const all = 1 + 3 * 12;
    for (const { seen, numbers } of results) {
      expect(numbers).toEqual(Array.from({ length: all }, (_, i) => i + 1));
      expect(new Set(seen).size).toBe(all);
      for (const name of expected) expect(seen).toContain(name);
    }
  });
});

describe('revocation', () => {
  it('ends a revoked device’s waiting pull within seconds and refuses it from then on', async () => {
    const peer = await server.enrol();
    const vault = vaultId();
    await peer.client.push(vault, writerId(), 1, sealed(10));
    const waiting = peer.client.pull(vault, 1, { wait: 25 }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const revokedAt = Date.now();
    expect((await server.admin(['revoke', peer.credential.deviceId])).code).toBe(0);
    expect(await waiting).toEqual(new SyncServerError('revoked'));
    expect(Date.now() - revokedAt).toBeLessThan(5000);
    await expect(peer.client.vaults()).rejects.toEqual(new SyncServerError('revoked'));
    await expect(peer.client.push(vault, writerId(), 1, sealed(10))).rejects.toEqual(new SyncServerError('revoked'));
  });
});

describe('the restore drill', () => {
  it('lets a reader notice that the database went back in time, even after new pushes', async () => {
    const { client } = await server.enrol();
    const vault = vaultId();
    const writer = writerId();
    for (let seq = 1; seq <= 3; seq++) await client.push(vault, writer, seq, sealed(100));
    // The night's backup: a copy of every row.
    await server.pool.query('CREATE TABLE backup_vaults AS SELECT * FROM vaults WHERE vault_id = $1', [vault]);
    await server.pool.query('CREATE TABLE backup_segments AS SELECT * FROM segments WHERE vault_id = $1', [vault]);
    await client.push(vault, writer, 4, sealed(100));
    await client.push(vault, writer, 5, sealed(100));
    const { cursor } = await pullAll(client, vault);
    const last = { writer, seq: 5 };
    expect((await client.pull(vault, cursor, { last })).continues).toBe(true);

    // The database is restored from that backup.
    await server.pool.query('DELETE FROM segments WHERE vault_id = $1', [vault]);
    await server.pool.query('INSERT INTO segments SELECT * FROM backup_segments');
    await server.pool.query('UPDATE vaults SET head = b.head FROM backup_vaults b WHERE vaults.vault_id = b.vault_id');
    const behind = await client.pull(vault, cursor, { last });
    expect(behind).toMatchObject({ continues: false, head: 3, segments: [] });

    // Another computer pushed since: the head is past the reader's cursor again, on another history.
    const other = writerId();
    await client.push(vault, other, 1, sealed(100));
    await client.push(vault, other, 2, sealed(100));
    expect((await client.pull(vault, cursor, { last })).continues).toBe(false);

    // The admin tool marks the restore: every notebook gets a new epoch.
    const before = (await client.vaults())[0]!.epoch;
    expect((await server.admin(['restored'])).code).toBe(0);
    expect((await client.vaults())[0]!.epoch).not.toBe(before);
  });
});
