/**
 * Team work between three notebooks (two peers and a supervisor) through a running server, each
 * notebook the real vault core with its handlers called as the window calls them, and the app's
 * team client carrying the sealed bytes: a note sent for review, co-signed, another returned with
 * a comment, what came back shown to the peer, one person handed over with their consent, a
 * removed member refused; and neither the database nor the traffic holds a word of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSodium } from '../../shared/crypto/sodium';
import { inEnglish, type Message } from '../../shared/messages';
import { COMMUNITY_VAULT_POLICY, type VaultPolicy } from '../../renderer/src/vault/vault-policy';
import { createTeamServerClient, TeamServerError, type TeamServerClient } from '../../electron/main/team-server-client';
import { callsOf, createdVault } from '../renderer/vault/vault-fixture';
import { MEETING } from '../shared/records/service-note-fixtures';
import { startTestServer, type TestServer } from './server-fixture';
import { addToTeam, makePolicyKey, signTeam, teamAdmin, type TestAgencyKeys } from './team-fixture';

const MARKERS = ['Marisol', 'Quintanilla', 'cerulean heron', 'persimmon lantern', 'Add what she said about the lease'];

let server: TestServer;
let agency: TestAgencyKeys;
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
  const policy: VaultPolicy = {
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
    expect(await alex.call('team.status')).toMatchObject({ memberId: alex.memberId, role: 'peer', serial: 1, peers: [blair.memberId] });
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
        personIds: [marisolId],
        toMemberId: blair.memberId,
        consent: { givenOn: '', how: 'signed', note: '' },
        senderName: 'Alex',
      }),
    ).rejects.toThrow(/consent/);
    const envelope = await alex.call('team.handOver', {
      personIds: [marisolId],
      toMemberId: blair.memberId,
      consent: { givenOn: '2026-11-20', how: 'signed', note: 'Signed the transfer form' },
      senderName: 'Alex',
    });
    await send(alex, [envelope]);
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
    expect(alexHistory).toContain('Handed over to another peer, with consent recorded on November 20, 2026');
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
        personIds: [anotherId],
        toMemberId: blair.memberId,
        consent: { givenOn: '2026-11-21', how: 'verbal', note: '' },
        senderName: 'Alex',
      })
      .catch((error: { messages: Message[] }) => english(error.messages));
    expect(refusal).toEqual([expect.stringMatching(/not on your team list any more/)]);
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
