/**
 * Team work between three notebooks (two peers and a supervisor) through a running server, each
 * notebook the real vault core with its handlers called as the window calls them, and the app's
 * team client carrying the sealed bytes: a note sent for review, co-signed, another returned with
 * a comment, what came back shown to the peer, one person handed over with their consent, a
 * removed member refused; the caseload of that removed peer reassigned by the agency, from their
 * backup, to a peer who joined since (and a forged "agency" handoff refused); and neither the
 * database nor the traffic holds a word of it.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSodium } from '../../shared/crypto/sodium';
import { inEnglish, type Message } from '../../shared/messages';
import { COMMUNITY_VAULT_POLICY, type VaultPolicy } from '../../renderer/src/vault/vault-policy';
import { createTeamServerClient, TeamServerError, type TeamServerClient } from '../../electron/main/team-server-client';
import { callsOf, createdVault } from '../renderer/vault/vault-fixture';
import { MEETING } from '../shared/records/service-note-fixtures';
import { completeInput, signed } from '../shared/records/release-fixtures';
import { sealAgencyEnvelope } from '../../shared/team/team-envelope';
import type { AgencyPublicKey } from '../../shared/agency/agency-config';
import { startTestServer, type TestServer } from './server-fixture';
import { addToTeam, makePolicyKey, makeRecoveryKey, signTeam, teamAdmin, type TestAgencyKeys } from './team-fixture';

const MARKERS = [
  'Marisol',
  'Quintanilla',
  'cerulean heron',
  'persimmon lantern',
  'Add what she said about the lease',
  'Okafor',
  'Tobias',
  'juniper promises',
  'Saffron housing',
];

let server: TestServer;
let agency: TestAgencyKeys;
let policy: VaultPolicy;
/** Every body the team clients sent or received, as text. */
const traffic: string[] = [];

const recordingFetch: typeof fetch = async (input, init) => {
  if (init?.body) traffic.push(Buffer.from(init.body as Uint8Array).toString('latin1'));
  const response = await fetch(input, init);
  traffic.push(Buffer.from(await response.clone().arrayBuffer()).toString('latin1'));
  return response;
};

interface Member {
  name: string;
  call: ReturnType<typeof callsOf>;
  client: TeamServerClient;
  memberId: string;
}

async function member(name: string, role: 'peer' | 'supervisor', policy: VaultPolicy): Promise<Member> {
  const { vault } = await createdVault({ policy });
  const call = callsOf(vault);
  const { account, credential } = await server.enrol();
  const memberId = await addToTeam(server, account, role);
  const client = createTeamServerClient(credential, { fetch: recordingFetch });
  const status = await call('team.status');
  await client.publishKeys({ signingKey: status.signingKey, sealingKey: status.sealingKey });
  return { name, call, client, memberId };
}

/** What the window does: fetch the signed list, and hand it to the notebook. */
async function refreshTeam(who: Member) {
  const team = await who.client.team();
  return who.call('team.acceptDirectory', { directory: JSON.parse(team.directory!), memberId: team.memberId });
}

/** A backup of the notebook, as the app writes one, with its file key also sealed to the agency's recovery key. */
async function backupOf(who: Member, recoveryKey: AgencyPublicKey): Promise<Uint8Array> {
  const { exportId } = await who.call('backup.exportBegin', { agency: { recoveryKeys: [recoveryKey], policyKeys: [] } });
  const pieces: Uint8Array[] = [];
  for (;;) {
    const { piece, done } = await who.call('backup.exportNext', { exportId });
    pieces.push(piece as Uint8Array);
    if (done) return Buffer.concat(pieces);
  }
}

async function send(from: Member, envelopes: { recipient: string; bytes: Uint8Array }[]) {
  for (const envelope of envelopes) await from.client.send(envelope.recipient, envelope.bytes);
}

async function receive(who: Member) {
  const page = await who.client.mail(await who.call('team.mailCursor'));
  return who.call('team.receive', { mail: page.mail });
}

let alex: Member;
let blair: Member;
let sam: Member;
let marisolId: string;

beforeAll(async () => {
  const sodium = await loadSodium();
  server = await startTestServer();
  agency = await makePolicyKey(sodium);
  policy = {
    ...COMMUNITY_VAULT_POLICY,
    team: { policyKeys: agency.policyKeys, supervisorReviews: ['service-note', 'recovery-plan'], coSignRequired: ['service-note'] },
  };
  alex = await member('Alex', 'peer', policy);
  blair = await member('Blair', 'peer', policy);
  sam = await member('Quintanilla', 'supervisor', policy);
  await signTeam(server, agency);
  for (const who of [alex, blair, sam]) await refreshTeam(who);
  marisolId = (await alex.call('people.save', { id: null, fields: { preferredName: 'Marisol' } })).id;
});
afterAll(() => server.stop());

