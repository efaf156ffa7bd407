/**
 * The record store: typed reads of the open notebook's records, and writes as units of work.
 *
 * Reads open what they need (from a cache valid for the stored revision), parse each record's
 * fields with its kind's schema (shared/records/record-kinds.ts) and hand back typed records:
 * `records.get('service-note', id)`. A record that does not open or read is damaged: a list leaves
 * it out and carries on, and the session's registry of damaged records says what was found.
 *
 * Writes go through `write`, one unit of work at a time in the vault's queue (unit-of-work.ts): a
 * unit reads what it needs, stages its changes, and commits them, the digests they touch and their
 * audit events in one transaction.
 */
import { TamperedDataError, UnsupportedFormatError } from '@shared/crypto/errors';
import type { AuditAction } from '@shared/audit/audit-chain';
import { recordKinds, type KindFields, type RecordKind } from '@shared/records/record-kinds';
import type { StoredRecord } from './database';
import type { CoreParts } from './core-parts';
import { openEnvelope, openRow, type DecryptedRecord, type OpenedRow } from './record-codec';
import { DigestSession } from './record-digest';
import type { Session } from './session';
import { UNSIGNED_NOTES, type UnsignedNote } from './unsigned-notes';
import { CONFLICTED_RECORDS, type ConflictedRecord } from './conflicted-records';
import type { DamagedRecord } from './damaged-records';
import { DamagedRecordError, RecordNotFoundError, type NotFoundKey } from './errors';
import { RecordWriter, type HistoryNote, type SaveInput } from './unit-of-work';
import type { Message } from '@shared/messages';

/** A record of a known kind, its fields parsed by the kind's schema. */
export interface KindRecord<K extends RecordKind> {
  id: string;
  rev: string;
  kind: K;
  /** The person it belongs to (null for kinds that belong to no one). */
  parentId: string | null;
  fields: KindFields<K>;
}

/** Every digest kept beside the records: a write updates each one it touches. */
const DIGESTS = [UNSIGNED_NOTES, CONFLICTED_RECORDS];

/** Rows opened per page when the whole notebook is read (backups, the search index, a full check). */
export const PAGE_SIZE = 250;

export class RecordStore {
  constructor(private readonly core: CoreParts) {}

  /** A record of this kind by id; null when there is none (or it was removed). DamagedRecordError when it does not open. */
  async get<K extends RecordKind>(kind: K, id: string): Promise<KindRecord<K> | null> {
    const session = this.core.keys.require();
    const row = await this.core.db.records.get(id);
    this.core.keys.assertCurrent(session);
    if (!row || row.deleted || row.kind !== kind) return null;
    return this.typedOrThrow(session, kind, row);
  }

  /** Like `get`, for a record that must be there: RecordNotFoundError names `what` ("That note") when it is not. */
  async require<K extends RecordKind>(kind: K, id: string, what: NotFoundKey): Promise<KindRecord<K>> {
    const record = await this.get(kind, id);
    if (!record) throw new RecordNotFoundError(what);
    return record;
  }

  /** Every live record of a kind; damaged ones are left out (and noted). */
  async list<K extends RecordKind>(kind: K): Promise<KindRecord<K>[]> {
    const session = this.core.keys.require();
    const rows = await this.core.db.records.where('kind').equals(kind).toArray();
    this.core.keys.assertCurrent(session);
    return rows.flatMap((row) => (row.deleted ? [] : (this.typed(session, kind, row) ?? [])));
  }

  /** Every live record of a kind under a parent (a person's notes, plans, ...); damaged ones are left out. */
  async children<K extends RecordKind>(parentId: string, kind: K): Promise<KindRecord<K>[]> {
    const session = this.core.keys.require();
    const rows = await this.core.db.records.where('parentId').equals(parentId).toArray();
    this.core.keys.assertCurrent(session);
    return rows.flatMap((row) => (row.deleted || row.kind !== kind ? [] : (this.typed(session, kind, row) ?? [])));
  }

  /** Records by id as stored, tombstones included, their bodies whole (conflicts need every version); damaged ones left out. */
  async bodies(ids: readonly string[]): Promise<DecryptedRecord[]> {
    const session = this.core.keys.require();
    const rows = await this.core.db.records.bulkGet([...ids]);
    this.core.keys.assertCurrent(session);
    return rows.flatMap((row) => (row ? (this.open(session, row) ?? []) : []));
  }

  /** Service notes not signed yet, from their sealed digest: not one note is opened to find them. */
  async unsignedNotes(): Promise<UnsignedNote[]> {
    return this.fromDigest(UNSIGNED_NOTES);
  }

