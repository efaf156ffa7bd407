/**
 * `team-reassign <backup> --from <member> --to <member> --key <agency private key> --policy-key <policy-signing key>`:
 * a peer left, and their caseload goes to another peer without their passphrase. The departed
 * peer's backup is opened with the agency's recovery key (as `export` opens it), every person
 * still theirs is gathered whole (every record with its field clocks, so history, releases and
 * plans arrive as they were, and their lines of the audit trail), and the lot is sealed to the
 * receiving peer as a handoff from the agency (team-envelope.ts, format 2), signed with the
 * agency's policy-signing key, which the receiving app checks against the keys built into it.
 * It is left in the receiver's mailbox on the server; their app takes it in like a peer's handoff.
 * The reading and sealing are shared/team/reassignment.ts, which a supervisor's app calls too;
 * here the members are checked in the server's database and the envelope is written straight in.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Sodium } from '@shared/crypto/sodium';
import { localToday } from '@shared/records/dates';
import { TEAM_ID, TeamDirectoryDocument } from '@shared/team/team-directory';
import { departedMemberOf, readCaseload, sealReassignment, type Caseload } from '@shared/team/reassignment';
import type { AdminIo } from './admin-io';
import { AdminError, UsageError } from './admin-errors';
import { unlockFromOptions } from './backup-unlock';
import { fileBytes } from './files';
import { databaseUrl, withDatabase } from './sync-server';
import { openPolicyKey } from './team';

export interface ReassignOptions {
  serverData?: string;
  backup: string;
  from?: string;
  to?: string;
  key?: string;
  policyKey?: string;
}

/** Both members, checked on the server: `from` removed from a team, `to` a peer still on it and on its signed list. */
async function membersOf(sodium: Sodium, client: pg.Client, from: string, to: string) {
  const { rows } = await client.query<{ member_id: string; team_id: string; role: string; removed: boolean }>(
    'SELECT member_id, team_id, role, removed FROM team_members WHERE member_id = ANY($1)',
    [[from, to]],
  );
  const departed = rows.find((row) => row.member_id === from);
  const receiver = rows.find((row) => row.member_id === to);
  if (!departed) throw new AdminError(`There is no member ${from} on this server.`);
  if (!departed.removed)
    throw new AdminError(
      `Member ${from} is still on the team: they can hand people over from their own notebook. If they left, run "team-remove ${from}" and "team-sign" first.`,
    );
  if (!receiver || receiver.removed || receiver.team_id !== departed.team_id || receiver.role !== 'peer')
    throw new AdminError(`Member ${to} is not a peer on the same team as ${from}. Choose a peer "team-members" lists.`);
  const { rows: teams } = await client.query<{ directory: Buffer | null }>('SELECT directory FROM teams WHERE team_id = $1', [
    departed.team_id,
  ]);
  const directory = TeamDirectoryDocument.safeParse(teams[0]?.directory ? JSON.parse(teams[0].directory.toString('utf8')) : null);
  const listed = directory.success ? directory.data.members.find((member) => member.memberId === to) : undefined;
  if (!directory.success || !listed)
    throw new AdminError(`Member ${to} is not on the team's signed list yet. Run "team-sign" once their app has sent its keys.`);
  const sealingKey = sodium.from_base64(listed.sealingKey, sodium.base64_variants.URLSAFE_NO_PADDING);
  return { directory: directory.data, sealingKey };
}

export async function reassignCaseload(sodium: Sodium, io: AdminIo, options: ReassignOptions): Promise<void> {
  const { from, to, key, policyKey } = options;
  if (!from || !to || !TEAM_ID.test(from) || !TEAM_ID.test(to))
    throw new UsageError('team-reassign needs --from <member who left> and --to <peer>, each a member id of 32 hex digits.');
  if (from === to) throw new UsageError('--from and --to name the same member; the caseload goes to another peer.');
  if (!key) throw new UsageError('team-reassign opens the backup with the agency private key: --key <file>.');
  if (!policyKey) throw new UsageError('team-reassign signs the handoff with the agency policy-signing key: --policy-key <file>.');
  const url = await databaseUrl(io, options.serverData);
  const { directory, sealingKey } = await withDatabase(url, (client) => membersOf(sodium, client, from, to));

  const unlock = await unlockFromOptions(sodium, io, { key });
  if (unlock?.kind !== 'agency-key') throw new UsageError('team-reassign opens the backup with the agency private key: --key <file>.');
  let caseload: Caseload;
  try {
    caseload = await readCaseload(sodium, unlock.keyPair, fileBytes(options.backup), { today: localToday() });
  } finally {
    sodium.memzero(unlock.keyPair.privateKey);
  }
  // The backup says whose notebook it is; it must be the member --from names (checked above as removed).
  departedMemberOf(caseload, from);

  const signing = await openPolicyKey(sodium, io, policyKey);
  let sealed: ReturnType<typeof sealReassignment>;
  try {
    sealed = sealReassignment(sodium, {
      caseload,
      to: { memberId: to, sealingKey },
      directory,
      policyKey: signing,
      handoffId: randomBytes(16).toString('hex'),
      sentAt: new Date().toISOString(),
    });
  } finally {
    sodium.memzero(signing.privateKey);
  }

  const seq = await withDatabase(url, (client) => leaveInMailbox(client, to, sealed.envelope));
  const { people, records, historyLines, unreadableHistory } = sealed.counts;
  io.out(`Reassigned ${people} people (${records} records, ${historyLines} history lines) from member ${from} to member ${to}.`);
  io.out(`Sealed to ${to} and signed by the agency; it waits in their mailbox (number ${seq}) until their app next checks the team.`);
  if (unreadableHistory > 0) io.out(`${unreadableHistory} history lines in the backup could not be read and were left out.`);
}

/** Numbers the envelope after the last one waiting for `to`, in one transaction, as the server does for a member's post. */
async function leaveInMailbox(client: pg.Client, to: string, envelope: Uint8Array): Promise<number> {
  await client.query('BEGIN');
  try {
    const head = await client.query<{ mail_head: string }>(
      'UPDATE team_members SET mail_head = mail_head + 1 WHERE member_id = $1 AND NOT removed RETURNING mail_head',
      [to],
    );
    if (!head.rowCount) throw new AdminError(`Member ${to} was removed meanwhile: nothing was sent.`);
    const seq = Number(head.rows[0]!.mail_head);
    await client.query('INSERT INTO team_mail (recipient, seq, size, bytes) VALUES ($1, $2, $3, $4)', [
      to,
      seq,
      envelope.length,
      Buffer.from(envelope),
    ]);
    await client.query('COMMIT');
    return seq;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
