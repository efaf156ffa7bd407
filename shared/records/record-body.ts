/**
 * What a record holds inside its ciphertext: its kind, parent, fields and a clock per field.
 *
 * The per-field clocks are what let two devices' edits to different fields of one record both
 * survive a merge. Fields this version does not know (written by a newer app) are kept as they
 * are and passed on untouched: migrations are additive, nothing is dropped.
 *
 * Each field is a multi-value register (shared/sync/field-merge.ts) stored additively: `fields` and
 * `clocks` hold the version shown, `seen` what its writer had seen from other devices, `versions`
 * the field's other live versions (a conflict). A field with one version and nothing seen from
 * elsewhere is exactly today's field, so bodies written before sync parse and merge unchanged.
 * A version has always seen its own device's earlier stamps (a device's writes follow one
 * another), so that entry is left out of every stored `seen` and put back on reading.
 */
import { z } from 'zod';
import {
  deleteRecord,
  DELETED_FIELD,
  isDeleted,
  mergeRegisters,
  resolveField,
  restoreRecord,
  writeFields,
  type FieldRegisters,
  type FieldVersion,
  type SeenVector,
} from '../sync/field-merge';
import { parseStamp } from '../sync/hlc';

export const RECORD_BODY_VERSION = 1;

export const RecordBody = z.object({
  v: z.literal(RECORD_BODY_VERSION),
  kind: z.string().min(1),
  parentId: z.string().nullable(),
  fields: z.record(z.string(), z.unknown()),
  clocks: z.record(z.string(), z.string()),
  deleted: z.boolean().optional(),
  /** Per field: the newest stamp per other device the shown version's writer had seen. */
  seen: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  /** Per field: its other live versions, written without seeing the shown one (newest first). */
  versions: z
    .record(z.string(), z.array(z.object({ value: z.unknown(), stamp: z.string(), seen: z.record(z.string(), z.string()) })))
    .optional(),
});
export type RecordBody = z.infer<typeof RecordBody>;

export function newRecordBody(kind: string, parentId: string | null = null): RecordBody {
  return { v: RECORD_BODY_VERSION, kind, parentId, fields: {}, clocks: {} };
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const deviceOf = (stamp: string): string => parseStamp(stamp).deviceId;

/** A version as stored: without its own device's entry in `seen` (implied). */
function storedVersion(version: FieldVersion): FieldVersion {
  const own = deviceOf(version.stamp);
  const seen = Object.fromEntries(Object.entries(version.seen).filter(([device]) => device !== own));
  return { value: version.value, stamp: version.stamp, seen };
}

const readVersion = (value: unknown, stamp: string, seen: SeenVector = {}): FieldVersion => ({
  value,
  stamp,
  seen: { ...seen, [deviceOf(stamp)]: stamp },
});

/**
 * The body's fields as registers. A field without a clock (written by a tool that sets none) takes
 * `fallbackStamp`, the record's revision; a clock without a value (an old tombstone emptied its
 * fields) is no version at all.
 */
export function registersOf(body: RecordBody, fallbackStamp: string): FieldRegisters {
  const registers: FieldRegisters = {};
  const names = new Set([...Object.keys(body.fields), ...Object.keys(body.clocks)]);
  for (const name of names) {
    const stamp = body.clocks[name] ?? fallbackStamp;
    if (name === DELETED_FIELD) registers[name] = [readVersion(body.deleted === true, stamp, body.seen?.[name])];
    else if (Object.hasOwn(body.fields, name)) registers[name] = [readVersion(body.fields[name], stamp, body.seen?.[name])];
    else continue;
    for (const other of body.versions?.[name] ?? []) registers[name]!.push(readVersion(other.value, other.stamp, other.seen));
  }
  // Stored versions are already live and in order; merging with nothing normalises anything that is not.
  return mergeRegisters(registers, {});
}

/** The body holding these registers (kind, parent and format kept from `base`). */
export function withRegisters(base: RecordBody, registers: FieldRegisters): RecordBody {
  const fields: Record<string, unknown> = {};
  const clocks: Record<string, string> = {};
  const seen: Record<string, SeenVector> = {};
  const versions: Record<string, FieldVersion[]> = {};
  for (const name of Object.keys(registers).sort()) {
    const [shown, ...others] = (registers[name] ?? []).map(storedVersion);
    if (!shown) continue;
    if (name !== DELETED_FIELD) fields[name] = shown.value;
    clocks[name] = shown.stamp;
    if (Object.keys(shown.seen).length > 0) seen[name] = shown.seen;
    if (others.length > 0) versions[name] = others;
  }
  const body: RecordBody = { v: base.v, kind: base.kind, parentId: base.parentId, fields, clocks };
  if (isDeleted(registers)) body.deleted = true;
  if (Object.keys(seen).length > 0) body.seen = seen;
  if (Object.keys(versions).length > 0) body.versions = versions;
  return body;
}

/** Two copies of one record merged field by field (see field-merge.ts); revisions name the copies' fallback stamps. */
export function mergeBodies(a: { body: RecordBody; rev: string }, b: { body: RecordBody; rev: string }): RecordBody {
  return withRegisters(a.body, mergeRegisters(registersOf(a.body, a.rev), registersOf(b.body, b.rev)));
}

/** The same record content, however its keys happen to be ordered. */
export function sameBody(a: RecordBody, b: RecordBody): boolean {
  const canonical = (body: RecordBody) =>
    JSON.stringify(withRegisters(body, registersOf(body, '0000-01-01T00:00:00.000Z-0000-0000000000000000')));
  return canonical(a) === canonical(b);
}

/**
 * Applies a change to some fields under one revision stamp. Only fields whose value really
 * changed take the new stamp, so an untouched field never "wins" a merge it had no part in; a
 * written field has seen every live version of it. Returns null when nothing changed.
 */
export function applyFieldChanges(body: RecordBody, changes: Record<string, unknown>, stamp: string): RecordBody | null {
  const changed = Object.fromEntries(
    Object.entries(changes).filter(([name, value]) => value !== undefined && !sameValue(body.fields[name], value)),
  );
  if (Object.keys(changed).length === 0) return null;
  return withRegisters(body, writeFields(registersOf(body, stamp), changed, stamp));
}

/**
 * A tombstone keeps the record's identity, fields and clocks (nothing is erased before its
 * retention period), so a delete that crossed an edit elsewhere can still be undone whole.
 */
export function tombstone(body: RecordBody, stamp: string): RecordBody {
  return withRegisters(body, deleteRecord(registersOf(body, stamp), stamp));
}

/** Settles one field's conflict with the chosen value: a write that has seen every version of it. */
export function resolveFieldConflict(body: RecordBody, field: string, value: unknown, stamp: string): RecordBody {
  return withRegisters(body, resolveField(registersOf(body, stamp), field, value, stamp));
}

/** Keeps a record that was deleted on one device while changed on another. */
export function keepDeletedRecord(body: RecordBody, stamp: string): RecordBody {
  return withRegisters(body, restoreRecord(registersOf(body, stamp), stamp));
}