  /** Records holding a sync conflict (tombstones included), from their sealed digest: no record is opened. */
  async conflictedRecords(): Promise<ConflictedRecord[]> {
    return this.fromDigest(CONFLICTED_RECORDS);
  }

  /** The damaged records found so far while the notebook has been open. */
  damaged(): DamagedRecord[] {
    return this.core.keys.require().damaged.list();
  }

  /**
   * Opens one page of stored revisions after `after` (in id order), to find damaged ones (noted);
   * nothing is kept open. `next` is null once the whole notebook was read.
   */
  async checkPage(after: string, pageSize: number): Promise<{ next: string | null; read: number }> {
    const session = this.core.keys.require();
    const rows = await this.core.db.records.where(':id').above(after).limit(pageSize).toArray();
    this.core.keys.assertCurrent(session);
    for (const row of rows) this.openUncached(session, row);
    return { next: rows.length < pageSize ? null : rows.at(-1)!.id, read: rows.length };
  }

  /** How many revisions are stored (tombstones included). */
  async count(): Promise<number> {
    this.core.keys.require();
    return this.core.db.records.count();
  }

  /**
   * Every stored revision, tombstones included, a page at a time in id order, opened without
   * filling the cache, so reading a large notebook never holds all of it. A damaged one is left
   * out of its page (and noted); `read` counts every row.
   */
  async *pages(pageSize: number): AsyncGenerator<{ records: DecryptedRecord[]; read: number }> {
    const session = this.core.keys.require();
    for (let after = ''; ;) {
      const rows = await this.core.db.records.where(':id').above(after).limit(pageSize).toArray();
      this.core.keys.assertCurrent(session);
      if (rows.length === 0) return;
      after = rows.at(-1)!.id;
      yield { records: rows.flatMap((row) => this.openUncached(session, row) ?? []), read: rows.length };
    }
  }

  /**
   * For what is kept in memory beside the vault (the search index, in a worker of its own): the
   * live records of some kinds, a page per read transaction, their envelopes opened but their
   * bodies left as bytes for the reader to read (readLooseBody), nothing cached. Tombstones and
   * other kinds are passed over by their clear columns, before anything is decrypted, and the next
   * page is read while the caller works on this one. `scanned` counts every row the page went over.
   */
  async *livePlaintextPages(kinds: ReadonlySet<string>, pageSize: number): AsyncGenerator<{ scanned: number; rows: OpenedRow[] }> {
    const session = this.core.keys.require();
    const keys = { vaultId: session.header.vaultId, recordKey: session.recordKey };
    const read = (after: string) => {
      const rows = this.core.db.records.where(':id').above(after).limit(pageSize).toArray();
      // Awaited on the next turn; a caller that stops before then must not leave it unhandled.
      rows.catch(() => undefined);
      return rows;
    };
    for (let next = read(''); ;) {
      const rows = await next;
      this.core.keys.assertCurrent(session);
      if (rows.length === 0) return;
      next = read(rows.at(-1)!.id);
      const opened: OpenedRow[] = [];
      for (const row of rows) {
        if (row.deleted || !kinds.has(row.kind)) continue;
        const plaintext = this.noteDamage(session, row, () => openEnvelope(this.core.sodium, keys, row));
        if (plaintext) opened.push({ id: row.id, rev: row.rev, kind: row.kind, parentId: row.parentId, auditSeq: row.auditSeq, plaintext });
      }
      yield { scanned: rows.length, rows: opened };
    }
  }

  /** The live records of a few kinds read by their kind (a few hundred at most: names), bodies whole, not cached. */
  async liveOfKinds(kinds: ReadonlySet<string>): Promise<DecryptedRecord[]> {
    const session = this.core.keys.require();
    // One read of all of a kind per kind, not one cursor over several: a cursor steps row by row.
    const rows = await this.core.db.transaction('r', this.core.db.records, () =>
      Promise.all([...kinds].map((kind) => this.core.db.records.where('kind').equals(kind).toArray())),
    );
    this.core.keys.assertCurrent(session);
    return rows.flat().flatMap((row) => (row.deleted ? [] : (this.openUncached(session, row) ?? [])));
  }

  /**
   * Runs a unit of work: after every write asked for before it, alone, in the vault's queue. The
   * unit reads and stages through `tx`; everything it staged commits in one transaction when it
   * returns, or nothing does when it throws.
   */
  write<T>(work: (tx: RecordWriter) => Promise<T> | T): Promise<T> {
    return this.core.queue.run(async () => {
      const session = this.core.keys.require();
      const unit = new RecordWriter(this.core, session, this);
      const result = await work(unit);
      await unit.commit();
      return result;
    });
  }

