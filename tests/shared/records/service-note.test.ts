import { describe, expect, it } from 'vitest';
import { english } from '../../support/english';
import { draftNote, GOAL as goal } from './service-note-fixtures';
import {
  billableUnits,
  DEFAULT_UNIT_RULE,
  defaultServiceCode,
  goalsToOffer,
  meetingMinutes,
  MeetingNotOverError,
  NamesOtherPeopleError,
  NoteNotReadyError,
  noteDueAt,
  noteState,
  noteUnits,
  serviceNoteMissing,
  signServiceNote,
  splitGroupSession,
  startingPointForNote,
  type GroupSession,
} from '@shared/records/service-note';

const note = draftNote;
const signer = { signedAt: '2026-03-02T11:05:00-05:00', localTime: '2026-03-02T11:05', peerName: 'Dana Peer', credential: 'CPSS' };

describe('units by the 8-minute rule', () => {
  it.each([
    [0, 0],
    [7, 0],
    [8, 1],
    [15, 1],
    [22, 1],
    [23, 2],
    [38, 3],
    [50, 3],
    [53, 4],
    [60, 4],
  ])('%i minutes bill %i units', (minutes, units) => {
    expect(billableUnits(minutes)).toBe(units);
  });

  it('follows an agency rule instead when one is set (whole units only)', () => {
    const wholeUnitsOnly = { unitMinutes: 15, partialUnitFromMinutes: 15 };
    expect(billableUnits(29, wholeUnitsOnly)).toBe(1);
    expect(billableUnits(30, wholeUnitsOnly)).toBe(2);
  });

  it('come from the meeting times, and are none when the end is not after the start', () => {
    expect(meetingMinutes('10:00', '10:50')).toBe(50);
    expect(meetingMinutes('10:50', '10:00')).toBeNull();
    expect(noteUnits({ startTime: '10:00', endTime: '10:50' })).toBe(3);
    expect(noteUnits({ startTime: '', endTime: '10:50' })).toBe(0);
  });
});

