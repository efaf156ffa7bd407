/**
 * A unit of work: what one write of the vault reads, stages and commits. It runs alone in the
 * vault's queue (record-store.ts `write`), so nothing else writes between its reads and its
 * commit. Everything staged commits in one IndexedDB transaction (every revision, the sealed
 * digests they touch, their audit events, the clock), or none of it does:
 *
 *  - revision stamps come from the unit's own copy of the clock, which becomes the session's only
 *    once the unit commits (a remote stamp seen by a failed sync never moves the clock);
 *  - inside the transaction, each staged record's stored revision is checked against the one it
 *    was read at (its base): a row changed since means something wrote around the queue, and the
 *    whole unit is refused rather than overwrite it;
 *  - audit events take the next places in the chain, and each revision is sealed with the
 *    sequence of its own event (a merge's, with the head's);
 *  - after the commit, the cache, the damaged-record registry and the `saved` listeners are told,
 *    only if the session that wrote is still the open one.
 */
import { randomId } from '@shared/crypto/bytes';
import type { AuditAction, AuditEvent } from '@shared/audit/audit-chain';
import { inEnglish, MessageError, say, type Message } from '@shared/messages';
import { applyFieldChanges, newRecordBody, tombstone, type RecordBody } from '@shared/records/record-body';
import { historyNote, isAppendOnly, isKnownKind, recordKinds, type RecordKind } from '@shared/records/record-kinds';
import { HybridClock } from '@shared/sync/hlc';
import type { CoreParts } from './core-parts';
import { sealRow, type DecryptedRecord } from './record-codec';
import type { KindRecord, RecordStore } from './record-store';
import type { Session } from './session';
import { assertChangeAllowedAfterSigning } from './signing';
import { DamagedRecordError, InvalidInputError, RecordNotFoundError, type NotFoundKey } from './errors';
import { parseOrExplain } from './parse-input';

/** One change to one record. */
export interface SaveInput<K extends RecordKind = RecordKind> {
  kind: K;
  /** null for a new record. */
  id: string | null;
  /** A new record's parent (the person it belongs to); ignored for an existing one. */
  parentId?: string | null;
  changes: Record<string, unknown>;
  /** What the history says: by default "create" or "change", about the person, in the kind's own words. */
  history?: HistoryNote;
}

export interface HistoryNote {
  action?: AuditAction;
  personId?: string | null;
  /** What the line says, when more than the kind's own words for the action. */
  note?: Message;
}

/** A revision written from elsewhere (a sync segment, a backup): `rev` absent for a merge made here, which takes a fresh stamp. */
export interface MergedWrite {
  id: string;
  rev?: string;
  body: RecordBody;
  dirty: 0 | 1;
  /** The stored revision the merge was worked out from (null: there was none). */
  baseRev: string | null;
}

interface Staged {
  record: DecryptedRecord;
  dirty: 0 | 1;
  baseRev: string | null;
  /** Index of its (last) audit event in the unit, or null for a merged revision (stored at the head's sequence). */
  event: number | null;
  /** A local save is kept open; a merged revision only refreshes what was already open. */
  cache: 'set' | 'refresh';
}

/** Something wrote a record around the queue between this unit's read and its commit: nothing of the unit was written. */
export class ConcurrentWriteError extends MessageError {
  constructor() {
    super(say('vault.changedMeanwhile'));
  }
}

export class RecordWriter {
  private readonly staged = new Map<string, Staged>();
  private readonly events: AuditEvent[] = [];
  /** More to write in the commit's transaction, after the records (sync bookkeeping that must land with its merge). */
  private readonly steps: (() => Promise<void>)[] = [];
  /** The stored revision of each record this unit read: the base its commit checks against. */
  private readonly readAt = new Map<string, string>();
  private readonly clock: HybridClock;
  private committed = false;

  constructor(
    private readonly core: CoreParts,
    private readonly session: Session,
    private readonly store: RecordStore,
  ) {
    this.clock = new HybridClock(session.clock.deviceId, session.clock.state, () => core.clock.now().getTime());
  }

