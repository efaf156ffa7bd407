/**
 * The merge at the heart of sync: deterministic, commutative, associative and idempotent, and it
 * never loses an edit.
 *
 * Each field of a record is a multi-value register. A write makes a *version*: the value, its
 * revision stamp (a hybrid-logical-clock string that sorts as text and ends in the device id),
 * and `seen`, a vector of the newest stamp per device this write had seen for the field (the
 * versions it replaces, and everything they had replaced). A version is *superseded* when another
 * version has seen its stamp. Merging two copies is the union of their versions with superseded
 * ones dropped, so the order and number of merges cannot change the result.
 *
 * The versions left are the field's live values: the one with the latest stamp is shown, and any
 * other is a conflict (two edits made without seeing each other) that the peer resolves by
 * choosing; the choice is a new write that has seen them all. Edits to different fields never
 * conflict. Deletion is the register `@deleted`; a delete that had not seen an edit made elsewhere
 * leaves the record in conflict (deleted here, changed there) instead of silently dropping the edit.
 *
 * Why a vector per device is enough: a device's own writes to a field follow one another (each sees
 * the one before), and copies travel as whole records, so having seen a device's stamp s means
 * having seen every earlier write of that device that s had not already replaced.
 */
import { compareText } from '../records/text';
import { parseStamp } from './hlc';

export type SeenVector = Record<string, string>;

export interface FieldVersion {
  value: unknown;
  stamp: string;
  seen: SeenVector;
}

/** Field name to its live versions, newest stamp first. */
export type FieldRegisters = Record<string, FieldVersion[]>;

export const DELETED_FIELD = '@deleted';

const deviceOf = (stamp: string): string => parseStamp(stamp).deviceId;

const hasSeen = (seen: SeenVector, stamp: string): boolean => {
  const newest = seen[deviceOf(stamp)];
  return newest !== undefined && newest >= stamp;
};

/** Pointwise newest of several vectors, plus the stamps themselves. */
function joinSeen(versions: readonly FieldVersion[]): SeenVector {
  const seen: SeenVector = {};
  const note = (device: string, stamp: string) => {
    if (!seen[device] || seen[device]! < stamp) seen[device] = stamp;
  };
  for (const version of versions) {
    for (const [device, stamp] of Object.entries(version.seen)) note(device, stamp);
    note(deviceOf(version.stamp), version.stamp);
  }
  return seen;
}

/** The live versions of a union: those no other version has seen, newest first, one per stamp. */
function liveVersions(versions: readonly FieldVersion[]): FieldVersion[] {
  const byStamp = new Map<string, FieldVersion>();
  for (const version of versions) if (!byStamp.has(version.stamp)) byStamp.set(version.stamp, version);
  const all = [...byStamp.values()];
  return all
    .filter((version) => !all.some((other) => other !== version && hasSeen(other.seen, version.stamp)))
    .sort((a, b) => compareText(b.stamp, a.stamp));
}

/** Merges two copies of a record's registers. */
export function mergeRegisters(a: FieldRegisters, b: FieldRegisters): FieldRegisters {
  const merged: FieldRegisters = {};
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    merged[field] = liveVersions([...(a[field] ?? []), ...(b[field] ?? [])]);
  }
  return merged;
}

/**
 * A local write to some fields under one stamp: each written field gets one version that has seen
 * every live version of it (so writing a field also resolves its conflict).
 */
export function writeFields(registers: FieldRegisters, changes: Record<string, unknown>, stamp: string): FieldRegisters {
  const next = { ...registers };
  for (const [field, value] of Object.entries(changes)) {
    next[field] = [{ value, stamp, seen: joinSeen(registers[field] ?? []) }];
  }
  return next;
}

/** Deletes the record, having seen every version of every field as this copy holds them. */
export function deleteRecord(registers: FieldRegisters, stamp: string): FieldRegisters {
  const everything = Object.values(registers).flat();
  return { ...registers, [DELETED_FIELD]: [{ value: true, stamp, seen: joinSeen(everything) }] };
}

/** Keeps a deleted record after all (the answer to "deleted here, changed there"). */
export const restoreRecord = (registers: FieldRegisters, stamp: string): FieldRegisters =>
  writeFields(registers, { [DELETED_FIELD]: false }, stamp);

/** The value each field shows: its newest live version. */
export function currentValues(registers: FieldRegisters): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, versions] of Object.entries(registers)) if (field !== DELETED_FIELD && versions[0]) values[field] = versions[0].value;
  return values;
}

export const isDeleted = (registers: FieldRegisters): boolean => registers[DELETED_FIELD]?.[0]?.value === true;

export interface FieldConflict {
  field: string;
  /** Shown now (the latest stamp). */
  current: FieldVersion;
  /** Written elsewhere without seeing `current`, newest first. */
  others: FieldVersion[];
}

export interface RecordConflicts {
  fields: FieldConflict[];
  /** Deleted, but some field holds an edit the delete had not seen: the edits that would be lost. */
  deletedOverEdits: { field: string; version: FieldVersion }[];
}

/** What the peer needs to resolve on this record (empty lists when nothing). */
export function conflictsOf(registers: FieldRegisters): RecordConflicts {
  const fields: FieldConflict[] = [];
  for (const [field, versions] of Object.entries(registers)) {
    if (field !== DELETED_FIELD && versions.length > 1) fields.push({ field, current: versions[0]!, others: versions.slice(1) });
  }
  const deletes = (registers[DELETED_FIELD] ?? []).filter((version) => version.value === true);
  const deletedOverEdits: RecordConflicts['deletedOverEdits'] = [];
  if (isDeleted(registers)) {
    for (const [field, versions] of Object.entries(registers)) {
      if (field === DELETED_FIELD) continue;
      for (const version of versions)
        if (!deletes.some((del) => hasSeen(del.seen, version.stamp))) deletedOverEdits.push({ field, version });
    }
  }
  return { fields: fields.sort((x, y) => compareText(x.field, y.field)), deletedOverEdits };
}

export const hasConflicts = (registers: FieldRegisters): boolean => {
  const conflicts = conflictsOf(registers);
  return conflicts.fields.length > 0 || conflicts.deletedOverEdits.length > 0;
};

/** Resolves a field's conflict by keeping one of its live values (or a new one the peer writes). */
export const resolveField = (registers: FieldRegisters, field: string, value: unknown, stamp: string): FieldRegisters =>
  writeFields(registers, { [field]: value }, stamp);
