/**
 * The meta table, read and written through typed accessors: one zod schema per key, so a value
 * someone edited on disk is found out where it is read, never trusted by a cast. Keys hold nothing
 * about anyone: the header (key slots), this device's id, the clock, the peer's settings, the audit
 * chain's sealed head, a key change under way, the sealed digests, and sync bookkeeping.
 */
import { z } from 'zod';
import { parseVaultHeader, type VaultHeader } from '@shared/crypto/vault-header';
import { UnsupportedFormatError } from '@shared/crypto/errors';
import { MessageError, say } from '@shared/messages';
import type { VaultDatabase } from './database';

const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes');

/** A header as stored: versions 1 and 2 are read as 3, a newer one says so (UnsupportedFormatError). */
const StoredHeader = z.unknown().transform((value, ctx): VaultHeader => {
  try {
    return parseVaultHeader(value);
  } catch (error) {
    if (error instanceof UnsupportedFormatError) throw error;
    ctx.addIssue({ code: 'custom', message: 'not a vault header' });
    return z.NEVER;
  }
});

const ClockState = z.object({ millis: z.number().int().nonnegative(), counter: z.number().int().nonnegative() });

/** What a sealed value keeps in meta: the stamp (or sequence) it was sealed under, and its ciphertext. */
export const SealedValue = z.object({ rev: z.string().min(1), ct: bytes });
export type SealedValue = z.infer<typeof SealedValue>;

/** The audit chain's head, sealed under the audit key (audit-log.ts); its sequence is in clear to compare cheaply. */
export const StoredAuditHead = z.union([
  z.object({ seq: z.number().int().positive(), ct: bytes }),
  /** Before heads were sealed: the link in clear. Read once, then sealed. */
  z.object({ seq: z.number().int().positive(), link: bytes }),
]);

const AuditChainResult = z.union([
  z.object({ ok: z.literal(true), count: z.number().int().nonnegative() }),
  z.object({
    ok: z.literal(false),
    brokenAt: z.number().int(),
    problem: z.enum(['changed', 'missing', 'reordered', 'truncated', 'cut']),
  }),
]);

export const PendingKeyChange = z.object({
  target: StoredHeader,
  nextKey: z.object({ nonce: z.string().min(1), wrappedKey: z.string().min(1) }),
  origin: z.enum(['here', 'adopted']),
  auditIntegrity: AuditChainResult,
  stage: z.enum(['records', 'audit', 'finish']),
  recordsAfter: z.string(),
  auditAfter: z.number().int().nonnegative(),
  auditLink: bytes.nullable(),
  unreadable: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type PendingKeyChange = z.infer<typeof PendingKeyChange>;

/** The peer's settings as stored; each is checked where it is read (settings.ts), a bad one falls back to its default. */
const StoredSettings = z.record(z.string(), z.unknown());

const SCHEMAS = {
  header: StoredHeader,
  deviceId: z.string().regex(/^[0-9a-f]{16}$/),
  clock: ClockState,
  settings: StoredSettings,
  auditHead: StoredAuditHead,
  keyChange: PendingKeyChange,
  unsignedNotes: SealedValue,
  conflictedRecords: SealedValue,
} satisfies Record<string, z.ZodType>;

export type MetaKey = keyof typeof SCHEMAS;
export type MetaValue<K extends MetaKey> = z.output<(typeof SCHEMAS)[K]>;
/** What is written: the value as its schema takes it in. */
export type MetaInput<K extends MetaKey> = z.input<(typeof SCHEMAS)[K]>;

/** Sync bookkeeping keys (`sync:<name>`): each caller names the schema of its own value. */
export type SyncMetaKey = `sync:${string}`;

/** A meta value that is there but does not read as its key's schema: edited or damaged on disk. */
export class DamagedMetaError extends MessageError {
  constructor(readonly key: string) {
    super(say('vault.damagedSetting'));
  }
}

export class MetaStore {
  constructor(private readonly db: VaultDatabase) {}

  /** The value, or undefined when there is none; DamagedMetaError when it does not read as its schema. */
  async get<K extends MetaKey>(key: K): Promise<MetaValue<K> | undefined> {
    return this.parse(key, (await this.db.meta.get(key))?.value);
  }

  /** Several values in one read (inside a transaction, one consistent view). */
  async getMany<const K extends readonly MetaKey[]>(keys: K): Promise<{ [I in keyof K]: MetaValue<K[I]> | undefined }> {
    const rows = await this.db.meta.bulkGet([...keys]);
    return keys.map((key, i) => this.parse(key, rows[i]?.value)) as { [I in keyof K]: MetaValue<K[I]> | undefined };
  }

  async put<K extends MetaKey>(key: K, value: MetaInput<K>): Promise<void> {
    await this.db.meta.put({ key, value });
  }

  /** The same, for several at once (one write inside the caller's transaction). */
  async putMany(rows: readonly { [K in MetaKey]: { key: K; value: MetaInput<K> } }[MetaKey][]): Promise<void> {
    await this.db.meta.bulkPut(rows.map(({ key, value }) => ({ key, value })));
  }

  async delete(key: MetaKey): Promise<void> {
    await this.db.meta.delete(key);
  }

  async getSync<S extends z.ZodType>(key: SyncMetaKey, schema: S): Promise<z.output<S> | undefined> {
    const value = (await this.db.meta.get(key))?.value;
    if (value === undefined) return undefined;
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new DamagedMetaError(key);
    return parsed.data;
  }

  async putSync(key: SyncMetaKey, value: unknown): Promise<void> {
    await this.db.meta.put({ key, value });
  }

  private parse<K extends MetaKey>(key: K, value: unknown): MetaValue<K> | undefined {
    if (value === undefined) return undefined;
    const parsed = SCHEMAS[key].safeParse(value);
    if (!parsed.success) throw new DamagedMetaError(key);
    return parsed.data as MetaValue<K>;
  }
}
