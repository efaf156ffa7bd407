/**
 * The vaults and their sealed segments in PostgreSQL. Each vault's sequence is taken inside the
 * transaction that stores the segment (`UPDATE vaults SET head = head + 1 ... RETURNING head`):
 * the row lock holds every other writer of that vault until commit, so commit order is sequence
 * order, and every number up to a committed head is committed. A reader that asks "after N, up
 * to the head" therefore never skips a segment that commits later with a smaller number.
 *
 * Pulls may read a streaming replica: the head is read on the primary, and a replica holds a
 * prefix of the primary's commits, so it returns a prefix of what is there (never a gap, never
 * past the primary). A replica behind the primary only makes a page shorter.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { PULL_PAGE_BYTES, SERVER_CHANNELS, type PullPage, type VaultPosition } from '@shared/sync/server-protocol';

export type VaultAccess = 'not-found' | 'forbidden';

/** Rows a page is chosen from at once: a page of small segments stays one query. */
const PAGE_ROWS = 2000;

const newEpoch = () => randomBytes(8).toString('hex');

/*
 * Stored compactly (migrations/0003_compact_segments.sql): ids as bytes, given back in the API's
 * hex (a vault id is a uuid, which PostgreSQL reads from its 32 hex digits; a writer is 8 bytes of
 * bytea), and a segment's bytes in two parts, whole TOAST chunks and the rest.
 */
const VAULT_ID_HEX = "replace(vault_id::text, '-', '')";
const WRITER_HEX = "encode(writer, 'hex')";
const writerBytes = (param: string) => `decode(${param}, 'hex')`;
const SEGMENT_BYTES = 'bytes || bytes_rest';

interface VaultRow {
  account_id: string;
  epoch: string;
  head: string;
}

const position = (row: { epoch: string; head: string }): VaultPosition => ({ epoch: row.epoch, head: Number(row.head) });

export class VaultStore {
  constructor(
    private readonly primary: pg.Pool,
    private readonly replica: pg.Pool = primary,
  ) {}

  async vaultsOf(accountId: string): Promise<(VaultPosition & { vaultId: string })[]> {
    const { rows } = await this.primary.query<VaultRow & { vault_id: string }>(
      `SELECT ${VAULT_ID_HEX} AS vault_id, epoch, head FROM vaults WHERE account_id = $1 ORDER BY vault_id`,
      [accountId],
    );
    return rows.map((row) => ({ vaultId: row.vault_id, ...position(row) }));
  }

  /** Where a vault stands, if it is this account's. */
  async position(vaultId: string, accountId: string): Promise<VaultPosition | VaultAccess> {
    const { rows } = await this.primary.query<VaultRow>('SELECT account_id, epoch, head FROM vaults WHERE vault_id = $1', [vaultId]);
    return this.owned(rows[0], accountId) ?? position(rows[0]!);
  }

  async readHeader(vaultId: string, accountId: string): Promise<(VaultPosition & { header: string | null }) | VaultAccess> {
    const { rows } = await this.primary.query<VaultRow & { header: Buffer | null }>(
      'SELECT account_id, epoch, head, header FROM vaults WHERE vault_id = $1',
      [vaultId],
    );
    const row = rows[0];
    return this.owned(row, accountId) ?? { ...position(row!), header: row!.header ? row!.header.toString('utf8') : null };
  }

  /** Stores the notebook's header (its key slots), making the vault this account's when it is new. */
  async writeHeader(vaultId: string, accountId: string, header: string): Promise<VaultPosition | VaultAccess> {
    return this.inTransaction(async (client) => {
      const row = await this.claim(client, vaultId, accountId);
      if (typeof row === 'string') return row;
      await client.query('UPDATE vaults SET header = $2 WHERE vault_id = $1', [vaultId, Buffer.from(header, 'utf8')]);
      return position(row);
    });
  }

  /**
   * Stores a segment under the vault's next sequence number. The same segment sent again (same
   * name, same bytes: a push whose answer was lost) gets the number it already has; another
   * segment under a name already taken is refused, as a sync folder refuses it. The bytes are
   * compared with the stored ones only on that rare path, so a new push sends them once.
   */
  async push(
    vaultId: string,
    accountId: string,
    segment: { writer: string; seq: number; bytes: Uint8Array },
  ): Promise<(VaultPosition & { serverSeq: number }) | VaultAccess | 'segment-exists'> {
    const bytes = Buffer.from(segment.bytes.buffer, segment.bytes.byteOffset, segment.bytes.length);
    return this.inTransaction(async (client) => {
      const row = await this.claim(client, vaultId, accountId);
      if (typeof row === 'string') return row;
      const existing = await client.query<{ server_seq: string; size: number }>(
        `SELECT server_seq, size FROM segments WHERE vault_id = $1 AND writer = ${writerBytes('$2')} AND seq = $3`,
        [vaultId, segment.writer, segment.seq],
      );
      const found = existing.rows[0];
      if (found)
        return (await this.holds(client, vaultId, found, bytes))
          ? { ...position(row), serverSeq: Number(found.server_seq) }
          : 'segment-exists';
      const taken = await client.query<{ head: string; epoch: string }>(
        'UPDATE vaults SET head = head + 1 WHERE vault_id = $1 RETURNING head, epoch',
        [vaultId],
      );
      const { head, epoch } = taken.rows[0]!;
      await client.query(
        `INSERT INTO segments (vault_id, server_seq, writer, seq, size, bytes, bytes_rest)
         VALUES ($1, $2, ${writerBytes('$3')}, $4, $5, substring($6::bytea FROM 1 FOR segment_chunked_length($5)), substring($6::bytea FROM segment_chunked_length($5) + 1))`,
        [vaultId, head, segment.writer, segment.seq, bytes.length, bytes],
      );
      // Delivered at commit: every server process wakes the pulls waiting on this vault.
      await client.query('SELECT pg_notify($1, $2)', [SERVER_CHANNELS.head, vaultId]);
      return { epoch, head: Number(head), serverSeq: Number(head) };
    });
  }

