/**
 * The notebook's audit log: every view, change, signature, sharing and export, sealed like a
 * record and linked into a tamper-evident chain (shared/audit/audit-chain.ts).
 *
 * The chain's head (its newest sequence number and link) is anchored three ways, so cutting the
 * newest entries off shows:
 *  - the head is sealed under the audit key (its sequence also in clear, to compare cheaply), so
 *    it cannot be rolled back to an earlier row's link without the key;
 *  - every stored revision carries, sealed inside it, the sequence of the event that wrote it (or,
 *    for a merge, the head's), so a revision newer than the head shows a cut even if an old sealed
 *    head was put back;
 *  - backups and restores compare the trail they carry with this one (backup-restore.ts).
 * What it cannot catch: anyone holding the notebook's key can rewrite everything; and an older
 * copy of the whole store put back at once (every record and the head together) looks like an
 * older notebook, which only another copy (a backup, the sync folder) can tell.
 */
import type { Sodium } from '@shared/crypto/sodium';
import { openRecord, sealRecord } from '@shared/crypto/record-cipher';
import { fromUtf8, utf8 } from '@shared/crypto/bytes';
import { AuditEvent, chainLink, verifyAuditChain, type AuditChainResult, type AuditHead } from '@shared/audit/audit-chain';
import type { VaultDatabase } from './database';
import type { MetaStore } from './meta-store';
import { auditBinding } from './vault-keys';
import type { KeyRing, Session } from './session';

export interface AuditTrail {
  events: (AuditEvent & { seq: number })[];
  integrity: AuditChainResult;
}

/** Where the head is sealed: its own binding, so no event's ciphertext can stand in for it. */
const headBinding = (vaultId: string, seq: number) => ({ vaultId, recordId: 'audit/head', rev: String(seq) });

/** The head as read: null for an empty chain, 'unreadable' when the stored head was changed or does not open. */
type ReadHead = AuditHead | null | 'unreadable';

export class AuditLog {
  constructor(
    private readonly db: VaultDatabase,
    private readonly meta: MetaStore,
    private readonly sodium: Sodium,
    private readonly keys: KeyRing,
  ) {}

  /**
   * Appends events as the chain's next links, inside the caller's transaction over audit, meta and
   * records (so reading the head and writing the next link cannot interleave with another append).
   * Returns each event's sequence number.
   *
   * A chain found cut or its head unreadable is not mended quietly: the next event is numbered past
   * everything ever stored, leaving a gap, so the break stays visible in the History for good while
   * the peer's work carries on.
   */
  async appendInTransaction(session: Session, events: readonly AuditEvent[]): Promise<number[]> {
    const [head, lastRow, newest] = await Promise.all([
      this.readHead(session),
      this.db.audit.orderBy('seq').last(),
      this.db.records.orderBy('auditSeq').last(),
    ]);
    const last = lastRow?.seq ?? 0;
    const headSeq = head === 'unreadable' ? null : (head?.seq ?? 0);
    const newestSeq = newest?.auditSeq ?? 0;
    const whole = headSeq === last && newestSeq <= last;
    let next = whole ? last + 1 : Math.max(last, headSeq ?? 0, newestSeq) + 2;
    let link = lastRow?.link ?? null;
    // Sealed and linked in memory, written at once: a restore's thousands of events are one write.
    const rows = events.map((event) => {
      const seq = next++;
      const ct = sealRecord(this.sodium, session.auditKey, auditBinding(session.header.vaultId, seq), utf8(JSON.stringify(event)));
      link = chainLink(this.sodium, session.auditChainKey, link, seq, ct);
      return { seq, ct, link };
    });
    if (rows.length === 0) return [];
    await this.db.audit.bulkAdd(rows);
    await this.meta.put('auditHead', this.sealHead(session, rows.at(-1)!));
    return rows.map((row) => row.seq);
  }

  /** The sequence a merged revision is stored at: the newest entry's (0 for an empty chain). Inside the caller's transaction. */
  async headSeq(): Promise<number> {
    return (await this.db.audit.orderBy('seq').last())?.seq ?? 0;
  }

