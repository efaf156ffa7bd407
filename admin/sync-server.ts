/**
 * The admin tool's commands for the agency's sync server (server/, docs/SERVER.md), run against
 * its database: DATABASE_URL, or `--server-data <folder>` for the embedded PostgreSQL of
 * `npm run server` (its connection.json; the server must be running).
 *
 *   enrol [--account <id>]   a one-time enrolment code (7 days) for a new peer's account, or another device of one
 *   devices --account <id>   the account's devices
 *   revoke <deviceId>        refuses the device from now on; its waiting pulls end within seconds
 *   restored                 after restoring the database from a backup: every notebook gets a new
 *                            epoch, so each laptop sends again what the restored database lacks
 *
 * Codes are printed once and stored only as their SHA-256. Accounts and devices are random ids:
 * which peer an account is, the agency keeps in its own records, never on the server.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { DEVICE_ID, SERVER_CHANNELS } from '@shared/sync/server-protocol';
import type { AdminIo } from './admin-io';
import { AdminError, UsageError } from './admin-errors';

const CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const CODE_DAYS = 7;
const ACCOUNT_ID = /^[0-9a-f]{32}$/;

/** 20 characters of base32, in groups of four: about 100 random bits. */
export function newEnrolmentCode(): string {
  const chars = Array.from({ length: 20 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return [0, 4, 8, 12, 16].map((at) => chars.slice(at, at + 4).join('')).join('-');
}

export async function databaseUrl(io: AdminIo, serverData: string | undefined): Promise<string> {
  if (serverData) {
    try {
      const { url } = JSON.parse(await readFile(join(serverData, 'connection.json'), 'utf8')) as { url?: string };
      if (url) return url;
    } catch {
      // Said below in words.
    }
    throw new AdminError(
      `No sync server data was found in ${serverData}. Give the folder "npm run server" keeps its data in (SERVER_DATA, by default .server-data).`,
    );
  }
  const url = io.env.DATABASE_URL;
  if (!url)
    throw new UsageError(
      'Say which sync server database to use: set DATABASE_URL, or give --server-data <folder> for the one "npm run server" started.',
    );
  return url;
}

export async function withDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    throw new AdminError(
      'The sync server database could not be reached. Check that the server (or the agency PostgreSQL) is running and DATABASE_URL is right.',
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function syncServerCommand(
  io: AdminIo,
  command: 'enrol' | 'devices' | 'revoke' | 'restored',
  options: { account?: string; serverData?: string; device?: string },
): Promise<void> {
  if (options.account !== undefined && !ACCOUNT_ID.test(options.account))
    throw new UsageError('An account id is 32 hex digits, as "enrol" printed it.');
  const url = await databaseUrl(io, options.serverData);
  await withDatabase(url, async (client) => {
    switch (command) {
      case 'enrol': {
        let account = options.account;
        if (account) {
          const known = await client.query('SELECT 1 FROM accounts WHERE account_id = $1', [account]);
          if (!known.rowCount) throw new AdminError(`There is no account ${account} on this server.`);
        } else {
          account = randomBytes(16).toString('hex');
          await client.query('INSERT INTO accounts (account_id) VALUES ($1)', [account]);
        }
        const code = newEnrolmentCode();
        await client.query(
          `INSERT INTO enrolment_codes (code_sha256, account_id, expires_at) VALUES ($1, $2, now() + interval '${CODE_DAYS} days')`,
          [createHash('sha256').update(code, 'utf8').digest(), account],
        );
        io.out(`Account: ${account}`);
        io.out(`Enrolment code: ${code}`);
        io.out(
          `The peer types this code in Settings, Sync, within ${CODE_DAYS} days; it works once. Keep the account id with the peer's name in the agency's records, to enrol their next computer or revoke one.`,
        );
        return;
      }
      case 'devices': {
        if (!options.account) throw new UsageError('Say whose devices: --account <id>.');
        const { rows } = await client.query<{ device_id: string; enrolled_day: Date; revoked: boolean }>(
          'SELECT device_id, enrolled_day, revoked FROM devices WHERE account_id = $1 ORDER BY enrolled_day, device_id',
          [options.account],
        );
        if (rows.length === 0) io.out('No devices are enrolled for this account yet.');
        for (const row of rows)
          io.out(`${row.device_id}  enrolled ${row.enrolled_day.toISOString().slice(0, 10)}${row.revoked ? '  revoked' : ''}`);
        return;
      }
      case 'revoke': {
        if (!options.device || !DEVICE_ID.test(options.device))
          throw new UsageError('Give the device id to revoke (32 hex digits, from "devices").');
        const revoked = await client.query('UPDATE devices SET revoked = true WHERE device_id = $1', [options.device]);
        if (!revoked.rowCount) throw new AdminError(`There is no device ${options.device} on this server.`);
        await client.query('SELECT pg_notify($1, $2)', [SERVER_CHANNELS.revoked, options.device]);
        io.out(`Device ${options.device} is revoked: the server refuses it from now on.`);
        return;
      }
      case 'restored': {
        const { rowCount } = await client.query("UPDATE vaults SET epoch = substr(replace(gen_random_uuid()::text, '-', ''), 1, 16)");
        io.out(`${rowCount ?? 0} notebooks have a new epoch: each laptop sends again, at its next sync, what the restored database lacks.`);
        return;
      }
    }
  });
}
