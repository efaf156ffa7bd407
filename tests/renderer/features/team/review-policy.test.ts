/**
 * The agency's review policy in the vault worker, between a peer's notebook and a supervisor's
 * (envelopes handed across directly, no server): only kinds the policy has supervisors review are
 * sent, and only the fields a supervisor reviews; plans go for review like notes; a kind that needs
 * co-signing says where it stands, leaves Today's list once co-signed, and needs review again once
 * changed; billing refuses a note not co-signed; and both audit trails record every review.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inEnglish, type Message } from '@shared/messages';
import { signTeamDirectory } from '@shared/team/team-directory';
import { DEFAULT_PAYER_PROFILE } from '@shared/billing/payer-profile';
import type { Vault } from '../../../../renderer/src/vault/vault';
import { COMMUNITY_VAULT_POLICY, type VaultPolicy } from '../../../../renderer/src/vault/vault-policy';
import type { OutgoingEnvelope } from '../../../../renderer/src/features/team/worker/team-handlers';
import { callsOf, createdVault } from '../../vault/vault-fixture';
import { testSodium } from '../../../support/test-sodium';
import { MEETING } from '../../../shared/records/service-note-fixtures';

const PEER_ID = '1'.repeat(32);
const SUPERVISOR_ID = '2'.repeat(32);

interface Notebook {
  vault: Vault;
  call: ReturnType<typeof callsOf>;
  memberId: string;
  /** The last mailbox number handed to it. */
  seq: number;
}

let peer: Notebook;
let supervisor: Notebook;
let personId: string;

async function notebook(policy: VaultPolicy, memberId: string): Promise<Notebook> {
  const { vault } = await createdVault({ policy });
  return { vault, call: callsOf(vault), memberId, seq: 0 };
}

/** What the server would carry: each envelope into its recipient's mailbox, then read there. */
async function deliver(envelopes: OutgoingEnvelope[], to: Notebook) {
  const mail = envelopes
    .filter((envelope) => envelope.recipient === to.memberId)
    .map((envelope) => ({ seq: ++to.seq, bytes: envelope.bytes }));
  return to.call('team.receive', { mail });
}

const english = (messages: readonly Message[]) => messages.map((message) => inEnglish([message]));
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => [] as string[],
    (error: { messages?: Message[] }) => english(error.messages ?? []),
  );

async function sendForReview(recordId: string) {
  const envelopes = await peer.call('team.submit', { recordId, senderName: 'Alex' });
  expect(await deliver(envelopes, supervisor)).toEqual({ filed: 1, problems: [] });
  const [group] = await supervisor.call('team.reviewQueue');
  return group!.items.find((item) => item.fields && item.submissionId)!;
}

async function answer(itemId: string, decision: 'co-signed' | 'returned', comment = '') {
  const envelope = await supervisor.call('team.answer', { id: itemId, decision, comment, reviewerName: 'Sam' });
  return deliver([envelope], peer);
}

const states = () => peer.call('team.coSignStates', { personId });
const dueOnToday = async () => (await peer.call('team.coSignDue')).items;
const billingReasons = async (noteId: string) => {
  const report = await peer.call('billing.check', { from: '2026-03-01', to: '2026-03-31', profile: DEFAULT_PAYER_PROFILE });
  return report.refused.find((refused) => refused.noteId === noteId)?.reasons.map((reason) => reason.key) ?? [];
};

beforeAll(async () => {
  const sodium = await testSodium();
  const agency = sodium.crypto_sign_keypair();
  const policy: VaultPolicy = {
    ...COMMUNITY_VAULT_POLICY,
    team: {
      policyKeys: [{ publicKey: sodium.to_base64(agency.publicKey, sodium.base64_variants.ORIGINAL) }],
      supervisorReviews: ['service-note', 'recovery-plan'],
      coSignRequired: ['service-note', 'recovery-plan'],
    },
  };
  peer = await notebook(policy, PEER_ID);
  supervisor = await notebook(policy, SUPERVISOR_ID);
  const entry = async (who: Notebook, role: 'peer' | 'supervisor') => {
    const { signingKey, sealingKey } = await who.call('team.status');
    return { memberId: who.memberId, role, signingKey, sealingKey };
  };
  const directory = signTeamDirectory(
    sodium,
    {
      type: 'peer-notebook/team-directory',
      format: 1,
      teamId: 'a'.repeat(32),
      serial: 1,
      issuedAt: '2026-11-01T09:00:00.000Z',
      members: [await entry(peer, 'peer'), await entry(supervisor, 'supervisor')],
    },
    agency.privateKey,
  );
  for (const who of [peer, supervisor]) await who.call('team.acceptDirectory', { directory, memberId: who.memberId });
  await peer.call('peer.save', { name: 'Alex Rivera', credential: 'CPSS' });
  personId = (
    await peer.call('people.save', {
      id: null,
      fields: { preferredName: 'Marisol', recordNumber: '900123456Q', dateOfBirth: '1990-05-01' },
    })
  ).id;
});

