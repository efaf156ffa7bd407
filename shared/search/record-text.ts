/**
 * What of each record can be searched, and under whom it is found: the text a peer or a person
 * wrote (names, notes, goals, plans, resources), never codes, ids or the app's own boilerplate
 * notices. Kinds not listed (the peer's own profile, kinds from a newer app) are not searched.
 *
 * Fields are read as stored, without the schemas' parsing: the index is built from tens of
 * thousands of records after unlock, and a record written by an older or newer app still gives
 * whatever text it has.
 */
import type { KindFields, RecordKind } from '../records/record-kinds';
import { datePart } from '../records/dates';
import type { SearchDocument } from './search-index';

/** A decrypted record, as the vault hands it out. */
export interface SearchableRecord {
  id: string;
  body: { kind: string; parentId: string | null; fields: Record<string, unknown>; deleted?: boolean };
}

/** How one kind is searched. Listed below with its own field names, checked against its schema. */
interface KindText<Field extends string = string> {
  /** Its own name, when it has one (a person's, a resource's, a task's); else the screen names the kind. */
  title?: Field;
  /** The fields of free text, in reading order; `goals.steps.what` reads into parts and lists of parts. */
  text: readonly (Field | `${Field}.${string}`)[];
  /** The date to show with a result (a date-time is shown as its day). */
  date?: Field;
  /** A signed kind without a date of its own is dated by its signature. */
  datedBySignature?: true;
  /** Belongs to no person even when it has a parent (the resource directory is shared). */
  shared?: true;
}

const SEARCHABLE: { [K in RecordKind]?: KindText<keyof KindFields<K> & string> } = {
  person: {
    title: 'preferredName',
    text: [
      'legalName',
      'pronouns',
      'recordNumber',
      'importantToMe',
      'howToSupportMe',
      'strengths',
      'supporters.name',
      'supporters.relationship',
    ],
  },
  'service-note': {
    text: ['whatWeDid', 'theirResponse', 'nextSteps', 'goalsAddressed.inTheirWords', 'group.sharedPart'],
    date: 'date',
  },
  'note-addendum': { text: ['text', 'author'], date: 'writtenAt' },
  'recovery-plan': {
    text: ['lifeDomains', 'strengths', 'goals.inTheirWords', 'goals.domain', 'goals.steps.what', 'goals.steps.whoHelps', 'supports'],
    datedBySignature: true,
  },
  'goal-progress': { text: ['inTheirWords'], date: 'on' },
  'wellness-plan': {
    text: [
      'toolbox',
      'likeWhenWell',
      'everyDay',
      'triggers',
      'triggersPlan',
      'earlySigns',
      'earlySignsPlan',
      'breakingDownSigns',
      'breakingDownPlan',
      'crisisSigns',
      'crisisSupporters',
      'crisisNotInvolved',
      'crisisMedications',
      'crisisTreatments',
      'crisisPreferredCare',
      'crisisAvoidedCare',
      'crisisWhatHelps',
      'crisisWhatDoesNotHelp',
      'crisisPlanNoLongerNeeded',
      'afterCrisis',
    ],
    datedBySignature: true,
  },
  barc10: { text: ['notes'], date: 'takenOn' },
  agreement: {
    text: ['meetingPlaces', 'howToReachPeer', 'whenNotToReach', 'whatPeerIs', 'whatPeerIsNot', 'boundaries', 'personAcknowledgement'],
    date: 'startDate',
  },
  'confidentiality-disclosure': { text: ['explainedBy', 'witnessName', 'notes'], date: 'explainedOn' },
  release: {
    text: [
      'personName',
      'discloser',
      'informationToDisclose',
      'recipients.name',
      'purpose',
      'expiration.description',
      'guardianName',
      'revocation.notes',
    ],
    datedBySignature: true,
  },
  disclosure: { text: ['whatWasShared', 'sharedWith', 'sharedWithinDesignation', 'purpose'], date: 'sharedOn' },
  'crisis-event': {
    text: ['whatHappened', 'actionsTaken', 'contacts.who', 'contacts.organization', 'contacts.why', 'followUp'],
    date: 'occurredAt',
  },
  task: { title: 'title', text: ['notes'], date: 'dueOn' },
  referral: { text: ['reason', 'outcome'], date: 'madeOn' },
  resource: { title: 'name', text: ['address', 'hours', 'phone', 'notes'], shared: true },
};

/** The kinds searched: any other kind gives no search document, so it need not be opened for the index. */
export const SEARCHED_KINDS: ReadonlySet<string> = new Set(Object.keys(SEARCHABLE));

/** The kinds with a name of their own (people, resources, tasks): few, and what a peer looks up first. */
export const NAMED_KINDS: ReadonlySet<string> = new Set(Object.entries(SEARCHABLE).flatMap(([kind, spec]) => (spec.title ? [kind] : [])));

/** Each kind's text paths cut at their dots, once: the index reads tens of thousands of records after unlock. */
const TEXT_PATHS = new Map(Object.entries(SEARCHABLE).map(([kind, spec]) => [kind, spec.text.map((path) => path.split('.'))]));

/** The text at a path (from its `at`th part): a string or list of strings, or, further along the path, inside each part. */
function textsAt(value: unknown, path: readonly string[], at: number, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) textsAt(item, path, at, out);
  } else if (at === path.length) {
    if (typeof value === 'string' && value.trim()) out.push(value);
  } else if (value && typeof value === 'object') {
    textsAt((value as Record<string, unknown>)[path[at]!], path, at + 1, out);
  }
}

const dateOf = (value: unknown): string | undefined => (typeof value === 'string' && value ? datePart(value) : undefined);

/** The searchable text of a record, or null when it has none (a tombstone, a kind not searched). */
export function searchDocumentOf(record: SearchableRecord): SearchDocument | null {
  const { kind, parentId, fields, deleted } = record.body;
  const spec = (SEARCHABLE as Record<string, KindText | undefined>)[kind];
  if (!spec || deleted) return null;
  const texts: string[] = [];
  for (const path of TEXT_PATHS.get(kind)!) textsAt(fields, path, 0, texts);
  const title = spec.title && typeof fields[spec.title] === 'string' ? (fields[spec.title] as string) : '';
  const signature = fields.signature as { signedAt?: unknown } | null | undefined;
  const date = spec.date ? dateOf(fields[spec.date]) : spec.datedBySignature ? dateOf(signature?.signedAt) : undefined;
  if (!title && texts.length === 0) return null;
  return {
    id: record.id,
    kind,
    personId: spec.shared ? null : kind === 'person' ? record.id : parentId,
    title,
    text: texts.join('\n'),
    ...(date ? { date } : {}),
  };
}
