/**
 * Conflicts for the peer to resolve: a field changed on two computers without either seeing the
 * other's change, or a record deleted on one while changed on another. Every version is kept
 * until the peer chooses; the choice is a new write that has seen them all, so it settles the
 * conflict on every device once synced.
 */
import { conflictsOf, type FieldVersion } from '@shared/sync/field-merge';
import { keepDeletedRecord, registersOf, resolveFieldConflict, tombstone } from '@shared/records/record-body';
import { say } from '@shared/messages';
import { InvalidInputError } from '../../../vault/errors';
import { personOf } from '../../../vault/conflicted-records';
import type { DecryptedRecord, Vault } from '../../../vault/vault';
import type { RecordStore } from '../../../vault/record-store';

export interface RecordConflict {
  recordId: string;
  kind: string;
  /** The person the record is about (the person themself, or the record's parent). */
  personId: string | null;
  /** Deleted on some device; see `deletedOverEdits`. */
  deleted: boolean;
  /** Each field with more than one live value: `versions[0]` is the one shown now, the rest newest first. */
  fields: { field: string; versions: FieldVersion[] }[];
  /** For a deleted record: changes made elsewhere the delete had not seen (the record may be kept). */
  deletedOverEdits: { field: string; version: FieldVersion }[];
}

export type ConflictChoice =
  /** Keep this value for the field (one of its versions' values, or one the peer wrote). */
  | { recordId: string; field: string; value: unknown }
  /** For a record deleted here and changed there: keep it after all (true) or let it go (false). */
  | { recordId: string; keepRecord: boolean };

function conflictOf(record: DecryptedRecord): RecordConflict | null {
  const conflicts = conflictsOf(registersOf(record.body, record.rev));
  if (conflicts.fields.length === 0 && conflicts.deletedOverEdits.length === 0) return null;
  return {
    recordId: record.id,
    kind: record.body.kind,
    personId: personOf(record),
    deleted: record.body.deleted === true,
    fields: conflicts.fields.map(({ field, current, others }) => ({ field, versions: [current, ...others] })),
    deletedOverEdits: conflicts.deletedOverEdits,
  };
}

/** Every record holding a conflict, tombstones included; with a person id, only theirs. Opens only the records the conflict digest names. */
export async function listConflicts(records: RecordStore, filter: { personId?: string } = {}): Promise<RecordConflict[]> {
  const named = (await records.conflictedRecords()).filter((entry) => !filter.personId || entry.personId === filter.personId);
  const opened = await records.bodies(named.map((entry) => entry.id).sort());
  return opened.flatMap((record) => conflictOf(record) ?? []);
}

export function conflictHandlers(vault: Pick<Vault, 'records' | 'deviceId'>) {
  const { records } = vault;
  return {
    /** The conflicts to resolve, and this device's id (to say "on this computer" beside a version). */
    'conflicts.list': async (filter: { personId?: string } = {}) => ({
      thisDevice: vault.deviceId,
      conflicts: await listConflicts(records, filter),
    }),
    /** Settles one conflict, read and written in one unit; returns what is left of that record's conflicts (null when none). */
    'conflicts.resolve': (choice: ConflictChoice): Promise<RecordConflict | null> =>
      records.write(async (tx) => {
        const stored = await tx.body(choice.recordId);
        const current = stored && conflictOf(stored);
        if (!current) throw new InvalidInputError(say('sync.conflictAlreadyResolved'));
        const history = { personId: current.personId };
        const record =
          'keepRecord' in choice
            ? await tx.rewrite(
                choice.recordId,
                (body, stamp) => (choice.keepRecord ? keepDeletedRecord(body, stamp) : tombstone(body, stamp)),
                {
                  ...history,
                  action: choice.keepRecord ? 'change' : 'delete',
                },
              )
            : await tx.rewrite(choice.recordId, (body, stamp) => resolveFieldConflict(body, choice.field, choice.value, stamp), {
                ...history,
                action: 'change',
              });
        return conflictOf(record);
      }),
  };
}