describe('what the agency has supervisors review', () => {
  it('refuses to send a kind the policy does not name, or a record that is not a note or plan', async () => {
    const wellness = await peer.call('documents.saveDraft', {
      personId,
      kind: 'wellness-plan',
      id: null,
      fields: { likeWhenWell: 'cerulean mornings' },
    });
    const nothing = [expect.stringMatching(/policy does not ask for this kind of record to be reviewed/)];
    expect(await refusal(peer.call('team.submit', { recordId: wellness.id, senderName: 'Alex' }))).toEqual(nothing);
    expect(await refusal(peer.call('team.submit', { recordId: personId, senderName: 'Alex' }))).toEqual(nothing);
    expect(await supervisor.call('team.reviewQueue')).toEqual([]);
    // Nothing of it was kept as sent: it has no state, and the person's History has no "sent for review".
    expect(await states()).not.toHaveProperty(wellness.id);
  });

  it('sends only the fields a supervisor reviews: no field clocks, parent, series ids or drawn signatures', async () => {
    const draft = await peer.call('documents.saveDraft', {
      personId,
      kind: 'recovery-plan',
      id: null,
      fields: {
        strengths: 'Keeps her promises',
        goals: [{ id: 'g1', inTheirWords: 'My own place', steps: [{ id: 's1', what: 'Call the landlord' }] }],
        reviewDate: '2027-01-15',
      },
    });
    await peer.call('documents.sign', {
      kind: 'recovery-plan',
      id: draft.id,
      signature: { method: 'drawn', signedAt: '2026-11-20T10:00:00-05:00', signerName: 'Marisol', drawing: 'data:image/png;base64,AAAA' },
    });
    const item = await sendForReview(draft.id);
    expect(item.recordKind).toBe('recovery-plan');
    expect(Object.keys(item.fields).sort()).toEqual(
      [
        'goals',
        'lifeDomains',
        'peerSignature',
        'reviewDate',
        'signature',
        'strengths',
        'supervisorSignature',
        'supports',
        'version',
      ].sort(),
    );
    expect(item.fields.signature).toEqual({ method: 'drawn', signedAt: '2026-11-20T10:00:00-05:00', signerName: 'Marisol' });
    const [kept] = await supervisor.vault.records.list('review-item');
    expect(kept!.fields.record.body).toMatchObject({ kind: 'recovery-plan', parentId: null, clocks: {} });
    expect(JSON.stringify(kept!.fields.record)).not.toMatch(/seriesId|data:image|cerulean/);

    // A plan's answer comes back like a note's, and the plan is co-signed.
    expect(await answer(item.id, 'co-signed')).toEqual({ filed: 1, problems: [] });
    expect((await peer.call('team.cameBack')).map((back) => [back.recordKind, back.status, back.coSigned])).toContainEqual([
      'recovery-plan',
      'co-signed',
      true,
    ]);
    expect((await states())[draft.id]).toMatchObject({ state: 'co-signed', reviewer: 'Sam' });
  });
});

