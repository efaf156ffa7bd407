/**
 * Service notes: a draft written after meeting a person, signed by the peer (then fixed: the vault
 * refuses any change), corrected only by addenda, and group sessions split into one note per
 * person. Each note and each addendum is its own record under the person. Runs in the vault worker.
 */
import { say } from '@shared/messages';
import { randomId } from '@shared/crypto/bytes';
import { PeerProfileFields } from '@shared/records/peer-profile';
import { PersonFields } from '@shared/records/person';
import { latestVersions } from '@shared/records/signed-versions';
import { noteDeadlineFor, type NotePolicy } from '@shared/agency/note-policy';
import {
  goalsToOffer,
  NamesOtherPeopleError,
  NoteAddendumFields,
  NoteNotReadyError,
  noteDueAt,
  noteState,
  noteUnits,
  ServiceNoteFields,
  signServiceNote,
  splitGroupSession,
  startingPointForNote,
  type GoalAddressed,
  type GoalToOffer,
  type NoteSetting,
  type NoteState,
  type ServiceNoteInput,
  type UnitRule,
} from '@shared/records/service-note';
import { compareText } from '@shared/records/text';
import type { Vault } from '../../vault/vault';
import { InvalidInputError, RecordNotFoundError } from '../../vault/errors';
import { localToday } from '../../vault/today';
import { listDocuments, parseOrExplain } from '../documents/document-handlers';

export interface NoteAddendum {
  id: string;
  fields: NoteAddendumFields;
}

export interface NoteEntry {
  id: string;
  rev: string;
  fields: ServiceNoteFields;
  /** Signed, due or overdue, worked out now from the note's own fields. */
  state: NoteState;
  /** Local wall-clock time "YYYY-MM-DDTHH:MM" by which an unsigned note should be signed. */
  dueAt: string;
  /** The units billed: fixed in the signature once signed, otherwise what the times give today. */
  units: number;
  /** Corrections, oldest first. */
  addenda: NoteAddendum[];
}

/** One person's part of a group session, as the group form sends it. */
export interface GroupPart {
  personId: string;
  individualPart: string;
  theirResponse: string;
  nextSteps: string;
}

export interface GroupSessionInput {
  date: string;
  startTime: string;
  endTime: string;
  setting: NoteSetting;
  sharedPart: string;
  participants: GroupPart[];
}

/** What every note of a group session shares about the meeting, checked before the session is split. */
const GroupMeeting = ServiceNoteFields.pick({ date: true, startTime: true, endTime: true, setting: true });

