import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotePolicy } from '@shared/agency/note-policy';
import { DEFAULT_UNIT_RULE, type ServiceNoteInput } from '@shared/records/service-note';
import { documentHandlers } from '../../../../renderer/src/features/documents/worker/document-handlers';
import { noteHandlers } from '../../../../renderer/src/features/notes/worker/note-handlers';
import { peerHandlers } from '../../../../renderer/src/features/peer/worker/peer-handlers';
import { peopleHandlers } from '../../../../renderer/src/features/people/worker/people-handlers';
import { createdVault } from '../../vault/vault-fixture';
import { COMMUNITY_VAULT_POLICY, type VaultPolicy } from '../../../../renderer/src/vault/vault-policy';

/** The agency's rules unless a test says otherwise: due in 24 hours, 15-minute units by the 8-minute rule. */
const policy: NotePolicy = { noteDueHours: 24, stateRules: [], noteUnitRule: DEFAULT_UNIT_RULE };
const withNotes = (notes: NotePolicy): VaultPolicy => ({ ...COMMUNITY_VAULT_POLICY, notes });
const HOUSING = { goalId: 'g1', inTheirWords: 'Have my own place' };

/** A notebook with Dana as the peer, Jordan with a recovery plan of two goals (one finished). */
async function notebook() {
  const { vault } = await createdVault();
  const notes = noteHandlers(vault);
  const people = peopleHandlers(vault);
  await peerHandlers(vault)['peer.save']({ name: 'Dana Peer', credential: 'CPSS' });
  const jordan = await people['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
  await documentHandlers(vault)['documents.saveDraft']({
    personId: jordan.id,
    kind: 'recovery-plan',
    id: null,
    fields: {
      seriesId: 's1',
      goals: [
        {
          id: 'g1',
          inTheirWords: 'Have my own place',
          steps: [
            { id: 's1', what: 'Call the housing office', status: 'started' },
            { id: 's2', what: 'Get my ID', status: 'done' },
          ],
        },
        { id: 'g2', inTheirWords: 'Get my license back', steps: [{ id: 's3', what: 'Pay the fine', status: 'done' }] },
      ],
    },
  });
  return { vault, notes, people, jordanId: jordan.id };
}

const complete: ServiceNoteInput = {
  date: '2026-03-02',
  startTime: '10:00',
  endTime: '10:50',
  setting: 'community',
  contactType: 'in-person',
  goalsAddressed: [HOUSING],
  whatWeDid: 'Looked at two apartment listings together',
  theirResponse: '"I can do this if I call them myself"',
  nextSteps: 'Call the landlord on Wednesday',
};

afterEach(() => {
  vi.useRealTimers();
});

describe('service notes', () => {
  it("start from the last note's next steps, the plan's open goals and the peer's name and credential", async () => {
    const { notes, jordanId } = await notebook();
    expect(await notes['notes.planGoals']({ personId: jordanId })).toEqual([{ ...HOUSING, openSteps: ['Call the housing office'] }]);
    const first = await notes['notes.start']({ personId: jordanId });
    expect(await notes['notes.lastNextSteps']({ personId: jordanId, noteId: null })).toBe('');
    expect(first).toMatchObject({
      contactType: 'in-person',
      serviceCode: 'H0038',
      peerName: 'Dana Peer',
      credential: 'CPSS',
      whatWeDid: '',
      goalsAddressed: [],
    });

    await notes['notes.sign']({ personId: jordanId, id: null, fields: complete });
    const next = await notes['notes.start']({ personId: jordanId });
    expect(await notes['notes.lastNextSteps']({ personId: jordanId, noteId: null })).toBe('Call the landlord on Wednesday');
    expect(next.whatWeDid).toBe('');
    expect(next.goalsAddressed).toEqual([HOUSING]);
    expect(next.signature).toBeNull();
  });

  it("show the last note's next steps to a draft reopened later (after unlocking, or from the list), never the draft's own", async () => {
    const { notes, jordanId } = await notebook();
    await notes['notes.sign']({ personId: jordanId, id: null, fields: complete });
    const draft = await notes['notes.saveDraft']({
      personId: jordanId,
      id: null,
      fields: { ...complete, date: '2026-03-09', nextSteps: 'Visit the new apartment' },
    });
    // The draft is the newest note, yet what it is reminded of is the signed note before it.
    expect(await notes['notes.lastNextSteps']({ personId: jordanId, noteId: draft.id })).toBe('Call the landlord on Wednesday');
    // A new note started after it is reminded of the draft's next steps, the newest written.
    expect(await notes['notes.lastNextSteps']({ personId: jordanId, noteId: null })).toBe('Visit the new apartment');
  });

  it("take the peer's name, credential and service code from their profile, set once, and are signed as it says at signing", async () => {
    const { vault, notes, jordanId } = await notebook();
    const peer = peerHandlers(vault);
    await peer['peer.save']({ serviceCode: 'H2015' });
    expect(await notes['notes.start']({ personId: jordanId })).toMatchObject({
      serviceCode: 'H2015',
      peerName: 'Dana Peer',
      credential: 'CPSS',
    });
    const draft = await notes['notes.saveDraft']({ personId: jordanId, id: null, fields: complete });
    // The credential changed in Settings after the draft was started: the signature has the new one.
    await peer['peer.save']({ credential: 'NC CPSS' });
    const signed = await notes['notes.sign']({ personId: jordanId, id: draft.id, fields: draft.fields });
    expect(signed.fields.signature).toMatchObject({ peerName: 'Dana Peer', credential: 'NC CPSS' });
  });

  it('refuse to sign, saying what is missing, and keep the draft as it was', async () => {
    const { notes, jordanId } = await notebook();
    const draft = await notes['notes.saveDraft']({
      personId: jordanId,
      id: null,
      fields: { ...complete, theirResponse: '', goalsAddressed: [] },
    });
    await expect(notes['notes.sign']({ personId: jordanId, id: draft.id, fields: draft.fields })).rejects.toThrow(
      'Not ready to sign yet. Pick at least one goal from their plan that you worked on together. Write how they responded.',
    );
    const [listed] = await notes['notes.list']({ personId: jordanId });
    expect(listed!.fields.signature).toBeNull();
  });

  it('are locked once signed: units, time, peer and credential fixed, and a later change refused', async () => {
    const { notes, jordanId } = await notebook();
    const draft = await notes['notes.saveDraft']({ personId: jordanId, id: null, fields: complete });
    const before = Date.now();
    const signed = await notes['notes.sign']({ personId: jordanId, id: draft.id, fields: draft.fields });
    expect(signed.fields.signature).toMatchObject({ peerName: 'Dana Peer', credential: 'CPSS', units: 3 });
    expect(Date.parse(signed.fields.signature!.signedAt)).toBeGreaterThanOrEqual(before - 1000);

    await expect(
      notes['notes.saveDraft']({ personId: jordanId, id: draft.id, fields: { ...complete, whatWeDid: 'Something else' } }),
    ).rejects.toThrow(
      /^This note was signed on .*, so it can't be changed\. Use "Add a correction" under it; the signed note stays as it was\.$/,
    );
    await expect(notes['notes.sign']({ personId: jordanId, id: draft.id, fields: complete })).rejects.toThrow(
      'This note is already signed.',
    );
    const [listed] = await notes['notes.list']({ personId: jordanId });
    expect(listed).toMatchObject({ state: 'signed', units: 3, fields: { whatWeDid: complete.whatWeDid } });
  });

  it('refuse to sign before the meeting has ended, saying when it can be, and sign once it has', async () => {
    const { notes, jordanId } = await notebook();
    const draft = await notes['notes.saveDraft']({ personId: jordanId, id: null, fields: complete });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 2, 5, 15)); // 5:15 on the morning of a 10:00–10:50 meeting, on this computer's clock
    await expect(notes['notes.sign']({ personId: jordanId, id: draft.id, fields: draft.fields })).rejects.toThrow(
      'This meeting ends at 10:50 AM today. You can sign the note after that.',
    );
    expect((await notes['notes.list']({ personId: jordanId }))[0]!.fields.signature).toBeNull();

    vi.setSystemTime(new Date(2026, 2, 2, 10, 50));
    const signed = await notes['notes.sign']({ personId: jordanId, id: draft.id, fields: draft.fields });
    expect(signed.fields.signature).toMatchObject({ units: 3 });
    expect(new Date(signed.fields.signature!.signedAt).getTime()).toBe(new Date(2026, 2, 2, 10, 50).getTime());
  });

  it('take a correction as an addendum with its own author and time, shown with the note', async () => {
    const { notes, jordanId } = await notebook();
    const draft = await notes['notes.saveDraft']({ personId: jordanId, id: null, fields: complete });
    await expect(
      notes['notes.addAddendum']({ noteId: draft.id, text: 'Too early', author: 'Dana Peer', credential: 'CPSS' }),
    ).rejects.toThrow('This note is not signed yet');
    const signed = await notes['notes.sign']({ personId: jordanId, id: draft.id, fields: draft.fields });
    await expect(notes['notes.addAddendum']({ noteId: signed.id, text: '   ', author: 'Dana Peer', credential: 'CPSS' })).rejects.toThrow(
      'Write what needs to be added or corrected.',
    );
    await notes['notes.addAddendum']({
      noteId: signed.id,
      text: 'The meeting ended at 10:45, not 10:50.',
      author: 'Alex Supervisor',
      credential: 'LCSW',
    });

    const [listed] = await notes['notes.list']({ personId: jordanId });
    expect(listed!.fields.endTime).toBe('10:50');
    expect(listed!.addenda).toHaveLength(1);
    expect(listed!.addenda[0]!.fields).toMatchObject({
      noteId: signed.id,
      text: 'The meeting ended at 10:45, not 10:50.',
      author: 'Alex Supervisor',
      credential: 'LCSW',
    });
    expect(listed!.addenda[0]!.fields.writtenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("count units by the agency's rule, and a signed note keeps the rule it was signed under", async () => {
    const { vault, notes, jordanId } = await notebook();
    const halfHours = { unitMinutes: 30, partialUnitFromMinutes: 15 };
    const draft = await notes['notes.saveDraft']({ personId: jordanId, id: null, fields: complete }); // 50 minutes
    expect((await notes['notes.list']({ personId: jordanId }))[0]!.units).toBe(3);
    vault.configure(withNotes({ ...policy, noteUnitRule: halfHours }));
    expect((await notes['notes.list']({ personId: jordanId }))[0]!.units).toBe(2);
    const signed = await notes['notes.sign']({ personId: jordanId, id: draft.id, fields: draft.fields });
    expect(signed.fields.signature).toMatchObject({ units: 2, unitRule: halfHours });
    // The agency changing its rule later does not rewrite what was billed.
    vault.configure(withNotes(policy));
    expect((await notes['notes.list']({ personId: jordanId }))[0]!.units).toBe(2);
  });

  it("are due, then overdue, by the agency's due hours after the meeting ends", async () => {
    const { vault, notes, jordanId } = await notebook();
    await notes['notes.saveDraft']({ personId: jordanId, id: null, fields: complete });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 3, 9, 0)); // March 3, 09:00 on this computer's clock
    expect(await notes['notes.list']({ personId: jordanId })).toMatchObject([{ state: 'due', dueAt: '2026-03-03T10:50', units: 3 }]);
    vault.configure(withNotes({ ...policy, noteDueHours: 12 }));
    expect(await notes['notes.list']({ personId: jordanId })).toMatchObject([{ state: 'overdue', dueAt: '2026-03-02T22:50' }]);
  });

  it("follow the agency's deadline for the state the peer works in, counted in business days", async () => {
    const { vault, notes, jordanId } = await notebook();
    const texas: NotePolicy = { ...policy, stateRules: [{ state: 'TX', noteDeadline: { businessDays: 2 } }] };
    await notes['notes.saveDraft']({ personId: jordanId, id: null, fields: { ...complete, date: '2026-03-06' } }); // a Friday
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 9, 9, 0)); // the Monday after, 09:00
    // Not said where they work: the general 24 hours, so overdue since Saturday.
    vault.configure(withNotes(texas));
    expect(await notes['notes.list']({ personId: jordanId })).toMatchObject([{ state: 'overdue', dueAt: '2026-03-07T10:50' }]);
    await peerHandlers(vault)['peer.save']({ workState: 'TX' });
    // In Texas: two business days, the weekend not counted.
    expect(await notes['notes.list']({ personId: jordanId })).toMatchObject([{ state: 'due', dueAt: '2026-03-10T10:50' }]);
  });

  it('are listed newest meeting first', async () => {
    const { notes, jordanId } = await notebook();
    for (const date of ['2026-03-02', '2026-03-09', '2026-03-05'])
      await notes['notes.saveDraft']({ personId: jordanId, id: null, fields: { ...complete, date } });
    expect((await notes['notes.list']({ personId: jordanId })).map((note) => note.fields.date)).toEqual([
      '2026-03-09',
      '2026-03-05',
      '2026-03-02',
    ]);
  });
});