describe('notes that need a supervisor’s co-signature', () => {
  it('says where a note stands, lists it on Today until co-signed, and billing refuses it until then', async () => {
    const note = await peer.call('notes.sign', { personId, id: null, fields: { ...MEETING, whatWeDid: 'persimmon lantern talk' } });
    expect((await states())[note.id]).toEqual({ state: 'needed' });
    expect((await dueOnToday()).map((due) => [due.recordId, due.state.state, due.personName])).toContainEqual([
      note.id,
      'needed',
      'Marisol',
    ]);
    expect(await billingReasons(note.id)).toEqual(['billing.notCoSigned']);
    const [refused] = (await peer.call('billing.check', { from: '2026-03-01', to: '2026-03-31', profile: DEFAULT_PAYER_PROFILE })).refused;
    expect(english(refused!.reasons)).toEqual([expect.stringMatching(/only once your supervisor has co-signed it/)]);

    const first = await sendForReview(note.id);
    expect((await states())[note.id]).toMatchObject({ state: 'waiting' });
    expect((await dueOnToday()).map((due) => due.recordId)).not.toContain(note.id);

    await answer(first.id, 'returned', 'Add what she said about the lease');
    expect((await states())[note.id]).toMatchObject({ state: 'returned', comment: 'Add what she said about the lease' });
    expect((await dueOnToday()).find((due) => due.recordId === note.id)?.state.state).toBe('returned');
    expect(await billingReasons(note.id)).toEqual(['billing.notCoSigned']);

    const second = await sendForReview(note.id);
    await answer(second.id, 'co-signed');
    expect((await states())[note.id]).toMatchObject({ state: 'co-signed', reviewer: 'Sam' });
    expect((await dueOnToday()).map((due) => due.recordId)).not.toContain(note.id);
    expect(await billingReasons(note.id)).toEqual([]);
  });

  it('loses the co-signature when the note changes after it, and needs review again', async () => {
    const draft = await peer.call('notes.saveDraft', { personId, id: null, fields: { ...MEETING, startTime: '13:00', endTime: '13:50' } });
    await answer((await sendForReview(draft.id)).id, 'co-signed');
    expect((await states())[draft.id]).toMatchObject({ state: 'co-signed' });

    await peer.call('notes.saveDraft', {
      personId,
      id: draft.id,
      fields: { ...MEETING, startTime: '13:00', endTime: '13:50', nextSteps: 'Call Friday' },
    });
    expect((await states())[draft.id]).toMatchObject({ state: 'changed', reviewer: 'Sam' });
    // Signing is a change too: what the supervisor co-signed was the draft.
    const signed = await peer.call('notes.sign', {
      personId,
      id: draft.id,
      fields: { ...MEETING, startTime: '13:00', endTime: '13:50', nextSteps: 'Call Friday' },
    });
    expect((await dueOnToday()).find((due) => due.recordId === signed.id)?.state.state).toBe('changed');
    expect(await billingReasons(signed.id)).toEqual(['billing.notCoSigned']);

    await answer((await sendForReview(signed.id)).id, 'co-signed');
    expect((await states())[signed.id]).toMatchObject({ state: 'co-signed' });
    expect(await billingReasons(signed.id)).toEqual([]);
  });

  it('files an answer for a note changed while it waited, which then needs review again', async () => {
    const draft = await peer.call('notes.saveDraft', { personId, id: null, fields: { ...MEETING, startTime: '15:00', endTime: '15:50' } });
    const item = await sendForReview(draft.id);
    await peer.call('notes.saveDraft', { personId, id: draft.id, fields: { ...MEETING, startTime: '15:00', endTime: '15:45' } });
    expect(await answer(item.id, 'co-signed')).toEqual({ filed: 1, problems: [] });
    expect((await states())[draft.id]).toMatchObject({ state: 'changed' });
  });
});

describe('Today’s list of what still needs co-signing', () => {
  it('shows the newest 20, and says how many more there are', async () => {
    for (let day = 1; day <= 21; day++) {
      const date = `2026-04-${String(day).padStart(2, '0')}`;
      await peer.call('notes.sign', { personId, id: null, fields: { ...MEETING, date } });
    }
    const due = await peer.call('team.coSignDue');
    expect(due.total).toBe(21);
    expect(due.items.map((item) => item.date)).toEqual(
      Array.from({ length: 20 }, (_, index) => `2026-04-${String(21 - index).padStart(2, '0')}`),
    );
    expect(due.items[0]).toMatchObject({
      kind: 'service-note',
      personName: 'Marisol',
      place: { screen: 'people', personId, tab: 'notes' },
    });
  });
});

describe('every review in both audit trails', () => {
  it('records sending and each answer in the peer’s History of the person, and receiving and answering in the supervisor’s own trail', async () => {
    const peerLines = (await peer.call('audit.history', { personId })).events.map((event) => event.summary);
    expect(peerLines.filter((line) => line === 'Sent to your supervisor for review')).toHaveLength(6);
    expect(peerLines.filter((line) => line === 'Co-signed by Sam')).toHaveLength(5);
    expect(peerLines).toContain('Returned by Sam: Add what she said about the lease');

    const trail = (await supervisor.call('audit.history', { personId: '' })).events;
    const lines = (summary: string) => trail.filter((event) => event.summary === summary);
    expect(lines('Alex sent what they wrote about Marisol for your review')).toHaveLength(6);
    expect(lines('You co-signed what Alex wrote about Marisol')).toHaveLength(5);
    expect(lines('You returned what Alex wrote about Marisol: Add what she said about the lease')).toHaveLength(1);
    // The supervisor keeps no record of Marisol: these lines belong to no person in their notebook.
    expect(trail.filter((event) => event.recordKind === 'review-item').every((event) => event.personId === null)).toBe(true);
  });
});