  /** This computer's id, as history and sync name it. */
  get deviceId(): string {
    return this.clock.deviceId;
  }

  /** A record as this unit sees it (its own staged changes first), tombstones included; null when there is none. */
  async body(id: string): Promise<DecryptedRecord | null> {
    const staged = this.staged.get(id);
    if (staged) return staged.record;
    const row = await this.core.db.records.get(id);
    this.core.keys.assertCurrent(this.session);
    if (!row) return null;
    this.readAt.set(id, row.rev);
    const record = this.store.open(this.session, row);
    if (!record) throw new DamagedRecordError();
    return record;
  }

  /**
   * Stored revisions for a merge, by id: each opened (null when it no longer opens: damaged), from
   * the cache where it is there, never filling it (a restore of thousands must not keep them all).
   */
  async storedForMerge(ids: readonly string[]): Promise<Map<string, { rev: string; record: DecryptedRecord | null }>> {
    const rows = await this.core.db.records.bulkGet([...ids]);
    this.core.keys.assertCurrent(this.session);
    const found = new Map<string, { rev: string; record: DecryptedRecord | null }>();
    for (const row of rows) {
      if (!row) continue;
      this.readAt.set(row.id, row.rev);
      const cached = this.session.cache.get(row.id);
      found.set(row.id, { rev: row.rev, record: cached?.rev === row.rev ? cached : this.store.openUncached(this.session, row) });
    }
    return found;
  }

  /** A live record of this kind, typed; null when there is none. */
  async get<K extends RecordKind>(kind: K, id: string): Promise<KindRecord<K> | null> {
    const record = await this.body(id);
    if (!record || record.body.deleted || record.body.kind !== kind) return null;
    return this.typed(kind, record);
  }

  async require<K extends RecordKind>(kind: K, id: string, what: NotFoundKey): Promise<KindRecord<K>> {
    const record = await this.get(kind, id);
    if (!record) throw new RecordNotFoundError(what);
    return record;
  }

  /**
   * Stages a change to some fields of a record (a new record when `id` is null) as a new revision.
   * Refused: a change of kind, a change to a signed record (but what its kind opens after
   * signing), any change to a record that only grows, a new record filed where its kind does not belong.
   */
  async save<K extends RecordKind>(input: SaveInput<K>): Promise<KindRecord<K>> {
    const existing = input.id ? await this.body(input.id) : null;
    if (input.id && (!existing || existing.body.deleted)) throw new RecordNotFoundError('notFound.record');
    if (existing && existing.body.kind !== input.kind) throw new Error('A record cannot change its kind.');
    if (existing && isAppendOnly(input.kind)) throw new InvalidInputError(say('records.appendOnly'));
    if (existing) assertChangeAllowedAfterSigning(existing.body, input.changes);
    if (!existing) this.assertBelongs(input.kind, input.parentId ?? null);
    if (input.kind !== 'handoff')
      await this.assertNotHandedOver(input.kind === 'person' ? input.id : (existing?.body.parentId ?? input.parentId ?? null));
    const stamp = this.clock.next();
    const body = applyFieldChanges(existing?.body ?? newRecordBody(input.kind, input.parentId ?? null), input.changes, stamp);
    if (!body) return this.typed(input.kind, existing!);
    // What is written must read back as its kind's: a change that would not is refused with the rules' own words.
    const fields = parseOrExplain(recordKinds[input.kind].fields, body.fields) as KindRecord<K>['fields'];
    const record = { id: input.id ?? randomId(), rev: stamp, body };
    const action = input.history?.action ?? (existing ? 'change' : 'create');
    this.stage(record, { dirty: 1, cache: 'set' }, this.event(record, action, input.history));
    return { id: record.id, rev: stamp, kind: input.kind, parentId: body.parentId, fields };
  }