describe('a group note', () => {
  async function group() {
    const fixture = await notebook();
    const sam = await fixture.people['people.save']({ id: null, fields: { preferredName: 'Sam Lee' } });
    const riley = await fixture.people['people.save']({ id: null, fields: { preferredName: 'Riley Chen' } });
    const session = {
      date: '2026-03-04',
      startTime: '18:00',
      endTime: '19:30',
      setting: 'community' as const,
      sharedPart: 'We talked about building a daily routine; each shared one thing that helps.',
      participants: [
        {
          personId: fixture.jordanId,
          individualPart: 'Shared that morning walks help.',
          theirResponse: 'Engaged',
          nextSteps: 'Walk three mornings',
        },
        { personId: sam.id, individualPart: 'Spoke about cooking.', theirResponse: 'Smiled a lot', nextSteps: 'Cook one meal' },
        { personId: riley.id, individualPart: 'Asked about meetings nearby.', theirResponse: 'Curious', nextSteps: 'Visit a meeting' },
      ],
    };
    return { ...fixture, samId: sam.id, rileyId: riley.id, session };
  }

  it('becomes a draft note for each person: the shared part once, their own part only in theirs', async () => {
    const { notes, session, jordanId, samId } = await group();
    expect(await notes['notes.saveGroup'](session)).toHaveLength(3);
    const [jordans] = await notes['notes.list']({ personId: jordanId });
    expect(jordans!.fields).toMatchObject({
      contactType: 'group',
      serviceCode: 'H0038-HQ',
      whatWeDid: 'Shared that morning walks help.',
      peerName: 'Dana Peer',
      credential: 'CPSS',
      signature: null,
    });
    expect(jordans!.fields.group?.sharedPart).toBe(session.sharedPart);
    const [sams] = await notes['notes.list']({ personId: samId });
    expect(sams!.fields.group?.sessionId).toBe(jordans!.fields.group?.sessionId);
    expect(JSON.stringify(sams!.fields)).not.toMatch(/morning walks|Jordan|Riley|meetings nearby/);
  });

  it('is refused, saying which name and where, when a part names someone else in the group, and nothing is saved', async () => {
    const { notes, session, jordanId, samId } = await group();
    const participants = session.participants.map((part) =>
      part.personId === samId ? { ...part, individualPart: 'Sat next to Jordan and laughed.' } : part,
    );
    await expect(notes['notes.saveGroup']({ ...session, participants })).rejects.toThrow("Sam Lee's part names Jordan Rivers.");
    await expect(notes['notes.saveGroup']({ ...session, sharedPart: 'Riley led the check-in.' })).rejects.toThrow(
      'The part shared by everyone names Riley Chen.',
    );
    expect(await notes['notes.list']({ personId: jordanId })).toEqual([]);
  });

  it('needs at least two people and a real meeting time', async () => {
    const { notes, session } = await group();
    await expect(notes['notes.saveGroup']({ ...session, participants: session.participants.slice(0, 1) })).rejects.toThrow(
      'A group session needs at least two people.',
    );
    await expect(notes['notes.saveGroup']({ ...session, startTime: '7pm' })).rejects.toThrow(
      'Write the start time as hours and minutes, like 09:30.',
    );
  });
});