/** Now on this computer's clock, as the local wall-clock time note deadlines are written in. */
export function localMoment(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localToday(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

// Newest meeting first; the same moment by the record's revision.
const newestFirst = (a: { rev: string; fields: ServiceNoteFields }, b: { rev: string; fields: ServiceNoteFields }): number =>
  compareText(b.fields.date, a.fields.date) || compareText(b.fields.startTime, a.fields.startTime) || compareText(b.rev, a.rev);

export function noteHandlers(vault: Vault) {
  const peerProfile = async () => PeerProfileFields.parse((await vault.listRecords('peer-profile'))[0]?.body.fields ?? {});

  const getNote = async (id: string) => {
    const record = await vault.getRecord(id);
    if (!record || record.body.kind !== 'service-note') throw new RecordNotFoundError('That note');
    return { id, personId: record.body.parentId ?? '', fields: ServiceNoteFields.parse(record.body.fields) };
  };

  /** The recovery plan as it stands now (its latest version, a draft included): its open goals. */
  const planGoals = async (personId: string): Promise<GoalToOffer[]> => {
    const latest = latestVersions(await listDocuments(vault, personId, 'recovery-plan'));
    const current = latest.sort((a, b) => compareText(b.rev, a.rev))[0];
    return current ? goalsToOffer(current.fields.goals) : [];
  };

  const notesOf = async (personId: string) =>
    (await vault.listChildren(personId, 'service-note'))
      .map(({ id, rev, body }) => ({ id, rev, fields: ServiceNoteFields.parse(body.fields) }))
      .sort(newestFirst);

  const listNotes = async (personId: string, policy: NotePolicy): Promise<NoteEntry[]> => {
    const [notes, addenda, peer] = await Promise.all([notesOf(personId), vault.listChildren(personId, 'note-addendum'), peerProfile()]);
    const now = localMoment();
    const deadline = noteDeadlineFor(policy, peer.workState);
    const corrections = addenda
      .map(({ id, body }) => ({ id, fields: NoteAddendumFields.parse(body.fields) }))
      .sort((a, b) => compareText(a.fields.writtenAt, b.fields.writtenAt));
    return notes.map((note) => ({
      ...note,
      state: noteState(note.fields, now, deadline),
      dueAt: noteDueAt(note.fields, deadline),
      units: note.fields.signature?.units ?? noteUnits(note.fields, policy.noteUnitRule),
      addenda: corrections.filter((addendum) => addendum.fields.noteId === note.id),
    }));
  };

  /**
   * The form's fields over what is stored: the form never sets the signature (a signed note stays
   * signed, and the vault refuses the change) nor the group session (its shared part is written
   * once, on the group form).
   */
  const formFields = async (id: string | null, fields: ServiceNoteInput) => {
    const existing = id ? await getNote(id) : null;
    return parseOrExplain(ServiceNoteFields, {
      ...existing?.fields,
      ...fields,
      group: existing?.fields.group ?? null,
      signature: existing?.fields.signature ?? null,
    });
  };

  return {
    /**
     * A person's notes, newest first, each with its addenda, where it stands under the agency's
     * deadline (its rule for the state the peer works in, else its due hours) and its units under
     * the agency's rule.
     */
    'notes.list': ({ personId, policy }: { personId: string; policy: NotePolicy }) => listNotes(personId, policy),

    /** The goals of the person's plan a note can say it worked on. */
    'notes.planGoals': ({ personId }: { personId: string }) => planGoals(personId),

    /**
     * A new note's starting point: today, the last note's next steps (led in by `fromLastTime`,
     * in the screen's language) and goals still open, the peer's name and credential.
     */
    'notes.start': async ({ personId, fromLastTime }: { personId: string; fromLastTime: string }): Promise<ServiceNoteFields> => {
      const [notes, goals, peer] = await Promise.all([notesOf(personId), planGoals(personId), peerProfile()]);
      const openGoals: GoalAddressed[] = goals.map(({ goalId, inTheirWords }) => ({ goalId, inTheirWords }));
      const start = startingPointForNote({
        date: localToday(),
        lastNote: notes[0]?.fields ?? null,
        openGoals,
        peer: { name: peer.name, credential: peer.credential },
        fromLastTime,
      });
      return ServiceNoteFields.parse(start);
    },

    /** Saves a draft (a new note when `id` is null). A signed note is refused by the vault. */
    'notes.saveDraft': async ({ personId, id, fields }: { personId: string; id: string | null; fields: ServiceNoteInput }) => {
      const draft = await formFields(id, fields);
      const record = await vault.saveRecord({
        id,
        kind: 'service-note',
        parentId: personId,
        changes: draft,
        audit: { action: id ? 'change' : 'create', personId, summary: 'Service note draft saved' },
      });
      return { id: record.id, fields: draft };
    },

    /**
     * Saves and signs the note as written in the form, in one step: the units are fixed under the
     * agency's rule of the day (the screen passes it), with the signing time, the peer and their
     * credential. Refused, with what is still missing, when the note is not complete.
     */
    'notes.sign': async ({
      personId,
      id,
      fields,
      unitRule,
    }: {
      personId: string;
      id: string | null;
      fields: ServiceNoteInput;
      unitRule: UnitRule;
    }) => {
      const draft = await formFields(id, fields);
      // A name or credential left empty on the note comes from the peer's profile.
      const peer = await peerProfile();
      const now = new Date();
      const signer = {
        signedAt: now.toISOString(),
        localTime: localMoment(now),
        peerName: draft.peerName || peer.name,
        credential: draft.credential || peer.credential,
      };
      let signed: ServiceNoteFields;
      try {
        signed = signServiceNote(draft, signer, unitRule);
      } catch (error) {
        if (error instanceof NoteNotReadyError) throw new InvalidInputError([say('common.notReadyToSign'), ...error.missing]);
        if (error instanceof RangeError) throw new InvalidInputError(error.message); // already signed, or the meeting has not ended
        throw error;
      }
      const record = await vault.saveRecord({
        id,
        kind: 'service-note',
        parentId: personId,
        changes: signed,
        audit: { action: 'sign', personId, summary: 'Service note signed' },
      });
      return { id: record.id, fields: signed };
    },

    /** A correction to a signed note, with its own author and time; the note itself never changes. */
    'notes.addAddendum': async ({
      noteId,
      text,
      author,
      credential,
    }: {
      noteId: string;
      text: string;
      author: string;
      credential: string;
    }) => {
      const note = await getNote(noteId);
      if (!note.fields.signature) throw new InvalidInputError(say('serviceNote.draftTakesNoAddendum'));
      const fields = parseOrExplain(NoteAddendumFields, { noteId, text, author, credential, writtenAt: new Date().toISOString() });
      const record = await vault.saveRecord({
        id: null,
        kind: 'note-addendum',
        parentId: note.personId,
        changes: fields,
        audit: { personId: note.personId, summary: 'Addendum added to a service note' },
      });
      return { id: record.id, fields };
    },

    /**
     * One group session becomes a draft note for each person: the shared part once, their own
     * part each. Refused, naming the name and where it is, when a note would name someone else
     * in the group. Names come from the people's own records, never from the form.
     */
    'notes.saveGroup': async (session: GroupSessionInput): Promise<{ personId: string; id: string }[]> => {
      parseOrExplain(GroupMeeting, session);
      const peer = await peerProfile();
      const participants = await Promise.all(
        session.participants.map(async (part) => {
          const person = await vault.getRecord(part.personId);
          if (!person || person.body.kind !== 'person') throw new RecordNotFoundError('A person in the group');
          return { ...part, name: PersonFields.parse(person.body.fields).preferredName, goalsAddressed: [] };
        }),
      );
      let notes: ReturnType<typeof splitGroupSession>;
      try {
        notes = splitGroupSession({ ...session, sessionId: randomId(), peerName: peer.name, credential: peer.credential, participants });
      } catch (error) {
        if (error instanceof NamesOtherPeopleError) throw new InvalidInputError(error.found.map((found) => found.message));
        if (error instanceof RangeError) throw new InvalidInputError(error.message);
        throw error;
      }
      const saved: { personId: string; id: string }[] = [];
      for (const { personId, fields } of notes) {
        const record = await vault.saveRecord({
          id: null,
          kind: 'service-note',
          parentId: personId,
          changes: fields,
          audit: { personId, summary: 'Group session note saved as a draft' },
        });
        saved.push({ personId, id: record.id });
      }
      return saved;
    },
  };
}
