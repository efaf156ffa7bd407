/**
 * The service notes not signed yet, as a sealed digest (record-digest.ts).
 *
 * Why: a notebook holds tens of thousands of signed notes, and Today needs only the few still
 * waiting for a signature. With the digest it finds them by opening one sealed value instead of
 * every note. It holds only what deciding "due or overdue" needs (note id, person, date, end time).
 */
import type { DigestSpec } from './record-digest';

const NOTE_KIND = 'service-note';

export interface UnsignedNote {
  id: string;
  personId: string | null;
  date: string;
  endTime: string;
}

export const UNSIGNED_NOTES: DigestSpec<UnsignedNote> = {
  name: 'unsignedNotes',
  kind: NOTE_KIND,
  /** Null once it is signed or deleted. */
  entryOf: ({ id, body }) =>
    body.deleted || body.fields.signature
      ? null
      : { id, personId: body.parentId, date: String(body.fields.date ?? ''), endTime: String(body.fields.endTime ?? '') },
  same: (a, b) => a.personId === b.personId && a.date === b.date && a.endTime === b.endTime,
};
