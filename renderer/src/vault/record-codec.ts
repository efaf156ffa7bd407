/**
 * A record between its stored row and its opened form. The row keeps only clear index columns and
 * the record-cipher envelope (shared/crypto/record-cipher.ts); inside the envelope is the record's
 * body and the audit sequence it was stored at, bound to its vault, id and revision.
 *
 * Opening checks that the clear columns agree with what was sealed (kind, parent, audit sequence):
 * a column edited on disk makes the record fail to open rather than be filed under another person.
 */
import { z } from 'zod';
import type { Sodium } from '@shared/crypto/sodium';
import { openRecord, sealRecord } from '@shared/crypto/record-cipher';
import { fromUtf8, utf8 } from '@shared/crypto/bytes';
import { TamperedDataError } from '@shared/crypto/errors';
import { RecordBody } from '@shared/records/record-body';
import type { StoredRecord } from './database';

/** A record opened: its id, its revision's stamp and its body (tombstones too). */
export interface DecryptedRecord {
  id: string;
  rev: string;
  body: RecordBody;
}

/** What the envelope holds: the body, and beside it the audit sequence the revision was stored at (readers that do not know it drop it). */
const SealedBody = RecordBody.extend({ auditSeq: z.number().int().nonnegative().optional() });

export interface SealingKeys {
  vaultId: string;
  recordKey: Uint8Array;
}

/** The row a revision is stored as, sealed under the records key. */
export function sealRow(
  sodium: Sodium,
  keys: SealingKeys,
  record: DecryptedRecord,
  flags: { dirty: 0 | 1; auditSeq: number },
): StoredRecord {
  const { id, rev, body } = record;
  const plaintext = utf8(JSON.stringify({ ...body, auditSeq: flags.auditSeq }));
  return {
    id,
    kind: body.kind,
    parentId: body.parentId,
    rev,
    deleted: body.deleted ? 1 : 0,
    dirty: flags.dirty,
    auditSeq: flags.auditSeq,
    ct: sealRecord(sodium, keys.recordKey, { vaultId: keys.vaultId, recordId: id, rev }, plaintext),
  };
}

/**
 * Opens a row (stored here, or from elsewhere when `auditSeq` is not this computer's to check).
 * Throws TamperedDataError when it does not open or its clear columns disagree with its body, and
 * UnsupportedFormatError when a newer app sealed it.
 */
export function openRow(
  sodium: Sodium,
  keys: SealingKeys,
  row: Pick<StoredRecord, 'id' | 'kind' | 'parentId' | 'rev' | 'ct' | 'auditSeq'>,
  options: { checkAuditSeq: boolean } = { checkAuditSeq: true },
): DecryptedRecord {
  const plaintext = openRecord(sodium, keys.recordKey, { vaultId: keys.vaultId, recordId: row.id, rev: row.rev }, row.ct);
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(plaintext));
  } catch {
    json = null;
  }
  const parsed = SealedBody.safeParse(json);
  const agrees =
    parsed.success &&
    parsed.data.kind === row.kind &&
    parsed.data.parentId === row.parentId &&
    (!options.checkAuditSeq || parsed.data.auditSeq === row.auditSeq);
  if (!agrees) throw new TamperedDataError(`Record ${row.id}`);
  const { auditSeq: _auditSeq, ...body } = parsed.data;
  return { id: row.id, rev: row.rev, body };
}