  /**
   * Segments after `after`, in sequence order, up to about PULL_PAGE_BYTES (at least one).
   * `continues` is false when the segment the reader last had at `after` is not the one here:
   * the server's history is not the one the reader followed (its database went back).
   */
  async pull(
    vaultId: string,
    accountId: string,
    after: number,
    lastSegment: { writer: string; seq: number } | null,
  ): Promise<PullPage | VaultAccess> {
    const at = await this.position(vaultId, accountId);
    if (typeof at === 'string') return at;
    let continues = after <= at.head;
    if (continues && after > 0 && lastSegment) {
      const { rows } = await this.primary.query<{ writer: string; seq: number }>(
        `SELECT ${WRITER_HEX} AS writer, seq FROM segments WHERE vault_id = $1 AND server_seq = $2`,
        [vaultId, after],
      );
      continues = rows[0]?.writer === lastSegment.writer && rows[0]?.seq === lastSegment.seq;
    }
    if (!continues || after >= at.head) return { ...at, segments: [], continues };
    const sizes = await this.replica.query<{ server_seq: string; size: number }>(
      'SELECT server_seq, size FROM segments WHERE vault_id = $1 AND server_seq > $2 AND server_seq <= $3 ORDER BY server_seq LIMIT $4',
      [vaultId, after, at.head, PAGE_ROWS],
    );
    let last = after;
    let bytes = 0;
    for (const row of sizes.rows) {
      if (last > after && bytes + row.size > PULL_PAGE_BYTES) break;
      last = Number(row.server_seq);
      bytes += row.size;
    }
    if (last === after) return { ...at, segments: [], continues };
    const { rows } = await this.replica.query<{ server_seq: string; writer: string; seq: number; bytes: Buffer }>(
      `SELECT server_seq, ${WRITER_HEX} AS writer, seq, ${SEGMENT_BYTES} AS bytes FROM segments WHERE vault_id = $1 AND server_seq > $2 AND server_seq <= $3 ORDER BY server_seq`,
      [vaultId, after, last],
    );
    return {
      ...at,
      continues,
      segments: rows.map((row) => ({ serverSeq: Number(row.server_seq), deviceId: row.writer, seq: row.seq, bytes: row.bytes })),
    };
  }

  /** Whether the segment stored at `found` is these very bytes. */
  private async holds(
    client: pg.PoolClient,
    vaultId: string,
    found: { server_seq: string; size: number },
    bytes: Buffer,
  ): Promise<boolean> {
    if (found.size !== bytes.length) return false;
    const { rows } = await client.query<{ same: boolean }>(
      `SELECT ${SEGMENT_BYTES} = $3 AS same FROM segments WHERE vault_id = $1 AND server_seq = $2`,
      [vaultId, found.server_seq, bytes],
    );
    return rows[0]!.same;
  }

  /** The vault's row, locked for this transaction, made this account's if new; or why not. */
  private async claim(client: pg.PoolClient, vaultId: string, accountId: string): Promise<VaultRow | VaultAccess> {
    await client.query('INSERT INTO vaults (vault_id, account_id, epoch) VALUES ($1, $2, $3) ON CONFLICT (vault_id) DO NOTHING', [
      vaultId,
      accountId,
      newEpoch(),
    ]);
    const { rows } = await client.query<VaultRow>('SELECT account_id, epoch, head FROM vaults WHERE vault_id = $1 FOR UPDATE', [vaultId]);
    return this.owned(rows[0], accountId) ?? rows[0]!;
  }

  /** Null when the row is there and the account's; otherwise why the account may not use it. */
  private owned(row: { account_id: string } | undefined, accountId: string): VaultAccess | null {
    if (!row) return 'not-found';
    return row.account_id === accountId ? null : 'forbidden';
  }

  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.primary.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query(typeof result === 'string' ? 'ROLLBACK' : 'COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
