/**
 * What a backup's body holds: a sequence of typed entries, each a JSON object in clear inside the
 * encrypted stream. Records are the main section; other sections (the audit trail) are entries of
 * their own type. An entry type this version does not know (written by a newer app) is handed on
 * as unrecognised instead of failing the whole backup.
 *
 * In the plaintext stream each entry is framed as [u32 length][UTF-8 JSON], and entries run on
 * across chunk boundaries.
 */
import { z } from 'zod';
import { fromUtf8, utf8 } from '../crypto/bytes';
import { RecordBody } from '../records/record-body';
import { BackupDamagedError } from './backup-errors';
import { ByteQueue } from './byte-queue';
import { ENTRY_LENGTH_BYTES, MAX_ENTRY_BYTES, readU32le, u32le } from './backup-layout';
import { say } from '../messages';

/** One record's latest revision, decrypted: the stored row's clear fields plus its body. */
export const BackupRecordEntry = z.object({
  type: z.literal('record'),
  id: z.string().min(1),
  rev: z.string().min(1),
  kind: z.string().min(1),
  parentId: z.string().nullable(),
  deleted: z.boolean(),
  // loose: body fields a newer app added are carried through untouched.
  body: RecordBody.loose(),
});
export type BackupRecordEntry = z.infer<typeof BackupRecordEntry>;

/** One audit event with its place in the chain; the vault checks the event's own schema. */
export const BackupAuditEventEntry = z.object({
  type: z.literal('audit-event'),
  seq: z.number().int().positive(),
  event: z.record(z.string(), z.unknown()),
});
export type BackupAuditEventEntry = z.infer<typeof BackupAuditEventEntry>;

export const BackupEntry = z.discriminatedUnion('type', [BackupRecordEntry, BackupAuditEventEntry]);
export type BackupEntry = z.infer<typeof BackupEntry>;
export type BackupEntryType = BackupEntry['type'];

/** An entry of a type this version does not know, kept whole so it can be passed on. */
export interface UnrecognisedBackupEntry {
  type: 'unrecognised';
  entryType: string;
  value: Record<string, unknown>;
}
export type DecodedBackupEntry = BackupEntry | UnrecognisedBackupEntry;

const knownEntryTypes: ReadonlySet<string> = new Set(BackupEntry.options.map((option) => option.shape.type.value));
const AnyEntry = z.looseObject({ type: z.string().min(1) });

export class BackupEntryTooLargeError extends Error {
  constructor(bytes: number) {
    super(
      `One record is too large to back up (${Math.ceil(bytes / 1024 / 1024)} MiB; the limit is ${MAX_ENTRY_BYTES / 1024 / 1024} MiB). Remove a large attachment from it and back up again.`,
    );
    this.name = 'BackupEntryTooLargeError';
  }
}

/** An entry as it goes into the plaintext stream: length, then JSON. */
export function encodeEntry(entry: BackupEntry): Uint8Array {
  const json = utf8(JSON.stringify(entry));
  if (json.length > MAX_ENTRY_BYTES) throw new BackupEntryTooLargeError(json.length);
  const framed = new Uint8Array(ENTRY_LENGTH_BYTES + json.length);
  framed.set(u32le(json.length));
  framed.set(json, ENTRY_LENGTH_BYTES);
  return framed;
}

function parseEntry(json: Uint8Array, checked: boolean): DecodedBackupEntry {
  let value: unknown;
  try {
    value = JSON.parse(fromUtf8(json));
  } catch {
    throw new BackupDamagedError(say('backup.damaged.entryUnreadable'));
  }
  if (checked) {
    const { type } = value as { type: string };
    return knownEntryTypes.has(type)
      ? (value as BackupEntry)
      : { type: 'unrecognised', entryType: type, value: value as Record<string, unknown> };
  }
  const any = AnyEntry.safeParse(value);
  if (!any.success) throw new BackupDamagedError(say('backup.damaged.entryWithoutType'));
  if (!knownEntryTypes.has(any.data.type)) return { type: 'unrecognised', entryType: any.data.type, value: any.data };
  const known = BackupEntry.safeParse(value);
  if (!known.success) throw new BackupDamagedError(say('backup.damaged.entryIncomplete', { type: any.data.type }));
  return known.data;
}

/**
 * Splits the decrypted plaintext stream back into entries, whatever the chunk boundaries.
 * `checked`: this very stream was already read through once and every entry checked against its
 * schema (a restore's first pass; the second opens it with the same file key, so any change to the
 * file since fails to decrypt): entries are only parsed, not checked again.
 */
export class EntrySplitter {
  private readonly pending = new ByteQueue();
  private nextLength: number | null = null;

  constructor(private readonly checked = false) {}

  push(plaintext: Uint8Array): DecodedBackupEntry[] {
    this.pending.push(plaintext);
    const entries: DecodedBackupEntry[] = [];
    for (;;) {
      if (this.nextLength === null) {
        const lengthBytes = this.pending.take(ENTRY_LENGTH_BYTES);
        if (!lengthBytes) return entries;
        this.nextLength = readU32le(lengthBytes, 0);
        if (this.nextLength > MAX_ENTRY_BYTES) throw new BackupDamagedError(say('backup.damaged.entrySize'));
      }
      const json = this.pending.take(this.nextLength);
      if (!json) return entries;
      this.nextLength = null;
      entries.push(parseEntry(json, this.checked));
    }
  }

  /** After the final chunk: a half entry left over means the stream was cut inside one. */
  end(): void {
    if (this.nextLength !== null || this.pending.length > 0) throw new BackupDamagedError(say('backup.damaged.lastEntryIncomplete'));
  }
}