  /** One change to one record, as its own unit of work. */
  save<K extends RecordKind>(input: SaveInput<K>): Promise<KindRecord<K>> {
    return this.write((tx) => tx.save(input));
  }

  /** Removes a record (a tombstone: its history stays for sync and retention), as its own unit of work. */
  remove(kind: RecordKind, id: string, history: Omit<HistoryNote, 'action'> = {}): Promise<void> {
    return this.write((tx) => tx.remove(kind, id, history));
  }

  /** Notes in the history that a record was looked at, exported or shared, without changing it. */
  note(
    record: { id: string; kind: string; parentId: string | null },
    action: AuditAction,
    history: { personId: string | null; note?: Message },
  ) {
    return this.write((tx) => tx.note(record, action, history));
  }

  // ---- for the unit of work and the ports (not for handlers) ----

  /** The session's digests, each opened (or rebuilt) on first use. */
  digests(session: Session): DigestSession {
    session.digests ??= new DigestSession(DIGESTS, {
      db: this.core.db,
      sodium: this.core.sodium,
      vaultId: session.header.vaultId,
      recordKey: session.recordKey,
      openRow: (row) => this.openUncached(session, row),
    });
    return session.digests;
  }

  /** Opens a stored row (from the cache when its revision is cached); null when damaged, which is noted. */
  open(session: Session, row: StoredRecord): DecryptedRecord | null {
    const cached = session.cache.get(row.id);
    if (cached && cached.rev === row.rev) return cached;
    const record = this.openUncached(session, row);
    if (record && this.core.keys.isCurrent(session)) session.cache.set(row.id, record);
    return record;
  }

  openUncached(session: Session, row: StoredRecord): DecryptedRecord | null {
    const record = this.noteDamage(session, row, () =>
      openRow(this.core.sodium, { vaultId: session.header.vaultId, recordKey: session.recordKey }, row),
    );
    if (record) session.damaged.clear(row.id);
    return record;
  }

  /** Rows a reader elsewhere found not to read as sealed (the search index, reading bodies loose): damaged. */
  noteDoesNotOpen(rows: readonly Pick<StoredRecord, 'id' | 'kind' | 'parentId'>[]): void {
    const session = this.core.keys.require();
    for (const row of rows) session.damaged.note(row, 'does-not-open');
  }

  /** What `open` gives, or null when the row does not open (noted as damaged, as newer when a newer app sealed it). */
  private noteDamage<T>(session: Session, row: StoredRecord, open: () => T): T | null {
    try {
      return open();
    } catch (error) {
      if (error instanceof TamperedDataError) session.damaged.note(row, 'does-not-open');
      else if (error instanceof UnsupportedFormatError) session.damaged.note(row, 'newer-version');
      else throw error;
      return null;
    }
  }

  /** A record's fields read as its kind's; null when they do not read (noted as damaged). */
  typedOf<K extends RecordKind>(session: Session, kind: K, row: StoredRecord, record: DecryptedRecord): KindRecord<K> | null {
    const parsed = recordKinds[kind].fields.safeParse(record.body.fields);
    if (!parsed.success) {
      session.damaged.note(row, 'does-not-read');
      return null;
    }
    return { id: record.id, rev: record.rev, kind, parentId: record.body.parentId, fields: parsed.data as KindFields<K> };
  }

  typedOrThrow<K extends RecordKind>(session: Session, kind: K, row: StoredRecord): KindRecord<K> {
    const typed = this.typed(session, kind, row);
    if (!typed) throw new DamagedRecordError();
    return typed;
  }

  private typed<K extends RecordKind>(session: Session, kind: K, row: StoredRecord): KindRecord<K> | null {
    const record = this.open(session, row);
    return record && this.typedOf(session, kind, row, record);
  }

  private async fromDigest<Entry extends { id: string }>(spec: Parameters<DigestSession['get']>[0] & { name: string }): Promise<Entry[]> {
    const session = this.core.keys.require();
    const digests = this.digests(session);
    const digest = await digests.get(spec);
    this.core.keys.assertCurrent(session);
    // A digest rebuilt from the records is stored by a write of its own (reads never write).
    if (digests.hasUnsaved) void this.write(() => undefined).catch(() => undefined);
    return digest.list() as Entry[];
  }
}
