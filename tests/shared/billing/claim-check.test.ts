import { describe, expect, it } from 'vitest';
import { inEnglish } from '@shared/messages';
import { checkClaims, placeOfService, type BillableNote, type BilledPerson } from '@shared/billing/claim-check';
import { DEFAULT_PAYER_PROFILE, type PayerProfile } from '@shared/billing/payer-profile';
import { signServiceNote, type ServiceNoteInput } from '@shared/records/service-note';
import { draftNote } from '../records/service-note-fixtures';

const draft = draftNote;

function signed(id: string, over: Partial<ServiceNoteInput> = {}, personId = 'jordan'): BillableNote {
  const fields = draft(over);
  const signer = {
    signedAt: `${fields.date}T23:00:00-05:00`,
    localTime: `${fields.date}T23:00`,
    peerName: 'Dana Peer',
    credential: 'CPSS',
  };
  return { id, personId, fields: signServiceNote(fields, signer) };
}

const jordan: BilledPerson = { preferredName: 'Jordan', recordNumber: '900123456Q', dateOfBirth: '1990-05-01' };
const sam: BilledPerson = { preferredName: 'Sam', recordNumber: '900765432R', dateOfBirth: '1985-01-20' };
const people = new Map([
  ['jordan', jordan],
  ['sam', sam],
]);

const check = (notes: BillableNote[], profile: PayerProfile = DEFAULT_PAYER_PROFILE, over: { people?: Map<string, BilledPerson> } = {}) =>
  checkClaims({ notes, people: over.people ?? people, profile, from: '2026-03-01', to: '2026-03-31' });

const reasonsOf = (result: ReturnType<typeof check>, noteId: string) =>
  result.refused.find((refused) => refused.noteId === noteId)?.reasons.map((reason) => reason.key) ?? [];

describe('claim lines from signed notes', () => {
  it('makes one line per signed note with what the payer needs', () => {
    const result = check([signed('n1')]);
    expect(result.refused).toEqual([]);
    expect(result.lines).toEqual([
      {
        noteId: 'n1',
        personId: 'jordan',
        medicaidId: '900123456Q',
        dateOfService: '2026-03-02',
        startTime: '10:00',
        endTime: '10:50',
        procedureCode: 'H0038',
        modifiers: [],
        units: 3,
        placeOfService: '99',
        renderingPeer: 'Dana Peer',
        credential: 'CPSS',
        goalsServed: ['Get my own place by spring'],
      },
    ]);
  });

  it('splits a group code into code and HQ modifier', () => {
    const note = signed('g1', { contactType: 'group', serviceCode: 'H0038-HQ', group: { sessionId: 's1', sharedPart: 'Talked jobs' } });
    expect(check([note]).lines[0]).toMatchObject({ procedureCode: 'H0038', modifiers: ['HQ'] });
  });

  it('counts units under the payer rule when it differs from the rule the note was signed under', () => {
    const wholeUnits: PayerProfile = { ...DEFAULT_PAYER_PROFILE, unitRule: { unitMinutes: 15, partialUnitFromMinutes: 15 } };
    // 50 minutes: 3 units under the 8-minute rule, 3 whole units; 40 minutes: 3 and 2.
    expect(check([signed('n1', { endTime: '10:40' })]).lines[0]!.units).toBe(3);
    expect(check([signed('n1', { endTime: '10:40' })], wholeUnits).lines[0]!.units).toBe(2);
  });

  it('leaves out notes outside the dates, and orders lines by date and time', () => {
    const result = check([
      signed('late', { date: '2026-03-09' }),
      signed('early', { date: '2026-03-03', startTime: '09:00', endTime: '09:30' }),
      signed('april', { date: '2026-04-01' }),
    ]);
    expect(result.lines.map((line) => line.noteId)).toEqual(['early', 'late']);
  });

  it('reports only the chosen person, while their group still counts everyone', () => {
    const result = checkClaims({
      notes: [signed('n1'), signed('n2', { date: '2026-03-04' }, 'sam')],
      people,
      profile: DEFAULT_PAYER_PROFILE,
      from: '2026-03-01',
      to: '2026-03-31',
      personId: 'sam',
    });
    expect(result.lines.map((line) => line.noteId)).toEqual(['n2']);
  });

  it.each([
    ['home', 'in-person', '12'],
    ['office', 'in-person', '11'],
    ['emergency-department', 'in-person', '23'],
    ['community', 'in-person', '99'],
    ['home', 'video', '10'],
    ['office', 'phone', '02'],
  ] as const)('a meeting at %s, %s, is place of service %s', (setting, contactType, code) => {
    expect(placeOfService({ setting, contactType })).toBe(code);
  });
});

