/**
 * From service notes to claim lines, and the check a billing clerk wants before sending them: each
 * note the payer would refuse, and why, so the peer can fix it first. A refused note stays out of
 * the claim lines until it is fixed; every other signed note becomes one line.
 *
 * Pure: the caller hands in the notes of the period (all of them, so a group's size and a day's
 * overlaps are seen whole), the people they belong to, and the payer's profile.
 */
import { say, type Message } from '../messages';
import { billableUnits, meetingMinutes, type NoteSetting, type ServiceNoteFields } from '../records/service-note';
import { payerServiceFor, splitServiceCode, type PayerProfile } from './payer-profile';

export interface BillableNote {
  id: string;
  personId: string;
  fields: ServiceNoteFields;
  /** Co-signed by the peer's supervisor, for this very revision (read only when the agency requires it). */
  coSigned?: boolean;
}

/** What billing needs to know of a person. */
export interface BilledPerson {
  preferredName: string;
  /** The "Record or Medicaid number" on their profile. */
  recordNumber: string;
  /** ISO date, or '' when not known. */
  dateOfBirth: string;
}

export interface ClaimLine {
  noteId: string;
  personId: string;
  medicaidId: string;
  dateOfService: string;
  startTime: string;
  endTime: string;
  procedureCode: string;
  modifiers: string[];
  units: number;
  placeOfService: string;
  renderingPeer: string;
  credential: string;
  /** The goals the meeting served, in the person's words. */
  goalsServed: string[];
}

export interface RefusedNote {
  noteId: string;
  personId: string;
  date: string;
  startTime: string;
  reasons: Message[];
}

export interface ClaimCheck {
  lines: ClaimLine[];
  refused: RefusedNote[];
  /** What the notebook cannot check and the clerk must (a service order on file). */
  reminders: Message[];
}

export interface ClaimCheckInput {
  notes: readonly BillableNote[];
  people: ReadonlyMap<string, BilledPerson>;
  profile: PayerProfile;
  /** Dates of service, inclusive. */
  from: string;
  to: string;
  /** Only this person's notes are reported (the others still count for groups and overlaps). */
  personId?: string;
  /** The agency bills a note only once a supervisor co-signed it (`policies.coSignRequired` names service notes). */
  coSignRequired?: boolean;
}

/**
 * CMS place-of-service codes: home 12, office 11, emergency room 23, anywhere else 99; a phone or
 * video meeting is telehealth, in the person's home (10) or elsewhere (02).
 */
const PLACE_OF_SERVICE: Record<NoteSetting, string> = {
  home: '12',
  office: '11',
  'emergency-department': '23',
  community: '99',
  other: '99',
};

export function placeOfService(fields: Pick<ServiceNoteFields, 'setting' | 'contactType'>): string {
  if (fields.contactType === 'phone' || fields.contactType === 'video') return fields.setting === 'home' ? '10' : '02';
  return PLACE_OF_SERVICE[fields.setting];
}

