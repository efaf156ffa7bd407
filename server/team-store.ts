/**
 * The server's side of teams (docs/SERVER.md, "Teams"): members by account, the signed list, and
 * a mailbox per member holding sealed envelopes it cannot open. Each recipient's numbers are taken
 * inside the committing transaction (`mail_head`), as a notebook's segments are, so a reader
 * asking "after N, up to the head" never skips one still being written.
 */
import type pg from 'pg';
import { MAIL_PAGE_BYTES, type MailPage, type TeamRefusal, type TeamReply } from '@shared/team/team-protocol';
import type { TeamRole } from '@shared/team/team-directory';

export interface Member {
  memberId: string;
  teamId: string;
  role: TeamRole;
}

type Refusal = TeamRefusal['error'];

export class TeamStore {
  constructor(private readonly pool: pg.Pool) {}

  /** The account's member on a team, or why it has none: never added, or removed. */
  async memberOf(accountId: string): Promise<Member | Refusal> {
    const { rows } = await this.pool.query<{ member_id: string; team_id: string; role: TeamRole; removed: boolean }>(
      'SELECT member_id, team_id, role, removed FROM team_members WHERE account_id = $1',
      [accountId],
    );
    const row = rows[0];
    if (!row) return 'not-a-member';
    if (row.removed) return 'removed';
    return { memberId: row.member_id, teamId: row.team_id, role: row.role };
  }

  async team(member: Member): Promise<TeamReply> {
    const { rows } = await this.pool.query<{ directory: Buffer | null }>('SELECT directory FROM teams WHERE team_id = $1', [member.teamId]);
    return { ...member, directory: rows[0]?.directory ? rows[0].directory.toString('utf8') : null };
  }

  async setKeys(member: Member, keys: { signingKey: Uint8Array; sealingKey: Uint8Array }): Promise<void> {
    await this.pool.query('UPDATE team_members SET signing_key = $2, sealing_key = $3 WHERE member_id = $1', [
      member.memberId,
      Buffer.from(keys.signingKey),
      Buffer.from(keys.sealingKey),
    ]);
  }

  /** Leaves an envelope for a member of the sender's own team; refused for anyone else or anyone removed. */
  async post(sender: Member, recipient: string, bytes: Buffer): Promise<{ seq: number } | Refusal> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const head = await client.query<{ mail_head: string }>(
        'UPDATE team_members SET mail_head = mail_head + 1 WHERE member_id = $1 AND team_id = $2 AND NOT removed RETURNING mail_head',
        [recipient, sender.teamId],
      );
      const seq = Number(head.rows[0]?.mail_head);
      if (!head.rowCount) {
        await client.query('ROLLBACK');
        return 'recipient-unknown';
      }
      await client.query('INSERT INTO team_mail (recipient, seq, size, bytes) VALUES ($1, $2, $3, $4)', [
        recipient,
        seq,
        bytes.length,
        bytes,
      ]);
      await client.query('COMMIT');
      return { seq };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Envelopes for the member after `after`, about a page's worth, up to the committed head. */
  async pull(member: Member, after: number): Promise<MailPage> {
    const { rows: heads } = await this.pool.query<{ mail_head: string }>('SELECT mail_head FROM team_members WHERE member_id = $1', [
      member.memberId,
    ]);
    const head = Number(heads[0]?.mail_head ?? 0);
    const mail: MailPage['mail'] = [];
    let bytes = 0;
    let from = after;
    while (from < head && bytes < MAIL_PAGE_BYTES) {
      const { rows } = await this.pool.query<{ seq: string; bytes: Buffer }>(
        'SELECT seq, bytes FROM team_mail WHERE recipient = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT 16',
        [member.memberId, from, head],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        if (mail.length > 0 && bytes + row.bytes.length > MAIL_PAGE_BYTES) return { head, mail };
        mail.push({ seq: Number(row.seq), bytes: row.bytes.toString('base64url') });
        bytes += row.bytes.length;
        from = Number(row.seq);
      }
    }
    return { head, mail };
  }
}