  /** Stages a removal: a tombstone (the history stays for sync and retention). A signed record, or one that only grows, is never removed. */
  async remove(kind: RecordKind, id: string, history: HistoryNote = {}): Promise<void> {
    const record = await this.body(id);
    if (!record || record.body.deleted || record.body.kind !== kind) throw new RecordNotFoundError('notFound.record');
    if (isAppendOnly(kind)) throw new InvalidInputError(say('records.appendOnly'));
    assertChangeAllowedAfterSigning(record.body, null);
    await this.assertNotHandedOver(kind === 'person' ? id : record.body.parentId);
    const stamp = this.clock.next();
    const removed = { id, rev: stamp, body: tombstone(record.body, stamp) };
    this.stage(removed, { dirty: 1, cache: 'set' }, this.event(removed, 'delete', history));
  }

  /**
   * Stages a write that rewrites a record's registers (a conflict's resolution): `change` gets the
   * body as stored (tombstone included) and this write's stamp.
   */
  async rewrite(id: string, change: (body: RecordBody, stamp: string) => RecordBody, history: HistoryNote): Promise<DecryptedRecord> {
    const { record } = await this.bodyOf(id);
    await this.assertNotHandedOver(record.body.kind === 'person' ? id : record.body.parentId);
    const stamp = this.clock.next();
    const rewritten = { id, rev: stamp, body: change(record.body, stamp) };
    this.stage(rewritten, { dirty: 1, cache: 'set' }, this.event(rewritten, history.action ?? 'change', history));
    return rewritten;
  }

  /** Stages a history entry about a record (looked at, exported, shared) that does not change it. */
  note(record: { id: string; kind: string; parentId: string | null }, action: AuditAction, history: HistoryNote): void {
    this.events.push(this.eventAbout(record, action, history));
  }

  /**
   * Stages revisions merged in from elsewhere (sync, a restore). Remote stamps are checked against
   * the wall clock first (ClockDriftError, before anything is staged) and taken into this unit's
   * clock. No history entry: the change was recorded where it was made.
   */
  mergeIn(writes: readonly MergedWrite[], incomingRevs: readonly string[]): DecryptedRecord[] {
    for (const rev of incomingRevs) this.clock.observe(rev);
    return writes.map(({ id, rev, body, dirty, baseRev }) => {
      const record = { id, rev: rev ?? this.clock.next(), body };
      this.stage(record, { dirty, cache: 'refresh' }, null, baseRev);
      return record;
    });
  }

  /** Stages history entries brought from elsewhere (a restore): they join the end of this notebook's chain, in their order. */
  appendHistory(events: readonly AuditEvent[]): void {
    this.events.push(...events);
  }

