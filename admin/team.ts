/**
 * The admin tool's team commands (docs/team-format.md), against the sync server's database:
 *
 *   team-add --account <id> --role peer|supervisor [--team <id>] [--key-file <member key file>]
 *   team-remove <memberId>
 *   team-members [--team <id>]
 *   team-sign --key <policy-signing key file> [--team <id>] [--out <file>]
 *
 * A member is an account (a random id) with a role. Their app sends its public keys to the server
 * (or the member hands over a key file); `team-members` prints each member's fingerprint to compare
 * with the one their app shows, and `team-sign` signs the list of every member still on the team
 * with the agency's policy-signing key and publishes it (and writes it to a file, for computers
 * without the server). A removed member is refused by the server at once, what waits for them is
 * deleted, and the next signed list leaves them out, so nothing written after is sealed to them.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Sodium } from '@shared/crypto/sodium';
import { openAgencyPrivateKey } from '@shared/crypto/agency-key';
import { readMemberKeyFile, teamKeyFingerprint } from '@shared/team/team-identity';
import { signTeamDirectory, TEAM_DIRECTORY_FORMAT_VERSION, TEAM_ID, TeamRole } from '@shared/team/team-directory';
import type { AdminIo } from './admin-io';
import { AdminError, UsageError } from './admin-errors';
import { readSecret } from './secrets';
import { databaseUrl, withDatabase } from './sync-server';
import { readJsonFile, writePrivateFile } from './files';

export interface TeamOptions {
  serverData?: string;
  account?: string;
  role?: string;
  team?: string;
  keyFile?: string;
  key?: string;
  out?: string;
  member?: string;
}

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** The team named, or the server's only team; a new one when there is none and `create` is set. */
async function teamOf(client: pg.Client, named: string | undefined, create: boolean): Promise<string> {
  if (named !== undefined) {
    if (!TEAM_ID.test(named)) throw new UsageError('A team id is 32 hex digits, as "team-add" printed it.');
    const known = await client.query('SELECT 1 FROM teams WHERE team_id = $1', [named]);
    if (!known.rowCount) throw new AdminError(`There is no team ${named} on this server.`);
    return named;
  }
  const { rows } = await client.query<{ team_id: string }>('SELECT team_id FROM teams ORDER BY team_id LIMIT 2');
  if (rows.length === 1) return rows[0]!.team_id;
  if (rows.length > 1) throw new UsageError('This server has more than one team: say which with --team <id>.');
  if (!create) throw new AdminError('There is no team on this server yet. Add its first member with "team-add".');
  const teamId = randomBytes(16).toString('hex');
  await client.query('INSERT INTO teams (team_id) VALUES ($1)', [teamId]);
  return teamId;
}

async function readKeyFile(sodium: Sodium, path: string) {
  const keys = readMemberKeyFile(sodium, await readJsonFile(path));
  if (!keys) throw new AdminError(`${path} is not a member key file, or it was changed. Use the file the member's app saved.`);
  return keys;
}

