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

/** The clear columns a row keeps beside its envelope, which its sealed body must agree with. */
type RowColumns = Pick<StoredRecord, 'id' | 'kind' | 'parentId' | 'rev' | 'auditSeq'>;

/**
 * Opens a row (stored here, or from elsewhere when `auditSeq` is not this computer's to check).
 * Throws TamperedDataError when it does not open or its clear columns disagree with its body, and
 * UnsupportedFormatError when a newer app sealed it.
 */
export function openRow(
  sodium: Sodium,
  keys: SealingKeys,
  row: RowColumns & Pick<StoredRecord, 'ct'>,
  options: { checkAuditSeq: boolean } = { checkAuditSeq: true },
): DecryptedRecord {
  const parsed = SealedBody.safeParse(parsedJson(openEnvelope(sodium, keys, row)));
  if (!parsed.success || !agreesWithColumns(parsed.data, row, options)) throw new TamperedDataError(`Record ${row.id}`);
  const { auditSeq: _auditSeq, ...body } = parsed.data;
  return { id: row.id, rev: row.rev, body };
}

/** Decrypts a row's envelope, bound to its vault, id and revision (what is inside is not read here). */
export function openEnvelope(sodium: Sodium, keys: SealingKeys, row: Pick<StoredRecord, 'id' | 'rev' | 'ct'>): Uint8Array {
  return openRecord(sodium, keys.recordKey, { vaultId: keys.vaultId, recordId: row.id, rev: row.rev }, row.ct);
}

/** A row's clear columns with its envelope opened: the body's bytes, for a reader elsewhere (readLooseBody). */
export type OpenedRow = RowColumns & { plaintext: Uint8Array };

/** What a reader that takes text as stored needs of a body (the search index): no schema read. */
export interface LooseBody {
  kind: string;
  parentId: string | null;
  fields: Record<string, unknown>;
  deleted?: boolean;
}

/**
 * A decrypted body read for its text only, skipping the schema's check (the costliest part of
 * opening, after decryption, over a whole notebook), but still refused, as null, when it is not
 * an object with fields or disagrees with its row's clear columns.
 */
export function readLooseBody(plaintext: Uint8Array, row: RowColumns): LooseBody | null {
  const json = parsedJson(plaintext) as Partial<LooseBody & { auditSeq: number }> | null;
  if (!json || typeof json !== 'object' || !json.fields || typeof json.fields !== 'object') return null;
  return agreesWithColumns(json, row, { checkAuditSeq: true }) ? (json as LooseBody) : null;
}

function parsedJson(plaintext: Uint8Array): unknown {
  try {
    return JSON.parse(fromUtf8(plaintext));
  } catch {
    return null;
  }
}

/** A column edited on disk makes the record fail to open rather than be filed under another person. */
const agreesWithColumns = (
  body: { kind?: unknown; parentId?: unknown; auditSeq?: unknown },
  row: RowColumns,
  { checkAuditSeq }: { checkAuditSeq: boolean },
) => body.kind === row.kind && body.parentId === row.parentId && (!checkAuditSeq || body.auditSeq === row.auditSeq);