describe('a service note', () => {
  it("starts as H0038, or the peer's own code where they set one, and as H0038-HQ for a group", () => {
    expect(defaultServiceCode('phone')).toBe('H0038');
    expect(defaultServiceCode('group')).toBe('H0038-HQ');
    expect(defaultServiceCode('in-person', 'H2015')).toBe('H2015');
    expect(defaultServiceCode('group', 'H2015')).toBe('H0038-HQ');
  });

  it('says what an audit needs before it can be signed', () => {
    const draft = note({ endTime: '09:00', goalsAddressed: [], theirResponse: '', credential: '' });
    expect(english(serviceNoteMissing(draft))).toEqual([
      'The end time needs to come after the start time.',
      'Pick at least one goal from their plan that you worked on together.',
      'Write how they responded.',
      'Add your credential, like CPSS (set it once under Settings, About you).',
    ]);
    expect(() => signServiceNote(draft, { ...signer, credential: '' })).toThrow(NoteNotReadyError);
  });

  it('fixes its units, the rule, the signer and the time when signed', () => {
    const signed = signServiceNote(note(), signer);
    const { localTime: _onThisComputer, ...signature } = signer;
    expect(signed.signature).toEqual({ ...signature, units: 3, unitRule: DEFAULT_UNIT_RULE });
    expect(() => signServiceNote(signed, signer)).toThrow(/already signed/);
  });

  it('is signed only once the meeting has ended, and says when that is', () => {
    const at = (localTime: string) => ({ ...signer, signedAt: `${localTime}:00-05:00`, localTime });
    // A 10:00–10:50 meeting, signed at 5:15 that morning, or at 10:49.
    for (const early of ['2026-03-02T05:15', '2026-03-02T10:49']) {
      expect(() => signServiceNote(note(), at(early))).toThrow(MeetingNotOverError);
      expect(() => signServiceNote(note(), at(early))).toThrow(new MeetingNotOverError('2026-03-02T10:50', early).message);
    }
    expect(new MeetingNotOverError('2026-03-02T10:50', '2026-03-02T05:15').message).toBe(
      'This meeting ends at 10:50 AM today. You can sign the note after that.',
    );
    // Written ahead, for a meeting on another day.
    expect(() => signServiceNote(note({ date: '2026-03-03', startTime: '13:00', endTime: '13:45' }), at('2026-03-02T16:00'))).toThrow(
      'This meeting ends on March 3, 2026 at 1:45 PM. You can sign the note after that.',
    );
    expect(() => signServiceNote(note({ startTime: '00:00', endTime: '00:30' }), at('2026-03-01T23:59'))).toThrow(
      'This meeting ends on March 2, 2026 at 12:30 AM. You can sign the note after that.',
    );
    // From the minute it ends, and any time after.
    expect(signServiceNote(note(), at('2026-03-02T10:50')).signature).toMatchObject({ signedAt: '2026-03-02T10:50:00-05:00' });
    expect(signServiceNote(note(), at('2026-03-09T08:00')).signature).not.toBeNull();
    // What is missing is said first: a note without times has no end to wait for.
    expect(() => signServiceNote(note({ endTime: '' }), at('2026-03-02T05:15'))).toThrow(NoteNotReadyError);
  });

  it('is due 24 hours after the meeting ends, and overdue after that', () => {
    const draft = note();
    expect(noteDueAt(draft)).toBe('2026-03-03T10:50');
    expect(noteState(draft, '2026-03-03T10:50')).toBe('due');
    expect(noteState(draft, '2026-03-03T10:51')).toBe('overdue');
    expect(noteState(signServiceNote(draft, signer), '2027-01-01T00:00')).toBe('signed');
  });

  it('follows the agency deadline (48 hours, or business days), and counts a note with no end time from the end of its day', () => {
    expect(noteDueAt(note(), { hours: 48 })).toBe('2026-03-04T10:50');
    // Business days skip the weekend: a Friday meeting with two business days is due on Tuesday.
    expect(noteDueAt(note({ date: '2026-03-06' }), { businessDays: 2 })).toBe('2026-03-10T10:50');
    expect(noteDueAt(note({ date: '2026-03-07', endTime: '' }), { businessDays: 1 })).toBe('2026-03-09T23:59');
    expect(noteDueAt(note({ endTime: '' }))).toBe('2026-03-03T23:59');
    expect(noteDueAt(note({ date: '2026-12-31', endTime: '23:30' }))).toBe('2027-01-01T23:30');
  });

  it('starts from the goals still open, with "What you did" left for this meeting', () => {
    const last = note({ goalsAddressed: [goal, { goalId: 'g-done', inTheirWords: 'Get my ID' }] });
    const start = startingPointForNote({
      date: '2026-03-09',
      lastNote: last,
      openGoals: [goal],
      peer: { name: 'Dana Peer', credential: 'CPSS', serviceCode: '' },
    });
    expect(start).toMatchObject({
      date: '2026-03-09',
      setting: 'community',
      serviceCode: 'H0038',
      goalsAddressed: [goal],
      whatWeDid: '',
      peerName: 'Dana Peer',
      credential: 'CPSS',
    });
    expect(
      startingPointForNote({
        date: '2026-03-09',
        lastNote: null,
        openGoals: [goal],
        peer: { name: 'Dana', credential: 'CPSS', serviceCode: 'H2015' },
        contactType: 'group',
      }).serviceCode,
    ).toBe('H0038-HQ');
  });
});