export async function teamCommand(sodium: Sodium, io: AdminIo, command: string, options: TeamOptions): Promise<void> {
  const url = await databaseUrl(io, options.serverData);
  const keysFromFile = options.keyFile ? await readKeyFile(sodium, options.keyFile) : null;
  await withDatabase(url, async (client) => {
    switch (command) {
      case 'team-add': {
        const role = TeamRole.safeParse(options.role);
        if (!options.account || !role.success) throw new UsageError('team-add needs --account <id> and --role peer or --role supervisor.');
        const account = await client.query('SELECT 1 FROM accounts WHERE account_id = $1', [options.account]);
        if (!account.rowCount) throw new AdminError(`There is no account ${options.account} on this server. Make one with "enrol".`);
        const taken = await client.query('SELECT member_id FROM team_members WHERE account_id = $1', [options.account]);
        if (taken.rowCount) throw new AdminError(`Account ${options.account} is already member ${taken.rows[0].member_id}.`);
        const teamId = await teamOf(client, options.team, true);
        const memberId = randomBytes(16).toString('hex');
        await client.query(
          'INSERT INTO team_members (member_id, team_id, account_id, role, signing_key, sealing_key) VALUES ($1, $2, $3, $4, $5, $6)',
          [
            memberId,
            teamId,
            options.account,
            role.data,
            keysFromFile && Buffer.from(keysFromFile.signingKey),
            keysFromFile && Buffer.from(keysFromFile.sealingKey),
          ],
        );
        io.out(`Team: ${teamId}`);
        io.out(`Member: ${memberId} (${role.data})`);
        io.out('Their app sends its keys when it next reaches the server; then compare fingerprints ("team-members") and run "team-sign".');
        return;
      }
      case 'team-remove': {
        if (!options.member || !TEAM_ID.test(options.member))
          throw new UsageError('Give the member id to remove (32 hex digits, from "team-members").');
        const removed = await client.query('UPDATE team_members SET removed = true WHERE member_id = $1 AND NOT removed', [options.member]);
        if (!removed.rowCount) throw new AdminError(`There is no member ${options.member} still on a team on this server.`);
        await client.query('DELETE FROM team_mail WHERE recipient = $1', [options.member]);
        io.out(`Member ${options.member} is removed: the server refuses them from now on.`);
        io.out('Run "team-sign" now, so every app stops sealing anything to them.');
        return;
      }
      case 'team-members': {
        const teamId = await teamOf(client, options.team, false);
        const { rows } = await client.query<{
          member_id: string;
          role: string;
          signing_key: Buffer | null;
          sealing_key: Buffer | null;
          removed: boolean;
        }>('SELECT member_id, role, signing_key, sealing_key, removed FROM team_members WHERE team_id = $1 ORDER BY role, member_id', [
          teamId,
        ]);
        io.out(`Team: ${teamId}`);
        for (const row of rows) {
          const keys = row.signing_key && row.sealing_key ? { signingKey: row.signing_key, sealingKey: row.sealing_key } : null;
          const state = row.removed
            ? 'removed'
            : keys
              ? `fingerprint ${teamKeyFingerprint(sodium, keys)}`
              : 'keys not sent by their app yet';
          io.out(`${row.member_id}  ${row.role.padEnd(10)}  ${state}`);
        }
        return;
      }
      case 'team-sign': {
        if (!options.key) throw new UsageError('team-sign signs with the agency policy-signing key: --key <policy-signing-key.json>.');
        const teamId = await teamOf(client, options.team, false);
        const file = await readJsonFile(options.key);
        const passphrase = await readSecret(io, 'agencyPassphrase', 'Policy-signing key passphrase: ');
        const { privateKey } = openAgencyPrivateKey(sodium, file, 'policy-signing', passphrase);
        const { rows } = await client.query<{ member_id: string; role: TeamRole; signing_key: Buffer | null; sealing_key: Buffer | null }>(
          'SELECT member_id, role, signing_key, sealing_key FROM team_members WHERE team_id = $1 AND NOT removed ORDER BY member_id',
          [teamId],
        );
        const listed = rows.filter((row) => row.signing_key && row.sealing_key);
        const { rows: serials } = await client.query<{ directory_serial: string }>(
          'SELECT directory_serial FROM teams WHERE team_id = $1',
          [teamId],
        );
        const serial = Number(serials[0]!.directory_serial) + 1;
        const directory = signTeamDirectory(
          sodium,
          {
            type: 'peer-notebook/team-directory',
            format: TEAM_DIRECTORY_FORMAT_VERSION,
            teamId,
            serial,
            issuedAt: new Date().toISOString(),
            members: listed.map((row) => ({
              memberId: row.member_id,
              role: row.role,
              signingKey: b64url(row.signing_key!),
              sealingKey: b64url(row.sealing_key!),
            })),
          },
          privateKey,
        );
        sodium.memzero(privateKey);
        const text = JSON.stringify(directory, null, 2);
        await client.query('UPDATE teams SET directory = $2, directory_serial = $3 WHERE team_id = $1', [
          teamId,
          Buffer.from(text),
          serial,
        ]);
        if (options.out) await writePrivateFile(options.out, `${text}\n`);
        io.out(`Team list ${serial} signed and published: ${listed.length} members.`);
        for (const row of rows.filter((row) => !listed.includes(row)))
          io.out(`Not listed yet (their app has not sent its keys): ${row.member_id}`);
        return;
      }
    }
  });
}