  /** Runs `step` inside the commit's transaction (over records, meta and audit), after the records are stored. */
  inTransaction(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  /** Commits everything staged in one transaction (record-store.ts calls it when the unit's work returns). */
  async commit(): Promise<void> {
    if (this.committed) throw new Error('A unit of work commits once.');
    this.committed = true;
    const { db, keys, meta, audit, sodium } = this.core;
    const session = this.session;
    const staged = [...this.staged.values()];
    const digests = this.store.digests(session);
    if (staged.length === 0 && this.events.length === 0 && this.steps.length === 0 && !digests.hasUnsaved) return;
    const records = staged.map(({ record }) => record);
    const digestRows = await digests.update(records, () => this.clock.next());
    keys.assertCurrent(session);
    const sealing = { vaultId: session.header.vaultId, recordKey: session.recordKey };
    try {
      await db.transaction('rw', db.records, db.meta, db.audit, async () => {
        const stored = await db.records.bulkGet(records.map(({ id }) => id));
        if (staged.some(({ baseRev }, i) => (stored[i]?.rev ?? null) !== baseRev)) throw new ConcurrentWriteError();
        const seqs = await audit.appendInTransaction(session, this.events);
        const headSeq = seqs.at(-1) ?? (await audit.headSeq());
        const rows = staged.map(({ record, dirty, event }) =>
          sealRow(sodium, sealing, record, { dirty, auditSeq: event === null ? headSeq : seqs[event]! }),
        );
        await db.records.bulkPut(rows);
        await meta.putMany([...digestRows, { key: 'clock', value: this.clock.state }]);
        for (const step of this.steps) await step();
      });
    } catch (error) {
      digests.forget();
      throw error;
    }
    digests.committed(digestRows);
    if (!keys.isCurrent(session)) return;
    session.clock = this.clock;
    for (const { record, cache } of staged) {
      session.damaged.clear(record.id);
      if (record.body.deleted) session.cache.delete(record.id);
      else if (cache === 'set' || session.cache.has(record.id)) session.cache.set(record.id, record);
    }
    if (records.length > 0) keys.emit({ type: 'saved', records });
  }

  private async bodyOf(id: string): Promise<{ record: DecryptedRecord }> {
    const record = await this.body(id);
    if (!record) throw new RecordNotFoundError('notFound.record');
    return { record };
  }

  private stage(record: DecryptedRecord, how: Pick<Staged, 'dirty' | 'cache'>, event: AuditEvent | null, baseRev?: string | null): void {
    const earlier = this.staged.get(record.id);
    const eventIndex = event ? this.events.push(event) - 1 : (earlier?.event ?? null);
    this.staged.set(record.id, {
      record,
      ...how,
      // The base is what was stored before this unit touched the record.
      baseRev: earlier ? earlier.baseRev : baseRev !== undefined ? baseRev : this.storedRev(record.id),
      event: eventIndex,
    });
  }

  /** A record's fields read as its kind's (DamagedRecordError when they do not). */
  private typed<K extends RecordKind>(kind: K, record: DecryptedRecord): KindRecord<K> {
    const parsed = recordKinds[kind].fields.safeParse(record.body.fields);
    if (!parsed.success) throw new DamagedRecordError();
    return { id: record.id, rev: record.rev, kind, parentId: record.body.parentId, fields: parsed.data as KindRecord<K>['fields'] };
  }

  private storedRev(id: string): string | null {
    return this.readAt.get(id) ?? null;
  }

  /** A person handed to another peer stays here read-only, kept under the retention rules, never changed or removed. */
  private async assertNotHandedOver(personId: string | null): Promise<void> {
    if (!personId) return;
    const person = await this.body(personId);
    if (person?.body.kind === 'person' && typeof person.body.fields.handedOverOn === 'string')
      throw new InvalidInputError(say('team.readOnlyHandedOver'));
  }

  private assertBelongs(kind: string, parentId: string | null): void {
    if (!isKnownKind(kind)) return;
    const { belongsTo } = recordKinds[kind];
    if ((belongsTo === 'person' && !parentId) || (belongsTo === 'no-one' && parentId)) {
      throw new Error(`A ${kind} record belongs to ${belongsTo === 'person' ? 'a person' : 'no one'}.`);
    }
  }

  private event(record: DecryptedRecord, action: AuditAction, history: HistoryNote = {}): AuditEvent {
    return this.eventAbout({ id: record.id, kind: record.body.kind, parentId: record.body.parentId }, action, history);
  }

  private eventAbout(record: { id: string; kind: string; parentId: string | null }, action: AuditAction, history: HistoryNote): AuditEvent {
    // Whom it is about, unless said: a person record is about that person, any other about its parent.
    const personId = history.personId !== undefined ? history.personId : record.kind === 'person' ? record.id : record.parentId;
    return {
      at: this.core.clock.now().toISOString(),
      actor: this.clock.deviceId,
      action,
      recordId: record.id,
      recordKind: record.kind,
      personId,
      ...lineOf(history.note ?? historyNote(record.kind, action)),
    };
  }
}

/** A history line as stored: its message, and its English for reading the trail outside the app. */
export const lineOf = (note: Message | null): Pick<AuditEvent, 'summary' | 'note'> =>
  note ? { summary: inEnglish(note), note } : { summary: '' };
