/**
 * The server's side of teams: the admin tool puts accounts on a team and signs its list, members'
 * apps send their keys and sealed envelopes, each member reads only what was sealed to them, a
 * removed member is refused everything at once, and the database holds no word of what was sent.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '../../shared/crypto/sodium';
import { makeTeamIdentity, teamKeyFingerprint, type TeamIdentity } from '../../shared/team/team-identity';
import { readTeamDirectory } from '../../shared/team/team-directory';
import { openTeamEnvelope, sealTeamEnvelope } from '../../shared/team/team-envelope';
import type { TeamPayload } from '../../shared/team/team-payload';
import { createTeamServerClient, TeamServerError, type TeamServerClient } from '../../electron/main/team-server-client';
import { startTestServer, type TestServer } from './server-fixture';
import { addToTeam, makePolicyKey, signTeam, teamAdmin, type TestAgencyKeys } from './team-fixture';

let sodium: Sodium;
let server: TestServer;
let agency: TestAgencyKeys;

interface TestMember {
  memberId: string;
  identity: TeamIdentity;
  client: TeamServerClient;
}

const members: Record<'alex' | 'blair' | 'sam', TestMember> = {} as never;
let outsider: TeamServerClient;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const problemOf = async (work: Promise<unknown>) =>
  work.then(
    () => 'done',
    (error: unknown) => (error instanceof TeamServerError ? error.problem : error),
  );

const request = (submissionId: string, words: string): TeamPayload => ({
  v: 1,
  kind: 'review-answer',
  submissionId,
  reviewerName: 'Quintanilla',
  answeredAt: '2026-03-02T10:00:00.000Z',
  decision: 'returned',
  comment: words,
  coSignature: null,
});

beforeAll(async () => {
  sodium = await loadSodium();
  server = await startTestServer();
  agency = await makePolicyKey(sodium);
  for (const [name, role] of [
    ['alex', 'peer'],
    ['blair', 'peer'],
    ['sam', 'supervisor'],
  ] as const) {
    const { account, credential } = await server.enrol();
    const memberId = await addToTeam(server, account, role);
    const identity = makeTeamIdentity(sodium);
    const client = createTeamServerClient(credential);
    await client.publishKeys({ signingKey: b64(identity.signing.publicKey), sealingKey: b64(identity.sealing.publicKey) });
    members[name] = { memberId, identity, client };
  }
  outsider = createTeamServerClient((await server.enrol()).credential);
  await signTeam(server, agency);
});
afterAll(() => server.stop());

const directoryOf = async (member: TestMember) =>
  readTeamDirectory(sodium, JSON.parse((await member.client.team()).directory!), agency.policyKeys);

describe('a team on the server', () => {
  it('lists each member with the fingerprint their app shows, and hands out a list the agency signed', async () => {
    const { out } = await teamAdmin(server, ['team-members']);
    for (const member of Object.values(members)) {
      const keys = { signingKey: member.identity.signing.publicKey, sealingKey: member.identity.sealing.publicKey };
      expect(out).toContain(`${member.memberId}`);
      expect(out).toContain(teamKeyFingerprint(sodium, keys));
    }
    const mine = await members.alex.client.team();
    expect(mine).toMatchObject({ memberId: members.alex.memberId, role: 'peer' });
    const directory = await directoryOf(members.alex);
    expect(directory.serial).toBe(1);
    expect(directory.members.get(members.sam.memberId)?.role).toBe('supervisor');
    expect(await problemOf(outsider.team())).toBe('not-a-member');
  });

  it('carries an envelope to its recipient only, in order, and refuses strangers and unknown recipients', async () => {
    const directory = await directoryOf(members.sam);
    const sam = directory.members.get(members.sam.memberId)!;
    const send = (words: string) =>
      members.alex.client.send(
        members.sam.memberId,
        sealTeamEnvelope(sodium, {
          from: { memberId: members.alex.memberId, identity: members.alex.identity },
          to: { memberId: sam.memberId, sealingKey: sam.sealingKey },
          payload: request(randomBytes(16).toString('hex'), words),
        }),
      );
    expect((await send('cerulean heron first')).seq).toBe(1);
    expect((await send('persimmon lantern second')).seq).toBe(2);

    const page = await members.sam.client.mail(0);
    expect(page.head).toBe(2);
    const opened = page.mail.map((item) => openTeamEnvelope(sodium, item.bytes, members.sam, directory, agency.policyKeys));
    expect(opened.map((item) => [item.from, item.payload.kind === 'review-answer' && item.payload.comment])).toEqual([
      [members.alex.memberId, 'cerulean heron first'],
      [members.alex.memberId, 'persimmon lantern second'],
    ]);
    expect((await members.sam.client.mail(2)).mail).toEqual([]);
    expect((await members.blair.client.mail(0)).mail).toEqual([]);

    expect(await problemOf(members.alex.client.send(randomBytes(16).toString('hex'), randomBytes(200)))).toBe('recipient-unknown');
    expect(await problemOf(outsider.send(members.sam.memberId, randomBytes(200)))).toBe('not-a-member');
    expect(await problemOf(outsider.mail(0))).toBe('not-a-member');
  });

  it('refuses a removed member everything at once, drops what waited for them, and leaves them off the next list', async () => {
    await members.alex.client.send(members.blair.memberId, randomBytes(300));
    const { code, out } = await teamAdmin(server, ['team-remove', members.blair.memberId]);
    expect(code).toBe(0);
    expect(out).toMatch(/refuses them from now on/);
    expect(await problemOf(members.blair.client.team())).toBe('removed');
    expect(await problemOf(members.blair.client.mail(0))).toBe('removed');
    expect(await problemOf(members.blair.client.send(members.sam.memberId, randomBytes(200)))).toBe('removed');
    expect(await problemOf(members.alex.client.send(members.blair.memberId, randomBytes(200)))).toBe('recipient-unknown');
    const waiting = await server.pool.query('SELECT 1 FROM team_mail WHERE recipient = $1', [members.blair.memberId]);
    expect(waiting.rowCount).toBe(0);

    // Signed and written to a file too, for a computer without the server: the same list as published.
    const listFile = join(await mkdtemp(join(tmpdir(), 'pn-team-list-')), 'team-list.json');
    expect(await teamAdmin(server, ['team-sign', '--key', agency.keyFile, '--out', listFile])).toMatchObject({ code: 0 });
    const directory = await directoryOf(members.sam);
    expect(directory.serial).toBe(2);
    expect(directory.members.has(members.blair.memberId)).toBe(false);
    expect(readTeamDirectory(sodium, JSON.parse(await readFile(listFile, 'utf8')), agency.policyKeys).document).toEqual(directory.document);
    expect(await problemOf(directoryOf(members.blair))).toBe('removed');
  });

  it('holds no word of what was sent, and no name, in any table or log line', async () => {
    const held = await server.everythingHeld();
    for (const marker of ['cerulean heron', 'persimmon lantern', 'Quintanilla', 'review-answer', 'returned'])
      expect(held).not.toContain(marker);
    // What it does hold: random ids, and each member's public keys.
    expect(held).toContain(members.sam.memberId);
  });

  it('answers a request without a device signature with a refusal, never a team reply', async () => {
    const response = await fetch(`${server.url}/v1/team`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'unauthorised' });
  });
});

describe('the admin tool’s team commands, used wrongly', () => {
  it('says what each needs, and refuses an account already on the team or a list without the policy key', async () => {
    expect(await teamAdmin(server, ['team-add', '--role', 'peer'])).toMatchObject({
      code: 2,
      out: expect.stringMatching(/needs --account <id> and --role/),
    });
    const { account } = await server.enrol();
    await addToTeam(server, account, 'peer');
    expect(await teamAdmin(server, ['team-add', '--account', account, '--role', 'supervisor'])).toMatchObject({
      code: 1,
      out: expect.stringMatching(/already member/),
    });
    expect(await teamAdmin(server, ['team-sign'])).toMatchObject({ code: 2, out: expect.stringMatching(/policy-signing key/) });
    expect(await teamAdmin(server, ['team-remove', 'nobody'])).toMatchObject({
      code: 2,
      out: expect.stringMatching(/member id to remove/),
    });
  });
});
