/**
 * What a record holds inside its ciphertext: its kind, parent, fields and a clock per field.
 *
 * The per-field clocks are what let two devices' edits to different fields of one record both
 * survive a merge. Fields this version does not know (written by a newer app) are kept as they
 * are and passed on untouched: migrations are additive, nothing is dropped.
 */
import { z } from 'zod';

export const RECORD_BODY_VERSION = 1;

export const RecordBody = z.object({
  v: z.literal(RECORD_BODY_VERSION),
  kind: z.string().min(1),
  parentId: z.string().nullable(),
  fields: z.record(z.string(), z.unknown()),
  clocks: z.record(z.string(), z.string()),
  deleted: z.boolean().optional(),
});
export type RecordBody = z.infer<typeof RecordBody>;

export function newRecordBody(kind: string, parentId: string | null = null): RecordBody {
  return { v: RECORD_BODY_VERSION, kind, parentId, fields: {}, clocks: {} };
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies a change to some fields under one revision stamp. Only fields whose value really
 * changed take the new stamp, so an untouched field never "wins" a merge it had no part in.
 * Returns null when nothing changed.
 */
export function applyFieldChanges(body: RecordBody, changes: Record<string, unknown>, stamp: string): RecordBody | null {
  const fields = { ...body.fields };
  const clocks = { ...body.clocks };
  let changed = false;
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined || sameValue(fields[name], value)) continue;
    fields[name] = value;
    clocks[name] = stamp;
    changed = true;
  }
  return changed ? { ...body, fields, clocks } : null;
}

/** A tombstone keeps the record's identity and clocks; its fields are emptied. */
export function tombstone(body: RecordBody, stamp: string): RecordBody {
  return { ...body, fields: {}, clocks: { ...body.clocks, '@deleted': stamp }, deleted: true };
}
