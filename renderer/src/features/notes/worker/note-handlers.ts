/**
 * Service notes: a draft written after meeting a person, signed by the peer (then fixed: the vault
 * refuses any change), corrected only by addenda, and group sessions split into one note per
 * person. Each note and each addendum is its own record under the person. Runs in the vault worker.
 */
import { MessageError, say } from '@shared/messages';
import { randomId } from '@shared/crypto/bytes';
import { PeerProfileFields } from '@shared/records/peer-profile';
import { latestVersions } from '@shared/records/signed-versions';
import { noteDeadlineFor } from '@shared/agency/note-policy';
import {
  goalsToOffer,
  NoteAddendumFields,
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
} from '@shared/records/service-note';
import { compareText } from '@shared/records/text';
import type { Vault } from '../../../vault/vault';
import type { RecordStore } from '../../../vault/record-store';
import type { RecordWriter } from '../../../vault/unit-of-work';
import { InvalidInputError } from '../../../vault/errors';
import { localMoment, localToday } from '../../../vault/clock';
import { parseOrExplain } from '../../../vault/parse-input';
import { listDocuments } from '../../documents/worker/document-handlers';

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

// Newest meeting first; the same moment by the record's revision.
const newestFirst = (a: { rev: string; fields: ServiceNoteFields }, b: { rev: string; fields: ServiceNoteFields }): number =>
  compareText(b.fields.date, a.fields.date) || compareText(b.fields.startTime, a.fields.startTime) || compareText(b.rev, a.rev);

/** The peer's own profile (name, credential, the state they work in). */
async function peerProfile(reader: Pick<RecordStore, 'list'>): Promise<PeerProfileFields> {
  return (await reader.list('peer-profile'))[0]?.fields ?? PeerProfileFields.parse({});
}