  /**
   * The trail, checked link by link against the sealed head and against the newest revision
   * stored (one stored at a sequence past the head shows entries were cut off); with a person id,
   * only the events about them.
   */
  async trail(filter: { personId?: string } = {}): Promise<AuditTrail> {
    const session = this.keys.require();
    const [rows, head, newest] = await this.db.transaction('r', this.db.audit, this.db.meta, this.db.records, () =>
      Promise.all([this.db.audit.orderBy('seq').toArray(), this.readHead(session), this.db.records.orderBy('auditSeq').last()]),
    );
    this.keys.assertCurrent(session);
    const integrity = this.check(session, rows, head, newest?.auditSeq ?? 0);
    const events: AuditTrail['events'] = [];
    for (const row of rows) {
      const event = this.openEvent(session, row);
      // An event that does not open is already reported by the chain check.
      if (event && (!filter.personId || event.personId === filter.personId)) events.push({ ...event, seq: row.seq });
    }
    return { events, integrity };
  }

  /** The chain checked as a whole, for a key change to record what it found before anything changed. Inside the caller's transaction. */
  async checkInTransaction(session: Session): Promise<{ integrity: AuditChainResult; count: number }> {
    const [rows, head, newest] = await Promise.all([
      this.db.audit.orderBy('seq').toArray(),
      this.readHead(session),
      this.db.records.orderBy('auditSeq').last(),
    ]);
    return { integrity: this.check(session, rows, head, newest?.auditSeq ?? 0), count: rows.length };
  }

  /** Backups: the trail in chain order, a page at a time (an event that does not open is left out: the chain check names it). */
  async *pages(pageSize: number): AsyncGenerator<(AuditEvent & { seq: number })[]> {
    const session = this.keys.require();
    for (let after = 0; ;) {
      const rows = await this.db.audit.where('seq').above(after).limit(pageSize).toArray();
      this.keys.assertCurrent(session);
      if (rows.length === 0) return;
      after = rows.at(-1)!.seq;
      yield rows.flatMap((row) => {
        const event = this.openEvent(session, row);
        return event ? [{ ...event, seq: row.seq }] : [];
      });
    }
  }

  async count(): Promise<number> {
    this.keys.require();
    return this.db.audit.count();
  }

  /** The head as stored under the current keys, sealed again under another chain's (a key change's last step). */
  sealHead(session: Pick<Session, 'header' | 'auditKey'>, head: AuditHead): { seq: number; ct: Uint8Array } {
    const ct = sealRecord(this.sodium, session.auditKey, headBinding(session.header.vaultId, head.seq), head.link);
    return { seq: head.seq, ct };
  }

  /**
   * Reads the stored head. A head kept in clear (stored before heads were sealed) is taken once,
   * only while no revision carries an audit sequence yet: after that, a clear head is a forgery.
   */
  private async readHead(session: Session): Promise<ReadHead> {
    const stored = await this.meta.get('auditHead').catch(() => 'unreadable' as const);
    if (stored === 'unreadable') return stored;
    if (!stored) return (await this.db.audit.count()) > 0 ? 'unreadable' : null;
    if ('link' in stored) {
      const sealedEra = (await this.db.records.orderBy('auditSeq').last()) !== undefined;
      return sealedEra ? 'unreadable' : { seq: stored.seq, link: stored.link };
    }
    try {
      return {
        seq: stored.seq,
        link: openRecord(this.sodium, session.auditKey, headBinding(session.header.vaultId, stored.seq), stored.ct),
      };
    } catch {
      return 'unreadable';
    }
  }

  private check(session: Session, rows: Parameters<typeof verifyAuditChain>[2], head: ReadHead, newestRecordSeq: number): AuditChainResult {
    if (head === 'unreadable') return { ok: false, brokenAt: rows.at(-1)?.seq ?? 1, problem: 'changed' };
    const chain = verifyAuditChain(this.sodium, session.auditChainKey, rows, head ?? undefined);
    if (!chain.ok) return chain;
    // Rows past the head, or a revision written after it: the newest entries were cut off and the head rolled back.
    const last = rows.at(-1)?.seq ?? 0;
    const headSeq = head?.seq ?? 0;
    if (last > headSeq) return { ok: false, brokenAt: headSeq + 1, problem: 'truncated' };
    if (newestRecordSeq > headSeq) return { ok: false, brokenAt: headSeq + 1, problem: 'truncated' };
    return chain;
  }

  private openEvent(session: Session, row: { seq: number; ct: Uint8Array }): AuditEvent | null {
    try {
      const parsed = AuditEvent.safeParse(
        JSON.parse(fromUtf8(openRecord(this.sodium, session.auditKey, auditBinding(session.header.vaultId, row.seq), row.ct))),
      );
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
