import { describe, expect, it } from 'vitest';
import { english } from '../../../support/english';
import { addDays, addYears } from '@shared/records/dates';
import { firstVersionFields, type Signature } from '@shared/records/signed-versions';
import { DEFAULT_UNIT_RULE, ServiceNoteFields, type ServiceNoteInput } from '@shared/records/service-note';
import { todayHandlers } from '../../../../renderer/src/features/today/worker/today-handlers';
import { taskHandlers } from '../../../../renderer/src/features/tasks/worker/task-handlers';
import { peopleHandlers } from '../../../../renderer/src/features/people/worker/people-handlers';
import { peerHandlers } from '../../../../renderer/src/features/peer/worker/peer-handlers';
import type { Vault } from '../../../../renderer/src/vault/vault';
import { createdVault, PASSPHRASE, TestClock } from '../../vault/vault-fixture';
import { COMMUNITY_VAULT_POLICY } from '../../../../renderer/src/vault/vault-policy';
import { DamagedRecordError } from '../../../../renderer/src/vault/errors';
import { completeInput } from '../../../shared/records/release-fixtures';
import { CrisisEventFields } from '@shared/records/crisis-event';

const TODAY = '2026-11-23';
const NOW = `${TODAY}T15:00`;
const signature: Signature = { method: 'typed', signedAt: '2026-01-05T10:00:00-05:00', signerName: 'Jordan Rivers' };