/** `vault.policy` is read at each call: the window gives it once the app has started, after the handlers are made. */
export function noteHandlers(vault: Pick<Vault, 'records' | 'clock' | 'policy'>) {
  const { records, clock } = vault;
  /** The recovery plan as it stands now (its latest version, a draft included): its open goals. */
  const planGoals = async (personId: string): Promise<GoalToOffer[]> => {
    const latest = latestVersions(await listDocuments(records, personId, 'recovery-plan'));
    const current = latest.sort((a, b) => compareText(b.rev, a.rev))[0];
    return current ? goalsToOffer(current.fields.goals) : [];
  };

  const notesOf = async (personId: string) => (await records.children(personId, 'service-note')).sort(newestFirst);

  const listNotes = async (personId: string): Promise<NoteEntry[]> => {
    const notePolicy = vault.policy.notes;
    const [notes, addenda, peer] = await Promise.all([
      notesOf(personId),
      records.children(personId, 'note-addendum'),
      peerProfile(records),
    ]);
    const now = localMoment(clock.now());
    const deadline = noteDeadlineFor(notePolicy, peer.workState);
    const corrections = addenda
      .map(({ id, fields }) => ({ id, fields }))
      .sort((a, b) => compareText(a.fields.writtenAt, b.fields.writtenAt));
    return notes.map(({ id, rev, fields }) => ({
      id,
      rev,
      fields,
      state: noteState(fields, now, deadline),
      dueAt: noteDueAt(fields, deadline),
      units: fields.signature?.units ?? noteUnits(fields, notePolicy.noteUnitRule),
      addenda: corrections.filter((addendum) => addendum.fields.noteId === id),
    }));
  };

  /**
   * The form's fields over what is stored, read in the unit that saves them: the form never sets
   * the signature (a signed note stays signed, and the vault refuses the change) nor the group
   * session (its shared part is written once, on the group form).
   */
  const formFields = async (tx: RecordWriter, id: string | null, fields: ServiceNoteInput) => {
    const existing = id ? await tx.require('service-note', id, 'notFound.note') : null;
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
    'notes.list': ({ personId }: { personId: string }) => listNotes(personId),

    /** The goals of the person's plan a note can say it worked on. */
    'notes.planGoals': ({ personId }: { personId: string }) => planGoals(personId),

    /**
     * A new note's starting point: today, the setting and the goals still open from the last
     * note, the peer's name and credential.
     */
    'notes.start': async ({ personId }: { personId: string }): Promise<ServiceNoteFields> => {
      const [notes, goals, peer] = await Promise.all([notesOf(personId), planGoals(personId), peerProfile(records)]);
      const openGoals: GoalAddressed[] = goals.map(({ goalId, inTheirWords }) => ({ goalId, inTheirWords }));
      const start = startingPointForNote({
        date: localToday(clock.now()),
        lastNote: notes[0]?.fields ?? null,
        openGoals,
        peer: { name: peer.name, credential: peer.credential, serviceCode: peer.serviceCode },
      });
      return ServiceNoteFields.parse(start);
    },

    /**
     * What the last note said comes next, shown beside "What you did" whichever way the editor
     * opens (a new note, a draft, or one reopened after unlocking): the newest note other than
     * `noteId`, the one being written ('' when there is none).
     */
    'notes.lastNextSteps': async ({ personId, noteId }: { personId: string; noteId: string | null }): Promise<string> =>
      (await notesOf(personId)).find((note) => note.id !== noteId)?.fields.nextSteps ?? '',

    /** Saves a draft (a new note when `id` is null). A signed note is refused by the vault. */
    'notes.saveDraft': ({ personId, id, fields }: { personId: string; id: string | null; fields: ServiceNoteInput }) =>
      records.write(async (tx) => {
        const draft = await formFields(tx, id, fields);
        const record = await tx.save({ id, kind: 'service-note', parentId: personId, changes: draft, history: { personId } });
        return { id: record.id, fields: draft };
      }),

    /**
     * Saves and signs the note as written in the form, in one step: the units are fixed under the
     * agency's rule, with the signing time, the peer and their credential. Refused, with what is
     * still missing, when the note is not complete.
     */
    'notes.sign': ({ personId, id, fields }: { personId: string; id: string | null; fields: ServiceNoteInput }) =>
      records.write(async (tx) => {
        const draft = await formFields(tx, id, fields);
        // The peer signs as their profile says (set once in Settings); a draft from before it was set keeps its own.
        const peer = await peerProfile(records);
        const now = clock.now();
        const signer = {
          signedAt: now.toISOString(),
          localTime: localMoment(now),
          peerName: peer.name || draft.peerName,
          credential: peer.credential || draft.credential,
        };
        let signed: ServiceNoteFields;
        try {
          signed = signServiceNote(draft, signer, vault.policy.notes.noteUnitRule);
        } catch (error) {
          // Not ready, already signed, or the meeting has not ended.
          if (error instanceof MessageError) throw new InvalidInputError(error.messages);
          throw error;
        }
        const record = await tx.save({
          id,
          kind: 'service-note',
          parentId: personId,
          changes: signed,
          history: { action: 'sign', personId },
        });
        return { id: record.id, fields: signed };
      }),

    /** A correction to a signed note, with its own author and time; the note itself never changes. */
    'notes.addAddendum': ({ noteId, text, author, credential }: { noteId: string; text: string; author: string; credential: string }) =>
      records.write(async (tx) => {
        const note = await tx.require('service-note', noteId, 'notFound.note');
        if (!note.fields.signature) throw new InvalidInputError(say('serviceNote.draftTakesNoAddendum'));
        const fields = parseOrExplain(NoteAddendumFields, { noteId, text, author, credential, writtenAt: clock.now().toISOString() });
        const record = await tx.save({ id: null, kind: 'note-addendum', parentId: note.parentId, changes: fields });
        return { id: record.id, fields };
      }),

    /**
     * One group session becomes a draft note for each person: the shared part once, their own
     * part each, all saved in one transaction (all or none). Refused, naming the name and where
     * it is, when a note would name someone else in the group. Names come from the people's own
     * records, never from the form.
     */
    'notes.saveGroup': (session: GroupSessionInput): Promise<{ personId: string; id: string }[]> =>
      records.write(async (tx) => {
        parseOrExplain(GroupMeeting, session);
        const peer = await peerProfile(records);
        const participants = [];
        for (const part of session.participants) {
          const person = await tx.require('person', part.personId, 'notFound.groupMember');
          participants.push({ ...part, name: person.fields.preferredName, goalsAddressed: [] });
        }
        let notes: ReturnType<typeof splitGroupSession>;
        try {
          notes = splitGroupSession({ ...session, sessionId: randomId(), peerName: peer.name, credential: peer.credential, participants });
        } catch (error) {
          // Names another person in the group, or too small a group.
          if (error instanceof MessageError) throw new InvalidInputError(error.messages);
          throw error;
        }
        const saved: { personId: string; id: string }[] = [];
        for (const { personId, fields } of notes) {
          const record = await tx.save({
            id: null,
            kind: 'service-note',
            parentId: personId,
            changes: fields,
            history: { personId, note: say('history.serviceNote.groupDraft') },
          });
          saved.push({ personId, id: record.id });
        }
        return saved;
      }),
  };
}