describe("the goals a note offers from the person's plan", () => {
  it('are the goals still open, each with the steps not yet done or dropped', () => {
    const step = (id: string, what: string, status: 'not-started' | 'started' | 'paused' | 'done' | 'changed-my-mind') => ({
      id,
      what,
      whoHelps: '',
      byWhen: '',
      status,
    });
    const offered = goalsToOffer([
      {
        id: 'g1',
        inTheirWords: 'Get my own place by spring',
        domain: 'Housing',
        steps: [step('s1', 'Get my ID', 'done'), step('s2', 'Call the landlord', 'started'), step('s3', 'Visit apartments', 'paused')],
      },
      {
        id: 'g2',
        inTheirWords: 'Get my license back',
        domain: '',
        steps: [step('s4', 'Pay the fine', 'done'), step('s5', 'Take the class', 'changed-my-mind')],
      },
      { id: 'g3', inTheirWords: 'Sleep through the night', domain: '', steps: [] },
    ]);
    expect(offered).toEqual([
      { goalId: 'g1', inTheirWords: 'Get my own place by spring', openSteps: ['Call the landlord', 'Visit apartments'] },
      { goalId: 'g3', inTheirWords: 'Sleep through the night', openSteps: [] },
    ]);
  });
});

describe('a group session', () => {
  const session = (over: Partial<GroupSession> = {}): GroupSession => ({
    sessionId: 'group-1',
    date: '2026-03-04',
    startTime: '18:00',
    endTime: '19:30',
    setting: 'community',
    sharedPart: 'Group talked about building a daily routine; each shared one thing that helps.',
    peerName: 'Dana Peer',
    credential: 'CPSS',
    participants: [
      {
        personId: 'p1',
        name: 'Jordan Rivers',
        goalsAddressed: [goal],
        individualPart: 'Shared that morning walks help.',
        theirResponse: 'Engaged',
        nextSteps: 'Walk three mornings',
      },
      {
        personId: 'p2',
        name: 'Sam Lee',
        goalsAddressed: [],
        individualPart: 'Listened, then spoke about cooking.',
        theirResponse: 'Smiled a lot',
        nextSteps: 'Cook one meal',
      },
      {
        personId: 'p3',
        name: 'Riley Chen',
        goalsAddressed: [],
        individualPart: 'Asked about meetings nearby.',
        theirResponse: 'Curious',
        nextSteps: 'Visit a meeting',
      },
    ],
    ...over,
  });

  it('becomes one note per person: the shared part in each, their own part only in theirs', () => {
    const notes = splitGroupSession(session());
    expect(notes.map((n) => n.personId)).toEqual(['p1', 'p2', 'p3']);
    for (const { fields } of notes) {
      expect(fields.group?.sharedPart).toContain('daily routine');
      expect(fields.contactType).toBe('group');
      expect(fields.serviceCode).toBe('H0038-HQ');
    }
    expect(notes[0]!.fields.whatWeDid).toBe('Shared that morning walks help.');
    expect(JSON.stringify(notes[1]!.fields)).not.toMatch(/morning walks|Jordan|Riley/);
  });

  it("refuses when one person's part names another, or the shared part names anyone", () => {
    const participants = session().participants.map((p) =>
      p.personId === 'p2' ? { ...p, individualPart: 'Sat next to jordan and laughed.' } : p,
    );
    try {
      splitGroupSession(session({ participants, sharedPart: 'Riley led the check-in.' }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NamesOtherPeopleError);
      expect((error as NamesOtherPeopleError).found.map(({ personId, where, nameFound }) => [personId, where, nameFound])).toEqual([
        ['p2', 'individual', 'jordan'],
        ['p3', 'shared', 'riley'],
      ]);
      expect((error as Error).message).toContain("Sam Lee's part names Jordan Rivers.");
    }
  });

  it('does not mistake a name inside another word for the name', () => {
    const participants = session().participants.map((p) =>
      p.personId === 'p2' ? { ...p, name: 'Sam Lee', individualPart: 'Same as last week.' } : p,
    );
    expect(() => splitGroupSession(session({ participants, sharedPart: 'Samples of recipes were shared.' }))).not.toThrow();
  });
});