const english = (messages: readonly Message[]) => messages.map((message) => inEnglish([message]));

describe('a team through the server', () => {
  it('knows each member by the list the agency signed', async () => {
    expect(await alex.call('team.status')).toMatchObject({
      memberId: alex.memberId,
      role: 'peer',
      serial: 1,
      peers: [{ memberId: blair.memberId, fingerprint: (await blair.call('team.status')).fingerprint }],
    });
    expect(await sam.call('team.status')).toMatchObject({ memberId: sam.memberId, role: 'supervisor' });
  });

  it('sends a note for review, queues it for the supervisor, co-signs one and returns another, and shows the peer what came back', async () => {
    const first = await alex.call('notes.saveDraft', {
      personId: marisolId,
      id: null,
      fields: { ...MEETING, whatWeDid: 'cerulean heron walk' },
    });
    await send(alex, await alex.call('team.submit', { recordId: first.id, senderName: 'Alex' }));
    await expect(alex.call('team.submit', { recordId: first.id, senderName: 'Alex' })).rejects.toThrow(/already waiting for review/);
    const second = await alex.call('notes.saveDraft', {
      personId: marisolId,
      id: null,
      fields: { ...MEETING, whatWeDid: 'persimmon lantern talk' },
    });
    await send(alex, await alex.call('team.submit', { recordId: second.id, senderName: 'Alex' }));

    expect(await receive(sam)).toEqual({ filed: 2, problems: [] });
    expect(await receive(sam)).toEqual({ filed: 0, problems: [] });
    const [group, ...others] = await sam.call('team.reviewQueue');
    expect(others).toEqual([]);
    expect(group).toMatchObject({ fromMemberId: alex.memberId, peerName: 'Alex' });
    expect(group!.items.map((item) => [item.personName, item.fields.whatWeDid])).toEqual([
      ['Marisol', 'cerulean heron walk'],
      ['Marisol', 'persimmon lantern talk'],
    ]);
    const [older, newer] = group!.items;
    await expect(
      sam.call('team.answer', { id: newer!.id, decision: 'returned', comment: '  ', reviewerName: 'Quintanilla' }),
    ).rejects.toThrow(/Add a comment/);
    await send(sam, [await sam.call('team.answer', { id: older!.id, decision: 'co-signed', comment: '', reviewerName: 'Quintanilla' })]);
    await send(sam, [
      await sam.call('team.answer', {
        id: newer!.id,
        decision: 'returned',
        comment: 'Add what she said about the lease',
        reviewerName: 'Quintanilla',
      }),
    ]);
    expect(await sam.call('team.reviewQueue')).toEqual([]);

    expect(await receive(alex)).toEqual({ filed: 2, problems: [] });
    const cameBack = await alex.call('team.cameBack');
    expect(cameBack.map((item) => [item.recordId, item.status, item.coSigned, item.comment])).toEqual(
      expect.arrayContaining([
        [first.id, 'co-signed', true, ''],
        [second.id, 'returned', false, 'Add what she said about the lease'],
      ]),
    );
    await alex.call('team.markSeen', { id: cameBack[0]!.id });
    expect(await alex.call('team.cameBack')).toHaveLength(1);

    // Both audit trails: the peer's History of Marisol, and the supervisor's own.
    const peerHistory = (await alex.call('audit.history', { personId: marisolId })).events.map((event) => event.summary);
    expect(peerHistory).toEqual(
      expect.arrayContaining(['Co-signed by Quintanilla', 'Returned by Quintanilla: Add what she said about the lease']),
    );
    expect(peerHistory.filter((line) => line === 'Sent to your supervisor for review')).toHaveLength(2);
    const supervisorTrail = await sam.call('audit.history', { personId: '' });
    expect(supervisorTrail.events.map((event) => event.summary)).toEqual(
      expect.arrayContaining([
        'You co-signed what Alex wrote about Marisol',
        'You returned what Alex wrote about Marisol: Add what she said about the lease',
      ]),
    );
  });

  it('hands one person to another peer with consent recorded, keeping the sender’s copy read-only', async () => {
    await expect(
      alex.call('team.handOver', {
        people: [{ personId: marisolId, consent: { givenOn: '', how: 'signed', note: '' } }],
        toMemberId: blair.memberId,
        toName: 'Blair',
        senderName: 'Alex',
      }),
    ).rejects.toThrow(/consent/);
    const { handoffId, envelope } = await alex.call('team.handOver', {
      people: [{ personId: marisolId, consent: { givenOn: '2026-11-20', how: 'signed', note: 'Signed the transfer form' } }],
      toMemberId: blair.memberId,
      toName: 'Blair',
      senderName: 'Alex',
    });
    await send(alex, [envelope]);
    await alex.call('team.handOverSent', { handoffId });
    expect(await receive(blair)).toEqual({ filed: 1, problems: [] });

    const received = await blair.call('people.get', { id: marisolId });
    expect(received.preferredName).toBe('Marisol');
    expect(received.handedOverOn).toBeUndefined();
    const notes = await blair.call('notes.list', { personId: marisolId });
    expect(notes.map((note) => note.fields.whatWeDid).sort()).toEqual(['cerulean heron walk', 'persimmon lantern talk']);
    const blairHistory = (await blair.call('audit.history', { personId: marisolId })).events.map((event) => event.summary);
    expect(blairHistory).toEqual(
      expect.arrayContaining(['Received from Alex, with consent recorded on November 20, 2026', 'Co-signed by Quintanilla']),
    );
    // The receiver may write on; the sender's copy stays, read-only.
    await blair.call('people.save', { id: marisolId, fields: { preferredName: 'Marisol', pronouns: 'she/her' } });
    expect((await alex.call('people.get', { id: marisolId })).preferredName).toBe('Marisol');
    await expect(alex.call('people.save', { id: marisolId, fields: { preferredName: 'Marisol R.' } })).rejects.toThrow(/kept read-only/);
    await expect(alex.call('notes.saveDraft', { personId: marisolId, id: null, fields: MEETING })).rejects.toThrow(/kept read-only/);
    await expect(alex.call('people.remove', { id: marisolId })).rejects.toThrow(/kept read-only/);
    const alexHistory = (await alex.call('audit.history', { personId: marisolId })).events.map((event) => event.summary);
    expect(alexHistory).toContain('Handed over to Blair, with consent recorded on November 20, 2026');
  });

  it('refuses a removed member: the server at once, and every notebook once the new list arrives', async () => {
    await teamAdmin(server, ['team-remove', blair.memberId]);
    await signTeam(server, agency);
    await expect(blair.client.mail(0)).rejects.toThrow(TeamServerError);
    await expect(blair.client.team()).rejects.toMatchObject({ problem: 'removed' });
    expect((await refreshTeam(alex)).peers).toEqual([]);
    const anotherId = (await alex.call('people.save', { id: null, fields: { preferredName: 'Jordan' } })).id;
    const refusal = await alex
      .call('team.handOver', {
        people: [{ personId: anotherId, consent: { givenOn: '2026-11-21', how: 'verbal', note: '' } }],
        toMemberId: blair.memberId,
        toName: 'Blair',
        senderName: 'Alex',
      })
      .catch((error: { messages: Message[] }) => english(error.messages));
    expect(refusal).toEqual([expect.stringMatching(/not on your team list any more/)]);
  });

  it('reassigns the caseload of a peer who left to another peer through the agency key, without their passphrase', async () => {
    // Blair, taken off the team above, still holds Marisol (received from Alex, with her history) and wrote more since.
    await blair.call('peer.save', { name: 'Blair Okafor' });
    const release = await blair.call('documents.saveDraft', {
      personId: marisolId,
      kind: 'release',
      id: null,
      fields: completeInput({ purpose: 'Saffron housing application' }),
    });
    await blair.call('documents.sign', { kind: 'release', id: release.id, signature: signed });
    await blair.call('documents.saveDraft', {
      personId: marisolId,
      kind: 'recovery-plan',
      id: null,
      fields: { strengths: 'Keeps the juniper promises', goals: [], reviewDate: '2027-01-15' },
    });
    const tobiasId = (await blair.call('people.save', { id: null, fields: { preferredName: 'Tobias' } })).id;
    await blair.call('notes.saveDraft', { personId: tobiasId, id: null, fields: { ...MEETING, whatWeDid: 'juniper promises, kept' } });

    // The agency: Blair's backup, sealed (as every backup of the agency's installation) to its recovery key.
    const recovery = await makeRecoveryKey(await loadSodium());
    const backupFile = join(await mkdtemp(join(tmpdir(), 'pn-team-backup-')), 'blair.peernotebook');
    await writeFile(backupFile, await backupOf(blair, recovery.recoveryKey));
    const casey = await member('Casey', 'peer', policy);
    await signTeam(server, agency);
    await refreshTeam(casey);
    const reassign = (from: string, policyKey = agency.keyFile) =>
      teamAdmin(server, [
        'team-reassign',
        backupFile,
        '--from',
        from,
        '--to',
        casey.memberId,
        '--key',
        recovery.keyFile,
        '--policy-key',
        policyKey,
      ]);

    // Someone on the team forges a handoff "from the agency", signed with a key of their own.
    const sodium = await loadSodium();
    const forged = sealAgencyEnvelope(sodium, {
      onBehalfOf: blair.memberId,
      policySecretKey: sodium.crypto_sign_keypair().privateKey,
      to: {
        memberId: casey.memberId,
        sealingKey: sodium.from_base64((await casey.call('team.status')).sealingKey, sodium.base64_variants.URLSAFE_NO_PADDING),
      },
      payload: {
        v: 1,
        kind: 'handoff',
        handoffId: 'f'.repeat(32),
        senderName: 'The agency',
        sentAt: new Date().toISOString(),
        people: [{ personId: 'forged-person', consent: { givenOn: '2026-11-22', how: 'peer-left', note: '' }, records: [], history: [] }],
      },
    });
    await alex.client.send(casey.memberId, forged);
    // The admin tool refuses a peer still on the team, and a policy key that did not sign the list.
    expect(await reassign(alex.memberId)).toMatchObject({ code: 1, out: expect.stringMatching(/still on the team/) });
    const otherKey = await makePolicyKey(sodium);
    expect(await reassign(blair.memberId, otherKey.keyFile)).toMatchObject({
      code: 1,
      out: expect.stringMatching(/did not sign the team's list/),
    });

    const done = await reassign(blair.memberId);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(
      new RegExp(`Reassigned 2 people \\(\\d+ records, \\d+ history lines\\) from member ${blair.memberId} to member ${casey.memberId}`),
    );
    for (const marker of MARKERS) expect(done.out).not.toContain(marker);

    const received = await receive(casey);
    expect(received.filed).toBe(1);
    expect(english(received.problems)).toEqual([expect.stringMatching(/not signed with your agency's key/)]);

    // Whole (and nothing of the forged one): people, notes, the signed release, the plan, and both trails (Alex's and Blair's) with the agency's line.
    expect((await casey.call('people.list')).map((person) => person.preferredName).sort()).toEqual(['Marisol', 'Tobias']);
    expect((await casey.call('notes.list', { personId: marisolId })).map((note) => note.fields.whatWeDid).sort()).toEqual([
      'cerulean heron walk',
      'persimmon lantern talk',
    ]);
    expect((await casey.call('notes.list', { personId: tobiasId })).map((note) => note.fields.whatWeDid)).toEqual([
      'juniper promises, kept',
    ]);
    const [releaseThere] = await casey.call('documents.list', { personId: marisolId, kind: 'release' });
    expect(releaseThere?.fields).toMatchObject({ purpose: 'Saffron housing application', signature: signed });
    const [planThere] = await casey.call('documents.list', { personId: marisolId, kind: 'recovery-plan' });
    expect(planThere?.fields).toMatchObject({ strengths: 'Keeps the juniper promises' });
    const history = (await casey.call('audit.history', { personId: marisolId })).events.map((event) => event.summary);
    expect(history).toEqual(
      expect.arrayContaining([
        'Co-signed by Quintanilla',
        'Received from Alex, with consent recorded on November 20, 2026',
        expect.stringMatching(/^Reassigned to you by your agency on \w+ \d+, \d{4}, from Blair Okafor, who left the team$/),
      ]),
    );
    // Casey carries on writing.
    await casey.call('people.save', { id: tobiasId, fields: { preferredName: 'Tobias', pronouns: 'he/him' } });
  });

  it('leaves no word of any of it in the database, the log, or the traffic', async () => {
    const held = await server.everythingHeld();
    const wire = traffic.join('\n');
    expect(wire.length).toBeGreaterThan(1000);
    for (const marker of MARKERS) {
      expect(held).not.toContain(marker);
      expect(wire).not.toContain(marker);
    }
  });
});
