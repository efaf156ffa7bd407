/**
 * The records holding a sync conflict for the peer to resolve, as a sealed digest
 * (record-digest.ts): the top bar counts them every few seconds, and the conflicts panel opens
 * only the records named here, never the whole notebook.
 */
import { hasConflicts } from '@shared/sync/field-merge';
import { registersOf } from '@shared/records/record-body';
import type { DigestSpec } from './record-digest';
import type { DecryptedRecord } from './record-codec';

export interface ConflictedRecord {
  id: string;
  /** The person the record is about (the person themself, or the record's parent). */
  personId: string | null;
}

export const personOf = (record: DecryptedRecord): string | null => (record.body.kind === 'person' ? record.id : record.body.parentId);

/** Whether a record holds versions made without seeing each other (tombstones too: a delete that had not seen an edit). */
export const holdsConflict = (record: DecryptedRecord): boolean => hasConflicts(registersOf(record.body, record.rev));

export const CONFLICTED_RECORDS: DigestSpec<ConflictedRecord> = {
  name: 'conflictedRecords',
  entryOf: (record) => (holdsConflict(record) ? { id: record.id, personId: personOf(record) } : null),
  same: (a, b) => a.personId === b.personId,
};
