import { describe, expect, it } from 'vitest';
import { searchDocumentOf, type SearchableRecord } from '@shared/search/record-text';
import { PersonFields } from '@shared/records/person';
import { ServiceNoteFields } from '@shared/records/service-note';
import { RecoveryPlanFields } from '@shared/records/recovery-plan';
import { CrisisEventFields } from '@shared/records/crisis-event';
import { ResourceFields } from '@shared/records/resource';
import { TaskFields } from '@shared/records/task';

const record = (kind: string, parentId: string | null, fields: object, id = `${kind}-1`): SearchableRecord => ({
  id,
  body: { kind, parentId, fields: fields as Record<string, unknown> },
});

describe('the searchable text of a record', () => {
  it('finds a person by their name, under themselves, with what matters to them and who is in their corner', () => {
    const jordan = PersonFields.parse({
      preferredName: 'Jordan',
      legalName: 'Jordan A. Rivers',
      phone: '919-555-0142',
      importantToMe: 'My dog Biscuit',
      supporters: [{ id: 's1', name: 'Aunt Carol', relationship: 'aunt', phone: '919-555-0100' }],
    });
    const document = searchDocumentOf(record('person', null, jordan, 'p-jordan'))!;
    expect(document).toMatchObject({ id: 'p-jordan', kind: 'person', personId: 'p-jordan', title: 'Jordan' });
    expect(document.text).toContain('Jordan A. Rivers');
    expect(document.text).toContain('My dog Biscuit');
    expect(document.text).toContain('Aunt Carol');
    // Contact details are not what a peer searches their notes for.
    expect(document.text).not.toContain('555');
  });

  it("takes a service note's what-we-did, their response, next steps and the goals worked on, dated by the meeting", () => {
    const note = ServiceNoteFields.parse({
      date: '2026-04-14',
      setting: 'community',
      contactType: 'in-person',
      goalsAddressed: [{ goalId: 'g1', inTheirWords: 'A place of my own' }],
      whatWeDid: 'Rode the bus to the clinic together.',
      theirResponse: 'Said the garden at the church makes mornings lighter.',
      nextSteps: 'Call the housing office on Friday.',
    });
    const document = searchDocumentOf(record('service-note', 'p-jordan', note))!;
    expect(document).toMatchObject({ kind: 'service-note', personId: 'p-jordan', title: '', date: '2026-04-14' });
    for (const words of ['bus to the clinic', 'garden at the church', 'housing office', 'A place of my own'])
      expect(document.text).toContain(words);
    expect(document.text).not.toContain('H0038');
  });

  it("reads a recovery plan's goals and their steps, dated by when the person signed it", () => {
    const plan = RecoveryPlanFields.parse({
      seriesId: 'series-1',
      lifeDomains: ['Housing'],
      reviewDate: '2026-09-01',
      strengths: 'Keeps promises',
      goals: [
        {
          id: 'g1',
          inTheirWords: 'Have my own place with a door that locks',
          steps: [{ id: 's1', what: 'Call the housing office', whoHelps: 'Dana' }],
        },
      ],
      signature: { method: 'typed', signedAt: '2026-03-02T15:04:00.000Z', signerName: 'Jordan Rivers' },
    });
    const document = searchDocumentOf(record('recovery-plan', 'p-jordan', plan))!;
    expect(document.date).toBe('2026-03-02');
    for (const words of ['Housing', 'Keeps promises', 'a door that locks', 'Call the housing office', 'Dana'])
      expect(document.text).toContain(words);
  });

  it('reads who was contacted in a crisis and why, dated by the day it happened', () => {
    const event = CrisisEventFields.parse({
      occurredAt: '2026-05-01T22:15',
      whatHappened: 'Felt unsafe at the shelter',
      actionsTaken: 'Stayed on the phone and made a plan together',
      contacts: [{ who: 'Mobile crisis team', why: 'With their permission, to come by', underLimit: 'with-consent' }],
    });
    const document = searchDocumentOf(record('crisis-event', 'p-jordan', event))!;
    expect(document.date).toBe('2026-05-01');
    expect(document.text).toContain('Mobile crisis team');
    expect(document.text).toContain('to come by');
  });

  it('keeps resources and general tasks apart from any one person, named by their own names', () => {
    const pantry = ResourceFields.parse({ name: 'Inter-Faith Food Shuttle', kind: 'food', address: 'Blair Dr, Raleigh' });
    expect(searchDocumentOf(record('resource', null, pantry))).toMatchObject({
      personId: null,
      title: 'Inter-Faith Food Shuttle',
      text: 'Blair Dr, Raleigh',
    });
    const task = TaskFields.parse({ title: 'Renew my certification', dueOn: '2026-06-01' });
    expect(searchDocumentOf(record('task', null, task))).toMatchObject({
      personId: null,
      title: 'Renew my certification',
      date: '2026-06-01',
    });
    expect(searchDocumentOf(record('task', 'p-jordan', task))?.personId).toBe('p-jordan');
  });

  it("has nothing for a deleted record, the peer's own profile, a kind from a newer app, or a record with no words", () => {
    expect(searchDocumentOf({ id: 'x', body: { kind: 'service-note', parentId: 'p', fields: {}, deleted: true } })).toBeNull();
    expect(searchDocumentOf(record('peer-profile', null, { name: 'Dana Peer' }))).toBeNull();
    expect(searchDocumentOf(record('hologram', 'p', { text: 'from the future' }))).toBeNull();
    expect(searchDocumentOf(record('barc10', 'p', { takenOn: '2026-01-01', answers: { 1: 4 }, notes: '' }))).toBeNull();
  });

  it('takes whatever text a record from an older or newer app has, without failing on odd shapes', () => {
    const document = searchDocumentOf(
      record('service-note', 'p', {
        date: '2026-01-05',
        whatWeDid: 'Walked by the lake',
        goalsAddressed: 'not a list',
        group: null,
        extra: 'ignored',
      }),
    )!;
    expect(document.text).toBe('Walked by the lake');
  });
});
