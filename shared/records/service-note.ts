/**
 * Service notes: what a payer audits about one meeting with a person (NC Medicaid Clinical
 * Coverage Policy 8G: H0038 peer support, H0038-HQ in a group, 15-minute units).
 *
 * A note is a draft until the peer signs it; signed, it is fixed, and a correction is an addendum
 * (its own record, with its own author and time). A note not signed within the agency's due time
 * after the meeting ended is overdue. Units are derived from the times by a configurable rule and
 * written into the note when it is signed, so a later change of rule never changes a billed note.
 */
import { z } from 'zod';
import { issue, type Message, MessageError, say } from '../messages';
import type { NoteDeadline } from '../agency/policy-settings';
import { addBusinessDays, addDays, isoDate, isoDateTime } from './dates';
import type { Goal, ProgressStatus } from './recovery-plan';
import { normalizeText, text } from './text';

export const CONTACT_TYPES = ['in-person', 'phone', 'video', 'collateral', 'group'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/** Where the meeting happened (8G's settings, and "other" for anywhere else). */
export const NOTE_SETTINGS = ['home', 'community', 'emergency-department', 'office', 'other'] as const;
export type NoteSetting = (typeof NOTE_SETTINGS)[number];

export const INDIVIDUAL_SERVICE_CODE = 'H0038';
export const GROUP_SERVICE_CODE = 'H0038-HQ';

/**
 * The code a note is billed under: a group session's code for a group, otherwise the code the
 * peer set once in their profile (an agency may bill another code), H0038 when they set none.
 */
export const defaultServiceCode = (contactType: ContactType, peerCode = ''): string =>
  contactType === 'group' ? GROUP_SERVICE_CODE : peerCode || INDIVIDUAL_SERVICE_CODE;

/**
 * How minutes become billable units. The default is the 8-minute rule: one unit per full 15
 * minutes, and one more when what is left is 8 minutes or more; under 8 minutes in all bills none.
 * (So 7 min = 0 units, 8 = 1, 22 = 1, 23 = 2, 60 = 4.)
 */
export interface UnitRule {
  unitMinutes: number;
  /** The least leftover time, in minutes, that still counts as one more unit. */
  partialUnitFromMinutes: number;
}
export const DEFAULT_UNIT_RULE: UnitRule = { unitMinutes: 15, partialUnitFromMinutes: 8 };

export function billableUnits(minutes: number, rule: UnitRule = DEFAULT_UNIT_RULE): number {
  if (!(minutes > 0)) return 0;
  const whole = Math.floor(minutes / rule.unitMinutes);
  return whole + (minutes % rule.unitMinutes >= rule.partialUnitFromMinutes ? 1 : 0);
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const clockTime = (message: string) => z.string().regex(CLOCK_TIME, message);
const minutesOfDay = (time: string): number => {
  const match = CLOCK_TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

/** Minutes from start to end on one day; null when either is missing or the end is not after the start. */
export function meetingMinutes(start: string, end: string): number | null {
  const minutes = minutesOfDay(end) - minutesOfDay(start);
  return minutes > 0 ? minutes : null;
}

/** A goal from the person's plan that this meeting worked on, with its words as they were then. */
export const GoalAddressed = z.object({
  goalId: z.string().min(1),
  inTheirWords: text(2000).min(1),
});
export type GoalAddressed = z.infer<typeof GoalAddressed>;

/** The peer's signature on a note: who, with which credential, and when. */
export const NoteSignature = z.object({
  signedAt: isoDateTime(issue('serviceNote.signedAtMissing')),
  peerName: text(200).min(1, issue('serviceNote.peerNameToSign')),
  credential: text(100).min(1, issue('serviceNote.credentialToSign')),
  units: z.number().int().min(0),
  unitRule: z.object({ unitMinutes: z.number().int().min(1), partialUnitFromMinutes: z.number().int().min(0) }),
});
export type NoteSignature = z.infer<typeof NoteSignature>;

export const ServiceNoteFields = z.object({
  date: isoDate(issue('serviceNote.dateMissing')),
  startTime: z.union([z.literal(''), clockTime(issue('serviceNote.startTimeInvalid'))]).default(''),
  endTime: z.union([z.literal(''), clockTime(issue('serviceNote.endTimeInvalid'))]).default(''),
  setting: z.enum(NOTE_SETTINGS, { error: issue('serviceNote.settingMissing') }),
  contactType: z.enum(CONTACT_TYPES, { error: issue('serviceNote.contactTypeMissing') }),
  serviceCode: text(20).default(INDIVIDUAL_SERVICE_CODE),
  goalsAddressed: z.array(GoalAddressed).default([]),
  /** What was done together (the intervention). */
  whatWeDid: text(10_000).default(''),
  /** How the person responded, ideally in their words. */
  theirResponse: text(10_000).default(''),
  nextSteps: text(5000).default(''),
  peerName: text(200).default(''),
  credential: text(100).default(''),
  /** Set for a group session: the part written once for everyone, repeated in each person's note. */
  group: z
    .object({ sessionId: z.string().min(1), sharedPart: text(10_000) })
    .nullable()
    .default(null),
  signature: NoteSignature.nullable().default(null),
});
export type ServiceNoteFields = z.infer<typeof ServiceNoteFields>;
export type ServiceNoteInput = z.input<typeof ServiceNoteFields>;

/** A correction to a signed note: the note is never changed, the addendum is shown with it. */
export const NoteAddendumFields = z.object({
  noteId: z.string().min(1),
  text: text(10_000).min(1, issue('serviceNote.addendumTextMissing')),
  author: text(200).min(1, issue('serviceNote.addendumAuthorMissing')),
  credential: text(100).default(''),
  writtenAt: isoDateTime(issue('serviceNote.addendumWrittenAtMissing')),
});
export type NoteAddendumFields = z.infer<typeof NoteAddendumFields>;

/** What must still be written before the peer can sign the note (what an audit looks for). */
export function serviceNoteMissing(fields: ServiceNoteFields): Message[] {
  const missing: Message[] = [];
  if (!fields.startTime || !fields.endTime) missing.push(say('serviceNote.timesMissing'));
  else if (meetingMinutes(fields.startTime, fields.endTime) === null) missing.push(say('serviceNote.endBeforeStart'));
  if (!fields.serviceCode) missing.push(say('serviceNote.serviceCodeMissing'));
  if (fields.goalsAddressed.length === 0) missing.push(say('serviceNote.goalsMissing'));
  if (!fields.whatWeDid) missing.push(say('serviceNote.whatWeDidMissing'));
  if (!fields.theirResponse) missing.push(say('serviceNote.responseMissing'));
  if (!fields.nextSteps) missing.push(say('serviceNote.nextStepsMissing'));
  if (!fields.peerName) missing.push(say('serviceNote.peerNameMissing'));
  if (!fields.credential) missing.push(say('serviceNote.credentialMissing'));
  return missing;
}

/** The units this note would bill under a rule (0 until both times are written). */
export const noteUnits = (fields: Pick<ServiceNoteFields, 'startTime' | 'endTime'>, rule: UnitRule = DEFAULT_UNIT_RULE): number =>
  billableUnits(meetingMinutes(fields.startTime, fields.endTime) ?? 0, rule);

export class NoteNotReadyError extends MessageError {
  constructor(readonly missing: Message[]) {
    super([say('common.notReadyToSign'), ...missing]);
  }
}

/** A note signed before its meeting ended: says when it can be signed. `endsAt` and `localTime` are local "YYYY-MM-DDTHH:MM". */
export class MeetingNotOverError extends MessageError {
  constructor(
    readonly endsAt: string,
    localTime: string,
  ) {
    const [date = '', time = ''] = endsAt.split('T');
    super(
      date === localTime.slice(0, 10)
        ? say('serviceNote.meetingNotOverToday', { time: { time } })
        : say('serviceNote.meetingNotOver', { date: { date }, time: { time } }),
    );
  }
}

/**
 * Signs a complete note: fixes the units under today's rule, with who signed and when. A note
 * attests to a meeting that happened, so it is signed only once the meeting has ended: `localTime`
 * is the signing moment on this computer's wall clock ("YYYY-MM-DDTHH:MM", as the meeting's date
 * and times are written); `signedAt` is the same moment as it is stored.
 */
export function signServiceNote(
  fields: ServiceNoteFields,
  signer: { signedAt: string; localTime: string; peerName: string; credential: string },
  rule: UnitRule = DEFAULT_UNIT_RULE,
): ServiceNoteFields {
  if (fields.signature) throw new MessageError(say('serviceNote.alreadySigned'));
  const missing = serviceNoteMissing({ ...fields, peerName: signer.peerName, credential: signer.credential });
  if (missing.length > 0) throw new NoteNotReadyError(missing);
  const endsAt = `${fields.date}T${fields.endTime}`;
  if (signer.localTime.slice(0, 16) < endsAt) throw new MeetingNotOverError(endsAt, signer.localTime);
  // The signature keeps signedAt; localTime was only for the comparison (parse leaves it out).
  const signature = NoteSignature.parse({ ...signer, units: noteUnits(fields, rule), unitRule: rule });
  return { ...fields, peerName: signer.peerName, credential: signer.credential, signature };
}

/** The agency's time to sign a note after the meeting ends (NC: 24 hours; a setting). */
export const DEFAULT_NOTE_DEADLINE: NoteDeadline = { hours: 24 };

/**
 * When an unsigned note is due, as local wall-clock time "YYYY-MM-DDTHH:MM": the meeting's end
 * (or the end of its day, when no end time is written) plus the deadline's hours, or the same
 * time that many business days later (TX, CA). Wall-clock arithmetic, so on the night clocks
 * change a deadline can be an hour off; an audit counts days, not that hour.
 */
export function noteDueAt(fields: Pick<ServiceNoteFields, 'date' | 'endTime'>, deadline: NoteDeadline = DEFAULT_NOTE_DEADLINE): string {
  const endMinutes = fields.endTime ? minutesOfDay(fields.endTime) : 24 * 60 - 1;
  if ('businessDays' in deadline) return `${addBusinessDays(fields.date, deadline.businessDays)}T${clockTimeOf(endMinutes)}`;
  const total = endMinutes + Math.round(deadline.hours * 60);
  const days = Math.floor(total / (24 * 60));
  return `${addDays(fields.date, days)}T${clockTimeOf(total - days * 24 * 60)}`;
}

const clockTimeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export type NoteState = 'signed' | 'due' | 'overdue';

/** Where a note stands now (`now` as local "YYYY-MM-DDTHH:MM"), recomputed every time it is shown. */
export function noteState(
  fields: Pick<ServiceNoteFields, 'date' | 'endTime' | 'signature'>,
  now: string,
  deadline: NoteDeadline = DEFAULT_NOTE_DEADLINE,
): NoteState {
  if (fields.signature) return 'signed';
  return now.slice(0, 16) > noteDueAt(fields, deadline) ? 'overdue' : 'due';
}

/** A goal of the person's plan a note can say it worked on, with the steps toward it still open. */
export interface GoalToOffer extends GoalAddressed {
  openSteps: string[];
}

const FINISHED_STEPS: readonly ProgressStatus[] = ['done', 'changed-my-mind'];

/**
 * The plan's goals still open (a step not yet done, or no steps written yet), each with its open
 * steps: what a note offers as goals worked on, so the peer picks instead of typing them again.
 */
export function goalsToOffer(goals: readonly Goal[]): GoalToOffer[] {
  const offered: GoalToOffer[] = [];
  for (const goal of goals) {
    const openSteps = goal.steps.filter((step) => !FINISHED_STEPS.includes(step.status)).map((step) => step.what);
    if (goal.steps.length === 0 || openSteps.length > 0) offered.push({ goalId: goal.id, inTheirWords: goal.inTheirWords, openSteps });
  }
  return offered;
}

/**
 * What a new note starts from, so nothing is typed twice: where and how they met last time, the
 * goals still open that the last note worked on, the peer's name, credential and service code. "What you did"
 * starts empty: the last note's next steps are shown beside it, not given as text to type over.
 */
export function startingPointForNote(input: {
  date: string;
  lastNote: ServiceNoteFields | null;
  openGoals: GoalAddressed[];
  peer: { name: string; credential: string; serviceCode: string };
  contactType?: ContactType;
}): ServiceNoteInput {
  const contactType = input.contactType ?? 'in-person';
  return {
    date: input.date,
    setting: input.lastNote?.setting ?? 'community',
    contactType,
    serviceCode: defaultServiceCode(contactType, input.peer.serviceCode),
    goalsAddressed: input.lastNote
      ? input.lastNote.goalsAddressed.filter((goal) => input.openGoals.some((open) => open.goalId === goal.goalId))
      : [],
    whatWeDid: '',
    peerName: input.peer.name,
    credential: input.peer.credential,
  };
}

/** One person in a group session, with the part of the note that is only about them. */
export interface GroupParticipant {
  personId: string;
  /** Their name as the peer knows them: used only to check no one else's note names them. */
  name: string;
  goalsAddressed: GoalAddressed[];
  individualPart: string;
  theirResponse: string;
  nextSteps: string;
}

export interface GroupSession {
  sessionId: string;
  date: string;
  startTime: string;
  endTime: string;
  setting: NoteSetting;
  sharedPart: string;
  peerName: string;
  credential: string;
  participants: GroupParticipant[];
}

/** A group note mentions someone other than the person it is about. */
export interface NameInOtherNote {
  personId: string;
  /** Where the name was found: the shared part (every note) or this person's own part. */
  where: 'shared' | 'individual';
  nameFound: string;
  message: Message;
}

/** The names a person may be recognised by: their full name, and their first name when it is a real word. */
const namesToLookFor = (name: string): string[] => {
  const full = normalizeText(name);
  const first = full.split(' ')[0] ?? '';
  return [...new Set([full, ...(first.length >= 3 ? [first] : [])])];
};

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (haystack: string, name: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name)}($|[^\\p{L}\\p{N}])`, 'u').test(normalizeText(haystack));

/**
 * Finds every place a group note would name someone other than its person. The shared part goes
 * into every note, so it may name no participant at all; a person's own part may name only them.
 */
export function namesInOtherNotes(session: Pick<GroupSession, 'sharedPart' | 'participants'>): NameInOtherNote[] {
  const found: NameInOtherNote[] = [];
  for (const person of session.participants) {
    for (const name of namesToLookFor(person.name)) {
      if (mentions(session.sharedPart, name)) {
        found.push({
          personId: person.personId,
          where: 'shared',
          nameFound: name,
          message: say('serviceNote.sharedPartNamesPerson', { name: person.name }),
        });
      }
    }
    for (const other of session.participants) {
      if (other.personId === person.personId) continue;
      const text = [other.individualPart, other.theirResponse, other.nextSteps].join('\n');
      for (const name of namesToLookFor(person.name)) {
        if (mentions(text, name)) {
          found.push({
            personId: other.personId,
            where: 'individual',
            nameFound: name,
            message: say('serviceNote.otherPartNamesPerson', { other: other.name, name: person.name }),
          });
        }
      }
    }
  }
  return found;
}

export class NamesOtherPeopleError extends MessageError {
  constructor(readonly found: NameInOtherNote[]) {
    super(found.map((problem) => problem.message));
  }
}

/**
 * Splits one group session into a note per person: the shared part once (in every note), the
 * individual part each. Refuses when any note would name another person in the group.
 */
export function splitGroupSession(session: GroupSession): { personId: string; fields: ServiceNoteFields }[] {
  if (session.participants.length < 2) throw new MessageError(say('serviceNote.groupTooSmall'));
  const found = namesInOtherNotes(session);
  if (found.length > 0) throw new NamesOtherPeopleError(found);
  return session.participants.map((person) => ({
    personId: person.personId,
    fields: ServiceNoteFields.parse({
      date: session.date,
      startTime: session.startTime,
      endTime: session.endTime,
      setting: session.setting,
      contactType: 'group',
      serviceCode: GROUP_SERVICE_CODE,
      goalsAddressed: person.goalsAddressed,
      whatWeDid: person.individualPart,
      theirResponse: person.theirResponse,
      nextSteps: person.nextSteps,
      peerName: session.peerName,
      credential: session.credential,
      group: { sessionId: session.sessionId, sharedPart: session.sharedPart },
    }),
  }));
}