async function notebook() {
  // The vault's clock says it is 15:00 on TODAY, on this computer's calendar.
  const fixture = await createdVault({ clock: new TestClock(new Date(`${NOW}:00`).getTime()) });
  const { vault } = fixture;
  const people = peopleHandlers(vault);
  const jordan = (await people['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } })).id;
  const ana = (await people['people.save']({ id: null, fields: { preferredName: 'Ana Morales' } })).id;
  const today = (vault_: Vault = vault, dueHours = 24) => {
    vault_.configure({ ...COMMUNITY_VAULT_POLICY, notes: { noteDueHours: dueHours, stateRules: [], noteUnitRule: DEFAULT_UNIT_RULE } });
    return todayHandlers(vault_)['today.list']();
  };
  return { ...fixture, jordan, ana, today, tasks: taskHandlers(vault) };
}

/** A signed explanation of the limits of confidentiality, reviewed next on `nextReviewDate`. */
const toldLimits = (vault: Vault, personId: string, nextReviewDate: string) =>
  vault.records.save({
    id: null,
    kind: 'confidentiality-disclosure',
    parentId: personId,
    changes: {
      ...firstVersionFields(),
      limitsExplained: ['harm-to-self'],
      explainedOn: '2026-01-05',
      explainedBy: 'Dana Peer',
      acknowledgement: 'signed-on-screen',
      nextReviewDate,
      signature,
    },
  });

const note = (vault: Vault, personId: string, fields: Partial<ServiceNoteInput>) =>
  vault.records.save({
    id: null,
    kind: 'service-note',
    parentId: personId,
    changes: ServiceNoteFields.parse({ date: TODAY, setting: 'community', contactType: 'in-person', ...fields }),
  });

const noteSignature = {
  signedAt: '2026-11-20T12:00:00-05:00',
  peerName: 'Dana Peer',
  credential: 'CPSS',
  units: 4,
  unitRule: { unitMinutes: 15, partialUnitFromMinutes: 8 },
};

describe('Today', () => {
  it('lists tasks and check-ins due today or overdue, each opening its person’s Tasks tab; a general one stays on Today', async () => {
    const { today, tasks, jordan } = await notebook();
    const weekly = await tasks['tasks.save']({
      id: null,
      personId: jordan,
      fields: { kind: 'check-in', title: 'Weekly call', dueOn: TODAY, recurrence: { every: 'week', interval: 1 } },
    });
    const late = await tasks['tasks.save']({
      id: null,
      personId: jordan,
      fields: { title: 'Send the housing form', dueOn: addDays(TODAY, -3) },
    });
    const general = await tasks['tasks.save']({ id: null, personId: null, fields: { title: 'Team meeting notes', dueOn: TODAY } });
    await tasks['tasks.save']({ id: null, personId: jordan, fields: { title: 'Next month', dueOn: addDays(TODAY, 30) } });

    const { tasks: items } = await today();
    expect(items.map((item) => [item.task.fields.title, item.state, item.personName])).toEqual([
      ['Send the housing form', 'overdue', 'Jordan Rivers'],
      ['Team meeting notes', 'today', null],
      ['Weekly call', 'today', 'Jordan Rivers'],
    ]);
    expect(items.find((item) => item.key === weekly.id)!.place).toEqual({ screen: 'people', personId: jordan, tab: 'tasks' });
    expect(items.find((item) => item.key === late.id)!.place).toEqual({ screen: 'people', personId: jordan, tab: 'tasks' });
    expect(items.find((item) => item.key === general.id)!.place).toBeNull();
  });

  it('a repeating check-in done today moves to next week and leaves Today; a one-off done is closed', async () => {
    const { today, tasks, jordan } = await notebook();
    const weekly = await tasks['tasks.save']({
      id: null,
      personId: jordan,
      fields: { kind: 'check-in', title: 'Weekly call', dueOn: TODAY, recurrence: { every: 'week', interval: 1 } },
    });
    const once = await tasks['tasks.save']({ id: null, personId: jordan, fields: { title: 'Bring the bus pass', dueOn: TODAY } });

    const done = await tasks['tasks.complete']({ id: weekly.id });
    expect(done.fields.dueOn).toBe(addDays(TODAY, 7));
    expect(done.fields.completions).toEqual([{ dueOn: TODAY, doneOn: TODAY, skipped: false }]);
    expect((await tasks['tasks.complete']({ id: once.id })).fields.closed).toBe(true);
    expect((await today()).tasks).toEqual([]);

    // Skipping one moves it on too, and says it was skipped.
    const skipped = await tasks['tasks.complete']({ id: weekly.id, skipped: true });
    expect(skipped.fields.dueOn).toBe(addDays(TODAY, 14));
    expect(skipped.fields.completions.at(-1)).toEqual({ dueOn: addDays(TODAY, 7), doneOn: TODAY, skipped: true });
    expect((await tasks['tasks.list']({ personId: jordan })).map((task) => [task.fields.title, task.fields.closed])).toEqual([
      ['Weekly call', false],
      ['Bring the bus pass', true],
    ]);
  });

  it('shows unsigned notes as due, then overdue after the agency’s hours, opening the person’s Notes tab', async () => {
    const { vault, today, jordan } = await notebook();
    const yesterday = await note(vault, jordan, { date: addDays(TODAY, -1), startTime: '10:00', endTime: '11:00' });
    const thisMorning = await note(vault, jordan, { startTime: '09:00', endTime: '10:00' });
    await note(vault, jordan, { date: addDays(TODAY, -2), startTime: '09:00', endTime: '10:00', signature: noteSignature });

    const { notes } = await today();
    expect(notes.map((item) => [item.key, item.state, item.dueAt])).toEqual([
      [yesterday.id, 'overdue', `${TODAY}T11:00`],
      [thisMorning.id, 'due', `${addDays(TODAY, 1)}T10:00`],
    ]);
    expect(notes[0]!.place).toEqual({ screen: 'people', personId: jordan, tab: 'notes' });
    expect(notes[0]!.personName).toBe('Jordan Rivers');
    // A longer due time (say, three days) makes yesterday's note merely due.
    expect((await today(vault, 72)).notes.map((item) => item.state)).toEqual(['due', 'due']);
  });

  it('keeps its list of unsigned notes right through signing and deleting, and across a restart', async () => {
    const { vault, reopen, today, jordan } = await notebook();
    const first = await note(vault, jordan, { startTime: '09:00', endTime: '10:00' });
    const second = await note(vault, jordan, { startTime: '13:00', endTime: '14:00' });
    const third = await note(vault, jordan, { startTime: '14:00', endTime: '14:30' });
    expect((await today()).notes.map((item) => item.key)).toEqual([first.id, second.id, third.id]);

    await vault.records.save({ id: first.id, kind: 'service-note', changes: { signature: noteSignature } });
    await vault.records.remove('service-note', second.id);
    await vault.records.save({ id: third.id, kind: 'service-note', changes: { endTime: '15:00' } });
    expect((await today()).notes.map((item) => [item.key, item.dueAt])).toEqual([[third.id, `${addDays(TODAY, 1)}T15:00`]]);

    const restarted = reopen();
    await restarted.unlock(PASSPHRASE);
    expect((await today(restarted)).notes.map((item) => [item.key, item.dueAt])).toEqual([[third.id, `${addDays(TODAY, 1)}T15:00`]]);
  });

  it('never opens a signed note to find the unsigned ones', async () => {
    const { vault, db, reopen, today, jordan } = await notebook();
    const draft = await note(vault, jordan, { startTime: '09:00', endTime: '10:00' });
    const signed = await note(vault, jordan, { date: addDays(TODAY, -2), startTime: '09:00', endTime: '10:00', signature: noteSignature });
    // Garble the signed note where it is stored: opening it now would fail as tampered.
    const row = (await db.records.get(signed.id))!;
    await db.records.put({ ...row, ct: row.ct.map((byte) => byte ^ 0xff) });

    const restarted = reopen();
    await restarted.unlock(PASSPHRASE);
    expect((await today(restarted)).notes.map((item) => item.key)).toEqual([draft.id]);
    await expect(restarted.records.get('service-note', signed.id)).rejects.toThrow(DamagedRecordError);
  });

  it('rebuilds the list of unsigned notes for a notebook that has none stored yet', async () => {
    const { vault, db, reopen, today, jordan } = await notebook();
    const draft = await note(vault, jordan, { startTime: '09:00', endTime: '10:00' });
    await db.meta.delete('unsignedNotes');
    const restarted = reopen();
    await restarted.unlock(PASSPHRASE);
    expect((await today(restarted)).notes.map((item) => item.key)).toEqual([draft.id]);
    expect(await db.meta.get('unsignedNotes')).toBeDefined();
  });

  it('flags the limits of confidentiality not gone over or due, and agreements due for review, at their tabs', async () => {
    const { vault, today, jordan, ana } = await notebook();
    await toldLimits(vault, jordan, addDays(TODAY, 200));
    await vault.records.save({
      id: null,
      kind: 'agreement',
      parentId: jordan,
      changes: {
        ...firstVersionFields(),
        startDate: '2026-05-01',
        reviewDate: addDays(TODAY, -1),
        meetingPlaces: 'Library',
        howToReachPeer: 'Text',
        whenNotToReach: 'Sundays',
        signature,
      },
    });

    const { paperwork } = await today();
    expect(paperwork.map((item) => [item.kind, item.personName, 'state' in item ? item.state : null, item.place])).toEqual([
      ['confidentiality', 'Ana Morales', 'none', { screen: 'people', personId: ana, tab: 'confidentiality' }],
      ['agreement', 'Jordan Rivers', 'overdue', { screen: 'people', personId: jordan, tab: 'agreement' }],
    ]);
    const ana_ = paperwork[0]!;
    expect(ana_.kind === 'confidentiality' && english(ana_.message)).toContain('Ana Morales');

    await toldLimits(vault, ana, addDays(TODAY, 5));
    expect(
      (await today()).paperwork
        .filter((item) => item.kind === 'confidentiality')
        .map((item) => [item.personName, 'state' in item && item.state]),
    ).toEqual([['Ana Morales', 'review-due']]);
  });

  it('shows a recovery plan due for review, at the Recovery plan tab', async () => {
    const { vault, today, jordan, ana } = await notebook();
    for (const personId of [jordan, ana]) await toldLimits(vault, personId, addDays(TODAY, 200));
    const plan = {
      ...firstVersionFields(),
      strengths: 'Keeps promises',
      goals: [{ id: 'g1', inTheirWords: 'My own place', steps: [{ id: 's1', what: 'Call the housing office' }] }],
      signature,
    };
    const due = await vault.records.save({
      id: null,
      kind: 'recovery-plan',
      parentId: jordan,
      changes: { ...plan, reviewDate: addDays(TODAY, 10) },
    });
    await vault.records.save({ id: null, kind: 'recovery-plan', parentId: ana, changes: { ...plan, reviewDate: addDays(TODAY, 90) } });

    expect((await today()).paperwork).toEqual([
      {
        key: due.id,
        kind: 'recoveryPlan',
        personName: 'Jordan Rivers',
        state: 'due-soon',
        reviewDate: addDays(TODAY, 10),
        place: { screen: 'people', personId: jordan, tab: 'recoveryPlan' },
      },
    ]);
  });

  it('shows releases ending within 30 days, at the Releases tab, and not ones ending later or revoked', async () => {
    const { vault, today, jordan, ana } = await notebook();
    for (const personId of [jordan, ana]) await toldLimits(vault, personId, addDays(TODAY, 200));
    const release = (personId: string, seriesId: string, endsOn: string, more = {}) =>
      vault.records.save({
        id: null,
        kind: 'release',
        parentId: personId,
        changes: { ...completeInput({ seriesId, expiration: { kind: 'date', date: endsOn } }), ...more },
      });
    const soon = await release(jordan, 'r1', addDays(TODAY, 12));
    await release(jordan, 'r2', addDays(TODAY, 45));
    await release(ana, 'r3', addDays(TODAY, 3), { revocation: { revokedOn: TODAY, receivedHow: 'in-writing', notes: '' } });

    expect((await today()).paperwork).toEqual([
      {
        key: soon.id,
        kind: 'release',
        personName: 'Jordan Rivers',
        endsOn: addDays(TODAY, 12),
        daysLeft: 12,
        recipients: ['Wake County Housing'],
        place: { screen: 'people', personId: jordan, tab: 'releases' },
      },
    ]);
  });

  it('shows referrals whose follow-up has come, at the Referrals tab, with the resource’s name', async () => {
    const { vault, today, jordan, ana } = await notebook();
    for (const personId of [jordan, ana]) await toldLimits(vault, personId, addDays(TODAY, 200));
    const pantry = await vault.records.save({ id: null, kind: 'resource', changes: { name: 'Hope Street Food Pantry', kind: 'food' } });
    const due = await vault.records.save({
      id: null,
      kind: 'referral',
      parentId: jordan,
      changes: { resourceId: pantry.id, madeOn: '2026-11-01', status: 'suggested', followUpOn: TODAY },
    });
    await vault.records.save({
      id: null,
      kind: 'referral',
      parentId: jordan,
      changes: { resourceId: pantry.id, madeOn: '2026-11-01', status: 'connected', followUpOn: TODAY },
    });
    await vault.records.save({
      id: null,
      kind: 'referral',
      parentId: jordan,
      changes: { resourceId: pantry.id, madeOn: '2026-11-01', status: 'contacted', followUpOn: addDays(TODAY, 3) },
    });

    expect((await today()).paperwork).toEqual([
      {
        key: due.id,
        kind: 'referral',
        personName: 'Jordan Rivers',
        followUpOn: TODAY,
        resourceName: 'Hope Street Food Pantry',
        place: { screen: 'people', personId: jordan, tab: 'referrals' },
      },
    ]);
  });

  it('asks for a crisis follow-up from the event until it is marked done, at the Crisis and safety tab', async () => {
    const { vault, today, jordan, ana } = await notebook();
    for (const personId of [jordan, ana]) await toldLimits(vault, personId, addDays(TODAY, 200));
    const crisis = (followUpDate: string, followUpDone = false) =>
      vault.records.save({
        id: null,
        kind: 'crisis-event',
        parentId: jordan,
        changes: CrisisEventFields.parse({
          occurredAt: `${TODAY}T09:00`,
          whatHappened: 'Felt unsafe at the shelter',
          actionsTaken: 'Talked it through',
          followUpDate,
          followUpDone,
        }),
      });
    const open = await crisis(addDays(TODAY, 3));
    await crisis(addDays(TODAY, 3), true);
    await crisis('');

    expect((await today()).paperwork).toEqual([
      {
        key: `${open.id}/follow-up`,
        kind: 'crisisFollowUp',
        personName: 'Jordan Rivers',
        followUpDate: addDays(TODAY, 3),
        place: { screen: 'people', personId: jordan, tab: 'crisis' },
      },
    ]);
  });

  it('reminds about the peer’s own certification renewal within 90 days, opening Settings', async () => {
    const { vault, today } = await notebook();
    const peer = peerHandlers(vault);
    await peer['peer.save']({
      certifiedOn: addDays(addYears(TODAY, -2), 91),
      ceLog: [{ id: 'ce1', on: '2026-03-01', title: 'Motivational interviewing', hours: 6 }],
    });
    expect((await today()).certification).toBeNull();

    await peer['peer.save']({ certifiedOn: addDays(addYears(TODAY, -2), 90) });
    expect((await today()).certification).toEqual({
      key: 'certification',
      place: { screen: 'settings' },
      status: { renewalOn: addDays(TODAY, 90), daysLeft: 90, hoursLogged: 6, hoursRequired: 20, hoursStillNeeded: 14, remind: true },
    });
  });

  it('leaves out what belongs to someone no longer in the notebook', async () => {
    const { vault, today, tasks, jordan } = await notebook();
    await tasks['tasks.save']({ id: null, personId: jordan, fields: { title: 'Call back', dueOn: TODAY } });
    await note(vault, jordan, { startTime: '09:00', endTime: '10:00' });
    await peopleHandlers(vault)['people.remove']({ id: jordan });
    const list = await today();
    expect([list.tasks, list.notes, list.paperwork.filter((item) => item.personName === 'Jordan Rivers')]).toEqual([[], [], []]);
  });
});