describe('the check report: what the payer would refuse', () => {
  it('refuses a draft: it is not signed', () => {
    const result = check([{ id: 'd1', personId: 'jordan', fields: draft() }]);
    expect(result.lines).toEqual([]);
    expect(result.refused).toEqual([
      { noteId: 'd1', personId: 'jordan', date: '2026-03-02', startTime: '10:00', reasons: [{ key: 'billing.unsigned' }] },
    ]);
  });

  it('refuses a note for someone with no Medicaid number, naming them', () => {
    const result = check([signed('n1')], DEFAULT_PAYER_PROFILE, { people: new Map([['jordan', { ...jordan, recordNumber: '' }]]) });
    expect(result.refused[0]!.reasons).toEqual([{ key: 'billing.medicaidIdMissing', params: { person: 'Jordan' } }]);
    expect(inEnglish(result.refused[0]!.reasons[0]!)).toBe("Jordan's record has no Medicaid number. Add it on their profile.");
  });

  it('refuses by age on the day of service, and asks for a date of birth when the payer has an age rule', () => {
    const youth = new Map([['jordan', { ...jordan, dateOfBirth: '2008-03-03' }]]);
    expect(reasonsOf(check([signed('n1')], DEFAULT_PAYER_PROFILE, { people: youth }), 'n1')).toEqual(['billing.tooYoung']);
    // The 18th birthday is the first day that counts.
    expect(check([signed('n1', { date: '2026-03-03' })], DEFAULT_PAYER_PROFILE, { people: youth }).refused).toEqual([]);
    const unknown = new Map([['jordan', { ...jordan, dateOfBirth: '' }]]);
    expect(reasonsOf(check([signed('n1')], DEFAULT_PAYER_PROFILE, { people: unknown }), 'n1')).toEqual(['billing.dateOfBirthMissing']);
    const youthProgram: PayerProfile = { ...DEFAULT_PAYER_PROFILE, minimumAge: null, maximumAge: 17 };
    expect(reasonsOf(check([signed('n1')], youthProgram), 'n1')).toEqual(['billing.tooOld']);
    const noAgeRule: PayerProfile = { ...DEFAULT_PAYER_PROFILE, minimumAge: null };
    expect(check([signed('n1')], noAgeRule, { people: unknown }).refused).toEqual([]);
  });

  it('refuses a meeting too short to make a unit (7 minutes under the 8-minute rule)', () => {
    const result = check([signed('n1', { endTime: '10:07' })]);
    expect(result.refused[0]!.reasons).toEqual([
      { key: 'billing.tooShort', params: { payer: 'NC Medicaid (peer support, 8G)', minutes: '7' } },
    ]);
    expect(check([signed('n1', { endTime: '10:08' })]).lines[0]!.units).toBe(1);
  });

  it('refuses a code the payer does not pay for, and group codes on the wrong kind of meeting', () => {
    expect(reasonsOf(check([signed('n1', { serviceCode: 'H2015' })]), 'n1')).toEqual(['billing.codeNotCovered']);
    expect(reasonsOf(check([signed('n1', { serviceCode: 'H0038-HQ' })]), 'n1')).toEqual(['billing.groupCodeForIndividual']);
    const group = { contactType: 'group' as const, group: { sessionId: 's1', sharedPart: 'x' } };
    expect(reasonsOf(check([signed('n1', { ...group, serviceCode: 'H0038' })]), 'n1')).toEqual(['billing.individualCodeForGroup']);
  });

  it('refuses both notes whose times overlap, saying when the other one was', () => {
    const result = check([
      signed('a', { startTime: '10:00', endTime: '10:50' }),
      signed('b', { startTime: '10:30', endTime: '11:00' }, 'sam'),
    ]);
    expect(result.lines).toEqual([]);
    expect(result.refused.find((refused) => refused.noteId === 'a')!.reasons).toEqual([
      { key: 'billing.overlaps', params: { date: { date: '2026-03-02' }, start: { time: '10:30' }, end: { time: '11:00' } } },
    ]);
    expect(reasonsOf(result, 'b')).toEqual(['billing.overlaps']);
  });

  it('lets one meeting end as the next begins, and lets a group session notes run together', () => {
    expect(check([signed('a'), signed('b', { startTime: '10:50', endTime: '11:20' }, 'sam')]).refused).toEqual([]);
    const group = { contactType: 'group' as const, serviceCode: 'H0038-HQ', group: { sessionId: 's1', sharedPart: 'x' } };
    expect(check([signed('a', group), signed('b', group, 'sam')]).refused).toEqual([]);
  });

  it('refuses every note of a group larger than one peer may lead', () => {
    const small: PayerProfile = { ...DEFAULT_PAYER_PROFILE, groupMaxPeople: 2 };
    const group = { contactType: 'group' as const, serviceCode: 'H0038-HQ', group: { sessionId: 's1', sharedPart: 'x' } };
    const three = new Map([...people, ['alex', { ...sam, preferredName: 'Alex' }]]);
    const notes = [signed('a', group), signed('b', group, 'sam'), signed('c', group, 'alex')];
    const result = check(notes, small, { people: three });
    expect(result.lines).toEqual([]);
    expect(result.refused.map((refused) => refused.reasons)).toEqual(
      Array(3).fill([{ key: 'billing.groupTooLarge', params: { people: '3', most: '2', payer: 'NC Medicaid (peer support, 8G)' } }]),
    );
    expect(check(notes.slice(0, 2), small).refused).toEqual([]);
  });

  it('refuses the notes of a day from the one that passes the daily cap, counting only what would be paid', () => {
    const capped: PayerProfile = { ...DEFAULT_PAYER_PROFILE, dailyUnitCap: 4 };
    const result = check(
      [
        signed('morning', { startTime: '09:00', endTime: '09:45' }), // 3 units
        signed('noon', { startTime: '12:00', endTime: '12:30' }), // 2 units: 5 in all
        signed('evening', { startTime: '18:00', endTime: '18:15' }), // 1 more: 6
        signed('other-day', { date: '2026-03-03', startTime: '09:00', endTime: '09:45' }),
      ],
      capped,
    );
    expect(result.lines.map((line) => line.noteId)).toEqual(['morning', 'other-day']);
    expect(result.refused.map((refused) => [refused.noteId, refused.reasons])).toEqual([
      [
        'noon',
        [
          {
            key: 'billing.overDailyCap',
            params: { total: '5', person: 'Jordan', date: { date: '2026-03-02' }, cap: '4', payer: 'NC Medicaid (peer support, 8G)' },
          },
        ],
      ],
      [
        'evening',
        [
          {
            key: 'billing.overDailyCap',
            params: { total: '6', person: 'Jordan', date: { date: '2026-03-02' }, cap: '4', payer: 'NC Medicaid (peer support, 8G)' },
          },
        ],
      ],
    ]);
    // A note refused for another reason adds nothing to the day.
    const withDraft = check(
      [
        { id: 'd', personId: 'jordan', fields: draft({ startTime: '07:00', endTime: '08:00' }) },
        signed('noon', { startTime: '12:00', endTime: '12:45' }),
      ],
      capped,
    );
    expect(withDraft.lines.map((line) => line.noteId)).toEqual(['noon']);
  });

  it('refuses a signed note the agency needs co-signed until a supervisor has co-signed it, with its own reason', () => {
    const coSigning = (notes: BillableNote[]) =>
      checkClaims({ notes, people, profile: DEFAULT_PAYER_PROFILE, from: '2026-03-01', to: '2026-03-31', coSignRequired: true });
    const waiting = coSigning([signed('n1'), { ...signed('n2', { date: '2026-03-03' }), coSigned: true }]);
    expect(reasonsOf(waiting, 'n1')).toEqual(['billing.notCoSigned']);
    expect(inEnglish(waiting.refused[0]!.reasons[0]!)).toBe(
      "Your agency bills a note only once your supervisor has co-signed it, and this one isn't co-signed yet. Send it for review from the person's Notes.",
    );
    expect(waiting.lines.map((line) => line.noteId)).toEqual(['n2']);
    // A draft is refused for not being signed, as before; without the agency's rule, co-signing is never asked.
    expect(reasonsOf(coSigning([{ id: 'd1', personId: 'jordan', fields: draft() }]), 'd1')).toEqual(['billing.unsigned']);
    expect(check([signed('n1')]).refused).toEqual([]);
  });

  it('lists every reason a note has, not only the first', () => {
    const result = check([signed('n1', { serviceCode: 'H2015', endTime: '10:05' })], DEFAULT_PAYER_PROFILE, {
      people: new Map([['jordan', { ...jordan, recordNumber: '' }]]),
    });
    expect(reasonsOf(result, 'n1')).toEqual(['billing.medicaidIdMissing', 'billing.tooShort', 'billing.codeNotCovered']);
  });

  it('reminds the clerk of the service order the payer needs, which the notebook cannot check', () => {
    expect(check([signed('n1')]).reminders).toEqual([
      { key: 'billing.serviceOrderNeeded', params: { payer: 'NC Medicaid (peer support, 8G)' } },
    ]);
    expect(check([signed('n1')], { ...DEFAULT_PAYER_PROFILE, serviceOrderRequired: false }).reminders).toEqual([]);
  });
});