/** Whole years from a date of birth to a day. */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** Units under the payer's rule: the ones fixed at signing when they were counted the same way. */
function unitsFor(fields: ServiceNoteFields, profile: PayerProfile): number {
  const signature = fields.signature;
  const sameRule =
    signature &&
    signature.unitRule.unitMinutes === profile.unitRule.unitMinutes &&
    signature.unitRule.partialUnitFromMinutes === profile.unitRule.partialUnitFromMinutes;
  if (sameRule) return signature.units;
  return billableUnits(meetingMinutes(fields.startTime, fields.endTime) ?? 0, profile.unitRule);
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const byTime = (a: BillableNote, b: BillableNote) =>
  a.fields.startTime < b.fields.startTime ? -1 : a.fields.startTime > b.fields.startTime ? 1 : a.id < b.id ? -1 : 1;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** What the payer would say of one note on its own (the rules that need no other note). */
function ownReasons(note: BillableNote, person: BilledPerson | undefined, profile: PayerProfile, coSignRequired: boolean): Message[] {
  const { fields } = note;
  const payer = profile.name;
  const name = person?.preferredName ?? '';
  if (!fields.signature) return [say('billing.unsigned')];
  const reasons: Message[] = [];
  if (coSignRequired && !note.coSigned) reasons.push(say('billing.notCoSigned'));
  if (!person?.recordNumber) reasons.push(say('billing.medicaidIdMissing', { person: name }));
  if (profile.minimumAge !== null || profile.maximumAge !== null) {
    if (!person?.dateOfBirth) reasons.push(say('billing.dateOfBirthMissing', { payer, person: name }));
    else {
      const age = ageOn(person.dateOfBirth, fields.date);
      const date = { date: fields.date };
      if (profile.minimumAge !== null && age < profile.minimumAge) {
        reasons.push(say('billing.tooYoung', { payer, person: name, age: String(profile.minimumAge), date }));
      }
      if (profile.maximumAge !== null && age > profile.maximumAge) {
        reasons.push(say('billing.tooOld', { payer, person: name, age: String(profile.maximumAge), date }));
      }
    }
  }
  if (unitsFor(fields, profile) === 0) {
    reasons.push(say('billing.tooShort', { payer, minutes: String(meetingMinutes(fields.startTime, fields.endTime) ?? 0) }));
  }
  const service = payerServiceFor(profile, fields.serviceCode);
  const isGroup = fields.contactType === 'group';
  if (!service) reasons.push(say('billing.codeNotCovered', { payer, code: fields.serviceCode }));
  else if (service.forGroups && !isGroup) reasons.push(say('billing.groupCodeForIndividual', { code: fields.serviceCode }));
  else if (!service.forGroups && isGroup) reasons.push(say('billing.individualCodeForGroup', { payer, code: fields.serviceCode }));
  return reasons;
}

/** Notes of the same day whose times cross (a group's own notes run together, and don't count). */
function overlapReasons(notes: readonly BillableNote[]): Map<string, Message[]> {
  const reasons = new Map<string, Message[]>();
  for (const day of groupBy(notes, (note) => note.fields.date).values()) {
    const timed = day.filter((note) => meetingMinutes(note.fields.startTime, note.fields.endTime) !== null).sort(byTime);
    timed.forEach((note, index) => {
      for (const other of timed.slice(index + 1)) {
        if (minutesOf(other.fields.startTime) >= minutesOf(note.fields.endTime)) break;
        const sameGroup = note.fields.group && other.fields.group?.sessionId === note.fields.group.sessionId;
        if (sameGroup) continue;
        const add = (to: BillableNote, from: BillableNote) =>
          reasons.set(to.id, [
            ...(reasons.get(to.id) ?? []),
            say('billing.overlaps', {
              date: { date: from.fields.date },
              start: { time: from.fields.startTime },
              end: { time: from.fields.endTime },
            }),
          ]);
        add(note, other);
        add(other, note);
      }
    });
  }
  return reasons;
}

/** Every note of a group session larger than the payer allows one peer to lead. */
function groupSizeReasons(notes: readonly BillableNote[], profile: PayerProfile): Map<string, Message[]> {
  const reasons = new Map<string, Message[]>();
  const most = profile.groupMaxPeople;
  if (most === null) return reasons;
  const sessions = groupBy(
    notes.filter((note) => note.fields.group),
    (note) => note.fields.group!.sessionId,
  );
  for (const session of sessions.values()) {
    const people = new Set(session.map((note) => note.personId)).size;
    if (people <= most) continue;
    for (const note of session) {
      reasons.set(note.id, [say('billing.groupTooLarge', { people: String(people), most: String(most), payer: profile.name })]);
    }
  }
  return reasons;
}

/** Per person and day, in time order: each note from the one that passes the cap onwards. */
function dailyCapReasons(
  billable: readonly BillableNote[],
  people: ReadonlyMap<string, BilledPerson>,
  profile: PayerProfile,
): Map<string, Message[]> {
  const reasons = new Map<string, Message[]>();
  const cap = profile.dailyUnitCap;
  if (cap === null) return reasons;
  for (const day of groupBy(billable, (note) => `${note.personId} ${note.fields.date}`).values()) {
    let total = 0;
    for (const note of [...day].sort(byTime)) {
      total += unitsFor(note.fields, profile);
      if (total <= cap) continue;
      reasons.set(note.id, [
        say('billing.overDailyCap', {
          total: String(total),
          person: people.get(note.personId)?.preferredName ?? '',
          date: { date: note.fields.date },
          cap: String(cap),
          payer: profile.name,
        }),
      ]);
    }
  }
  return reasons;
}

function claimLine(note: BillableNote, person: BilledPerson, profile: PayerProfile): ClaimLine {
  const { fields } = note;
  const { code, modifiers } = splitServiceCode(fields.serviceCode);
  return {
    noteId: note.id,
    personId: note.personId,
    medicaidId: person.recordNumber,
    dateOfService: fields.date,
    startTime: fields.startTime,
    endTime: fields.endTime,
    procedureCode: code,
    modifiers,
    units: unitsFor(fields, profile),
    placeOfService: placeOfService(fields),
    renderingPeer: fields.signature!.peerName,
    credential: fields.signature!.credential,
    goalsServed: fields.goalsAddressed.map((goal) => goal.inTheirWords),
  };
}

const byDateAndTime = <T extends { date: string; startTime: string }>(a: T, b: T) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.startTime < b.startTime ? -1 : a.startTime > b.startTime ? 1 : 0;

/** The claim lines of a period and each note the payer would refuse, with every reason. */
export function checkClaims({ notes, people, profile, from, to, personId, coSignRequired = false }: ClaimCheckInput): ClaimCheck {
  const inPeriod = notes.filter((note) => note.fields.date >= from && note.fields.date <= to);
  const signed = inPeriod.filter((note) => note.fields.signature);
  const overlaps = overlapReasons(signed);
  const groups = groupSizeReasons(signed, profile);
  const own = new Map(inPeriod.map((note) => [note.id, ownReasons(note, people.get(note.personId), profile, coSignRequired)]));
  // The cap counts only what would otherwise be paid: a refused note adds no units to the day.
  const caps = dailyCapReasons(
    signed.filter((note) => own.get(note.id)!.length === 0 && !overlaps.has(note.id) && !groups.has(note.id)),
    people,
    profile,
  );

  const lines: ClaimLine[] = [];
  const refused: RefusedNote[] = [];
  for (const note of inPeriod) {
    if (personId !== undefined && note.personId !== personId) continue;
    const reasons = [...own.get(note.id)!, ...(overlaps.get(note.id) ?? []), ...(groups.get(note.id) ?? []), ...(caps.get(note.id) ?? [])];
    if (reasons.length > 0) {
      refused.push({ noteId: note.id, personId: note.personId, date: note.fields.date, startTime: note.fields.startTime, reasons });
    } else {
      lines.push(claimLine(note, people.get(note.personId)!, profile));
    }
  }
  lines.sort((a, b) => byDateAndTime({ date: a.dateOfService, startTime: a.startTime }, { date: b.dateOfService, startTime: b.startTime }));
  refused.sort(byDateAndTime);
  const reminders = profile.serviceOrderRequired && lines.length > 0 ? [say('billing.serviceOrderNeeded', { payer: profile.name })] : [];
  return { lines, refused, reminders };
}
