/**
 * The agency admin tool: `npm run admin -- <command>`. Every failure ends with a message that
 * says what to do and a non-zero exit code (2 for a command used wrongly, 1 for one that could not
 * finish); passphrases never come from the command line.
 */
import { parseArgs } from 'node:util';
import { loadSodium } from '@shared/crypto/sodium';
import { BackupFileError } from '@shared/backup/backup-errors';
import { AgencyKeyFileError } from '@shared/crypto/agency-key';
import { CryptoFailure } from '@shared/crypto/errors';
import type { AdminIo } from './admin-io';
import { AdminError, UsageError } from './admin-errors';
import { keygen } from './keygen';
import { verify } from './verify';
import { exportBackup } from './export';
import { SECRET_VARIABLES } from './secrets';
import { syncServerCommand } from './sync-server';
import { teamCommand } from './team';
import { reassignCaseload } from './team-reassign';
import { ReassignmentFailure } from '@shared/team/reassignment';

export const USAGE = `Peer Notebook agency admin tool

  npm run admin -- keygen --out <dir>
      Make the agency's recovery key pair in <dir>: a public key file for the app's agency
      configuration and a private key file encrypted under a passphrase. Prints the fingerprint.

  npm run admin -- verify <backup> [--key <private key file> | --passphrase | --recovery-code]
      Check a backup file. With no key: its structure and header. With a key: every part of its
      content too, and what it holds.

  npm run admin -- export <backup> --key <private key file> --out <dir>
      Decrypt a backup with the agency key into <dir>: one JSON file per person with their records,
      one for records that belong to no person, the audit trail, and index.json.

Sync server (docs/SERVER.md), against DATABASE_URL or --server-data <folder> of "npm run server":

  npm run admin -- enrol [--account <id>]
      A one-time enrolment code (valid 7 days) for a new peer's account, or for another computer
      of the account given.

  npm run admin -- devices --account <id>
      The account's enrolled devices.

  npm run admin -- revoke <deviceId>
      Refuses that device from now on (its waiting requests end within seconds).

  npm run admin -- restored
      After restoring the server's database from a backup: laptops send again what it lacks.

Teams (docs/team-format.md), on the same database:

  npm run admin -- team-add --account <id> --role peer|supervisor [--team <id>] [--key-file <file>]
      Puts an account on the team (the server's only team, made with its first member).
  npm run admin -- team-members [--team <id>]
      Each member's role and key fingerprint, to compare with the one their app shows.
  npm run admin -- team-remove <memberId>
      Takes a member off the team: the server refuses them at once; then run team-sign.
  npm run admin -- team-sign --key <policy-signing key file> [--out <file>]
      Signs the list of members with the agency's policy-signing key and publishes it (and writes
      it to <file>, for computers without the server).
  npm run admin -- team-reassign <backup> --from <memberId> --to <memberId> --key <private key file> --policy-key <policy-signing key file>
      A peer who left (taken off with team-remove): opens their backup with the agency key and
      hands every person still in their care, whole, to another peer, signed by the agency.

Passphrases are read from ${SECRET_VARIABLES.agencyPassphrase} (agency key), ${SECRET_VARIABLES.notebookPassphrase}
and ${SECRET_VARIABLES.recoveryCode} (a notebook's own), or typed at the prompt; never give them as arguments.
Exit codes: 0 done, 1 could not finish (bad file, wrong key...), 2 the command was used wrongly.`;

const OPTIONS = {
  out: { type: 'string' },
  key: { type: 'string' },
  passphrase: { type: 'boolean' },
  'recovery-code': { type: 'boolean' },
  account: { type: 'string' },
  'server-data': { type: 'string' },
  role: { type: 'string' },
  team: { type: 'string' },
  'key-file': { type: 'string' },
  'policy-key': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: string[]) {
  // A secret typed after --passphrase= would sit in shell history and the process list.
  if (argv.some((arg) => /^--(passphrase|recovery-code)=/.test(arg))) {
    throw new UsageError(
      `Passphrases and recovery codes are never given on the command line. Use --passphrase or --recovery-code alone and type it at the prompt, or set ${SECRET_VARIABLES.notebookPassphrase} / ${SECRET_VARIABLES.recoveryCode}.`,
    );
  }
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function onePositional(positionals: string[], what: string): string {
  if (positionals.length !== 2) throw new UsageError(`Give exactly one ${what} after "${positionals[0]}".`);
  return positionals[1]!;
}

async function run(argv: string[], io: AdminIo): Promise<void> {
  const { values, positionals } = parse(argv);
  const [command] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    if (!values.help) throw new UsageError('Name a command: keygen, verify, export, enrol, devices, revoke, restored or a team command.');
    return;
  }
  const server = { account: values.account, serverData: values['server-data'] };
  switch (command) {
    case 'enrol':
    case 'devices':
    case 'restored':
      if (positionals.length !== 1) throw new UsageError(`${command} takes no other words; see --help.`);
      return syncServerCommand(io, command, server);
    case 'revoke':
      return syncServerCommand(io, command, { ...server, device: onePositional(positionals, 'device id') });
  }
  const sodium = await loadSodium();
  const team = { ...server, role: values.role, team: values.team, keyFile: values['key-file'], key: values.key, out: values.out };
  switch (command) {
    case 'team-add':
    case 'team-members':
    case 'team-sign':
      if (positionals.length !== 1) throw new UsageError(`${command} takes no other words; see --help.`);
      return teamCommand(sodium, io, command, team);
    case 'team-remove':
      return teamCommand(sodium, io, command, { ...team, member: onePositional(positionals, 'member id') });
    case 'team-reassign':
      if (values.passphrase || values['recovery-code'])
        throw new UsageError('team-reassign opens backups with the agency key only: --key <private key file>.');
      return reassignCaseload(sodium, io, {
        serverData: values['server-data'],
        backup: onePositional(positionals, 'backup file'),
        from: values.from,
        to: values.to,
        key: values.key,
        policyKey: values['policy-key'],
      });
    case 'keygen':
      if (positionals.length !== 1) throw new UsageError('keygen takes no file names; give the folder with --out <dir>.');
      if (values.out === undefined) throw new UsageError('keygen needs a folder to write the key pair into: --out <dir>.');
      return keygen(sodium, io, values.out);
    case 'verify':
      if (values.out !== undefined) throw new UsageError('verify writes nothing; --out belongs to export and keygen.');
      return verify(sodium, io, onePositional(positionals, 'backup file'), values);
    case 'export':
      if (values.passphrase || values['recovery-code'])
        throw new UsageError('export opens backups with the agency key only: --key <private key file>.');
      return exportBackup(sodium, io, onePositional(positionals, 'backup file'), values);
    default:
      throw new UsageError(
        `There is no command "${command}". The commands are keygen, verify, export, enrol, devices, revoke, restored, team-add, team-members, team-remove, team-sign and team-reassign (see --help).`,
      );
  }
}

/** Runs one command; returns the exit code. Errors a person can act on are printed, not thrown. */
export async function runAdmin(argv: string[], io: AdminIo): Promise<number> {
  try {
    await run(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof AdminError) {
      io.err(`Error: ${error.message}`);
      return error.exitCode;
    }
    if (
      error instanceof BackupFileError ||
      error instanceof AgencyKeyFileError ||
      error instanceof CryptoFailure ||
      error instanceof ReassignmentFailure
    ) {
      io.err(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    io.close();
  }
}
