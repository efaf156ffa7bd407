/**
 * The vault: the local-first core every screen stands on. It holds the keys while unlocked,
 * seals every record before it reaches IndexedDB, stamps each save with a hybrid logical clock,
 * and forgets every key and decrypted value when it locks.
 *
 * It runs in a Web Worker (see vault.worker.ts) so Argon2id and bulk decryption never freeze the
 * window; tests run it directly in Node over fake-indexeddb.
 */
import type { Sodium } from '@shared/crypto/sodium';
import { calibrateKdfCost, type KdfCost } from '@shared/crypto/kdf';
import {
  createVaultHeader,
  parseVaultHeader,
  rewrapPassphrase,
  unlockVaultKey,
  type VaultHeader,
} from '@shared/crypto/vault-header';
import { deriveVaultSubkey } from '@shared/crypto/subkeys';
import { openRecord, sealRecord } from '@shared/crypto/record-cipher';
import { fromUtf8, randomBytes, randomId, toHex, utf8 } from '@shared/crypto/bytes';
import { TamperedDataError } from '@shared/crypto/errors';
import { generateRecoveryCode, normalizeRecoveryCode } from '@shared/crypto/recovery-code';
import { HybridClock, type ClockState } from '@shared/sync/hlc';
import { applyFieldChanges, newRecordBody, RecordBody, tombstone } from '@shared/records/record-body';
import { assertPassphraseStrongEnough } from '@shared/passphrase-strength';
import { say } from '@shared/messages';
import { chainLink, verifyAuditChain, type AuditEvent, type AuditChainResult } from '@shared/audit/audit-chain';
import type { VaultDatabase} from './database';
import { type StoredRecord } from './database';
import { AUTO_LOCK_CHOICES, DEFAULT_SETTINGS, type VaultSettings } from './settings';
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { assertChangeAllowedAfterSigning } from './signing';
import { InvalidInputError, NoVaultError, RecordNotFoundError, VaultExistsError, VaultLockedError } from './errors';

export interface VaultStatus {
  state: 'none' | 'locked' | 'unlocked';
  /** After a recovery-code unlock the peer must choose a new passphrase before anything else. */
  mustChangePassphrase: boolean;
  settings: VaultSettings;
}

export interface DecryptedRecord {
  id: string;
  rev: string;
  body: RecordBody;
}

interface Session {
  header: VaultHeader;
  vaultKey: Uint8Array;
  recordKey: Uint8Array;
  auditKey: Uint8Array;
  auditChainKey: Uint8Array;
  clock: HybridClock;
  openedWith: 'passphrase' | 'recovery';
}

/** What an audit event says beyond who and when: the vault fills in the record and the time. */
export interface AuditNote {
  action: AuditEvent['action'];
  personId: string | null;
  summary: string;
}

export interface AuditTrail {
  events: (AuditEvent & { seq: number })[];
  integrity: AuditChainResult;
}

interface AuditHead {
  seq: number;
  link: Uint8Array;
}

interface PendingCreation {
  header: VaultHeader;
  vaultKey: Uint8Array;
}

export interface VaultOptions {
  /** Argon2id cost for new key slots; by default calibrated on this machine. */
  kdfCost?: () => KdfCost;
  now?: () => number;
}

const META = { header: 'header', deviceId: 'deviceId', clock: 'clock', settings: 'settings', auditHead: 'auditHead' } as const;

const auditBinding = (session: Session, seq: number) => ({ vaultId: session.header.vaultId, recordId: `audit/${seq}`, rev: String(seq) });

export class Vault {
  private session: Session | null = null;
  private pendingCreation: PendingCreation | null = null;
  /** Decrypted bodies by record id, valid for the stored revision; dropped on lock. */
  private readonly decrypted = new Map<string, DecryptedRecord>();

  constructor(
    private readonly db: VaultDatabase,
    private readonly sodium: Sodium,
    private readonly options: VaultOptions = {},
  ) {}

  async status(): Promise<VaultStatus> {
    const [header, settings] = await Promise.all([this.readHeader(), this.settings()]);
    return {
      state: this.session ? 'unlocked' : header ? 'locked' : 'none',
      mustChangePassphrase: this.session?.openedWith === 'recovery',
      settings,
    };
  }

  async settings(): Promise<VaultSettings> {
    const row = await this.db.meta.get(META.settings);
    return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<VaultSettings> | undefined) };
  }

  async updateSettings(change: Partial<VaultSettings>): Promise<VaultSettings> {
    this.requireSession();
    if (change.autoLockMinutes !== undefined && !(AUTO_LOCK_CHOICES as readonly number[]).includes(change.autoLockMinutes)) {
      throw new InvalidInputError(`Choose one of ${AUTO_LOCK_CHOICES.join(', ')} minutes.`);
    }
    if (change.language !== undefined && !isLanguage(change.language)) {
      throw new InvalidInputError(`Choose one of these languages: ${Object.keys(LANGUAGES).join(', ')}.`);
    }
    if (change.requireSupervisorSignature !== undefined && typeof change.requireSupervisorSignature !== 'boolean') {
      throw new InvalidInputError('Choose whether plans need a supervisor\'s signature: yes or no.');
    }
    const settings = { ...(await this.settings()), ...change };
    await this.db.meta.put({ key: META.settings, value: settings });
    return settings;
  }

  /**
   * Step one of creating a vault: builds the header and recovery code in memory only. Nothing is
   * stored until the peer confirms they saved the code, so a code nobody saw never guards a vault.
   */
  async prepareCreate(passphrase: string): Promise<{ recoveryCode: string }> {
    if (await this.readHeader()) throw new VaultExistsError();
    assertPassphraseStrongEnough(passphrase);
    this.discardPendingCreation();
    const recoveryCode = generateRecoveryCode();
    const { header, vaultKey } = createVaultHeader(this.sodium, { passphrase, recoveryCode, cost: this.kdfCost() });
    this.pendingCreation = { header, vaultKey };
    return { recoveryCode };
  }

  /** Step two: the peer saved the recovery code; store the header and open the vault. */
  async confirmCreate(): Promise<VaultStatus> {
    const pending = this.pendingCreation;
    if (!pending) throw new InvalidInputError(say('vault.startAgain'));
    if (await this.readHeader()) throw new VaultExistsError();
    const deviceId = toHex(randomBytes(8));
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.bulkPut([
        { key: META.header, value: pending.header },
        { key: META.deviceId, value: deviceId },
      ]);
    });
    this.pendingCreation = null;
    await this.open(pending.header, pending.vaultKey, 'passphrase');
    return this.status();
  }

  async unlock(passphrase: string): Promise<VaultStatus> {
    const header = await this.requireHeader();
    const { vaultKey } = unlockVaultKey(this.sodium, header, 'passphrase', passphrase);
    await this.open(header, vaultKey, 'passphrase');
    return this.status();
  }

  async unlockWithRecoveryCode(code: string): Promise<VaultStatus> {
    const normalized = normalizeRecoveryCode(code);
    if (!normalized) {
      throw new InvalidInputError(say('vault.notARecoveryCode'));
    }
    const header = await this.requireHeader();
    const { vaultKey } = unlockVaultKey(this.sodium, header, 'recovery', normalized);
    await this.open(header, vaultKey, 'recovery');
    return this.status();
  }

  /**
   * Rewraps the vault key under a new passphrase: no record is re-encrypted, the old passphrase
   * stops working and the recovery code keeps working. The current passphrase is asked for
   * unless the vault was just opened with the recovery code (the peer forgot it).
   */
  async changePassphrase(input: { currentPassphrase?: string; newPassphrase: string }): Promise<VaultStatus> {
    const session = this.requireSession();
    if (session.openedWith === 'passphrase') {
      unlockVaultKey(this.sodium, session.header, 'passphrase', input.currentPassphrase ?? '');
    }
    assertPassphraseStrongEnough(input.newPassphrase);
    const header = rewrapPassphrase(this.sodium, session.header, { vaultKey: session.vaultKey, newPassphrase: input.newPassphrase, cost: this.kdfCost() });
    await this.db.meta.put({ key: META.header, value: header });
    session.header = header;
    session.openedWith = 'passphrase';
    return this.status();
  }

  /** Zeroes the keys and forgets every decrypted value. */
  lock(): void {
    if (this.session) {
      for (const key of [this.session.vaultKey, this.session.recordKey, this.session.auditKey, this.session.auditChainKey]) this.sodium.memzero(key);
    }
    this.session = null;
    this.decrypted.clear();
    this.discardPendingCreation();
  }

  get isUnlocked(): boolean {
    return this.session !== null;
  }

  get vaultId(): string {
    return this.requireSession().header.vaultId;
  }

  /** This device's id: audit events name the device that wrote them. */
  get deviceId(): string {
    return this.requireSession().clock.deviceId;
  }

  /**
   * Saves a change to some fields of a record (a new record when `id` is null) as a new revision.
   * Encryption happens before the transaction opens: Dexie transactions must not await other work.
   */
  async saveRecord(input: {
    id: string | null;
    kind: string;
    parentId?: string | null;
    changes: Record<string, unknown>;
    /** The audit event for this save; by default "create" or "change" with no person. */
    audit?: Partial<AuditNote>;
  }): Promise<DecryptedRecord> {
    const session = this.requireSession();
    const existing = input.id ? await this.getRecord(input.id) : null;
    if (input.id && !existing) throw new RecordNotFoundError('That record');
    if (existing && existing.body.kind !== input.kind) throw new InvalidInputError('A record cannot change its kind.');
    if (existing) assertChangeAllowedAfterSigning(existing.body, input.changes);
    const stamp = session.clock.next();
    const body = applyFieldChanges(existing?.body ?? newRecordBody(input.kind, input.parentId ?? null), input.changes, stamp);
    if (!body) return existing!;
    const id = input.id ?? randomId();
    // Whom the event is about, unless said: a person record is about that person, a child record about its parent.
    const personId = input.kind === 'person' ? id : body.parentId;
    const audit: AuditNote = { action: existing ? 'change' : 'create', personId, summary: '', ...input.audit };
    return this.writeRevision(session, id, stamp, body, audit);
  }

  /** Deletes by tombstone: the record's history stays for sync and retention rules. */
  async deleteRecord(id: string, audit: Partial<AuditNote> = {}): Promise<void> {
    const session = this.requireSession();
    const existing = await this.getRecord(id);
    if (!existing) throw new RecordNotFoundError('That record');
    assertChangeAllowedAfterSigning(existing.body, null);
    const stamp = session.clock.next();
    await this.writeRevision(session, id, stamp, tombstone(existing.body, stamp), { action: 'delete', personId: null, summary: '', ...audit });
  }

  /** Notes that a record was looked at: viewing a person's records is itself part of their history. */
  recordView(record: DecryptedRecord, note: Omit<AuditNote, 'action'>): Promise<void> {
    return this.recordAccess(record, 'view', note);
  }

  /** Notes that a record was looked at or taken out of the notebook (an export), without changing it. */
  async recordAccess(record: DecryptedRecord, action: 'view' | 'export', note: Omit<AuditNote, 'action'>): Promise<void> {
    const session = this.requireSession();
    await this.db.transaction('rw', this.db.audit, this.db.meta, () => this.appendAudit(session, record, { action, ...note }));
  }

  /** The audit trail, checked link by link; with a person id, only the events about them. */
  async auditTrail(filter: { personId?: string } = {}): Promise<AuditTrail> {
    const session = this.requireSession();
    const [rows, headRow] = await Promise.all([this.db.audit.orderBy('seq').toArray(), this.db.meta.get(META.auditHead)]);
    const head = headRow?.value as AuditHead | undefined;
    const integrity = verifyAuditChain(this.sodium, session.auditChainKey, rows, head);
    const events: AuditTrail['events'] = [];
    for (const row of rows) {
      let event: AuditEvent;
      try {
        event = JSON.parse(fromUtf8(openRecord(this.sodium, session.auditKey, auditBinding(session, row.seq), row.ct))) as AuditEvent;
      } catch {
        continue; // an event that does not open is already reported by the chain check
      }
      if (!filter.personId || event.personId === filter.personId) events.push({ ...event, seq: row.seq });
    }
    return { events, integrity };
  }

  async getRecord(id: string): Promise<DecryptedRecord | null> {
    const session = this.requireSession();
    const row = await this.db.records.get(id);
    if (!row || row.deleted) return null;
    return this.decrypt(session, row);
  }

  /** Every live record of a kind, decrypted (from the cache where the revision is unchanged). */
  async listRecords(kind: string): Promise<DecryptedRecord[]> {
    const session = this.requireSession();
    const rows = await this.db.records.where('kind').equals(kind).toArray();
    return rows.filter((row) => !row.deleted).map((row) => this.decrypt(session, row));
  }

  /** Every live record under a parent (a person's agreements, notes, ...), optionally of one kind. */
  async listChildren(parentId: string, kind?: string): Promise<DecryptedRecord[]> {
    const session = this.requireSession();
    const rows = await this.db.records.where('parentId').equals(parentId).toArray();
    return rows.filter((row) => !row.deleted && (!kind || row.kind === kind)).map((row) => this.decrypt(session, row));
  }

  /** Revisions not yet acknowledged by a sync remote: the seam the sync engine pushes from. */
  async dirtyRevisions(): Promise<StoredRecord[]> {
    this.requireSession();
    return this.db.records.where('dirty').equals(1).toArray();
  }

  private async writeRevision(session: Session, id: string, rev: string, body: RecordBody, audit: AuditNote): Promise<DecryptedRecord> {
    const ct = sealRecord(this.sodium, session.recordKey, { vaultId: session.header.vaultId, recordId: id, rev }, utf8(JSON.stringify(body)));
    const row: StoredRecord = { id, kind: body.kind, parentId: body.parentId, rev, deleted: body.deleted ? 1 : 0, dirty: 1, ct };
    const clockState: ClockState = session.clock.state;
    const record = { id, rev, body };
    // The change and its audit event commit together, or neither does.
    await this.db.transaction('rw', this.db.records, this.db.meta, this.db.audit, async () => {
      await this.db.records.put(row);
      await this.db.meta.put({ key: META.clock, value: clockState });
      await this.appendAudit(session, record, audit);
    });
    if (body.deleted) this.decrypted.delete(id);
    else this.decrypted.set(id, record);
    return record;
  }

  private decrypt(session: Session, row: StoredRecord): DecryptedRecord {
    const cached = this.decrypted.get(row.id);
    if (cached && cached.rev === row.rev) return cached;
    const plaintext = openRecord(this.sodium, session.recordKey, { vaultId: session.header.vaultId, recordId: row.id, rev: row.rev }, row.ct);
    const parsed = RecordBody.safeParse(JSON.parse(fromUtf8(plaintext)));
    // The plaintext index columns must agree with the authenticated body, or they were edited.
    if (!parsed.success || parsed.data.kind !== row.kind || parsed.data.parentId !== row.parentId) {
      throw new TamperedDataError(`Record ${row.id}`);
    }
    const record = { id: row.id, rev: row.rev, body: parsed.data };
    this.decrypted.set(row.id, record);
    return record;
  }

  /**
   * Appends one sealed event to the audit chain. Runs inside the caller's transaction (over audit
   * and meta), so reading the head and writing the next link cannot interleave with another append;
   * sealing and linking are synchronous libsodium calls, allowed inside a Dexie transaction.
   */
  private async appendAudit(session: Session, record: DecryptedRecord, note: AuditNote): Promise<void> {
    const head = (await this.db.meta.get(META.auditHead))?.value as AuditHead | undefined;
    const seq = (head?.seq ?? 0) + 1;
    const event: AuditEvent = {
      at: new Date(this.options.now?.() ?? Date.now()).toISOString(),
      actor: session.clock.deviceId,
      action: note.action,
      recordId: record.id,
      recordKind: record.body.kind,
      personId: note.personId,
      summary: note.summary,
    };
    const ct = sealRecord(this.sodium, session.auditKey, auditBinding(session, seq), utf8(JSON.stringify(event)));
    const link = chainLink(this.sodium, session.auditChainKey, head?.link ?? null, seq, ct);
    await this.db.audit.add({ seq, ct, link });
    await this.db.meta.put({ key: META.auditHead, value: { seq, link } satisfies AuditHead });
  }

  private async open(header: VaultHeader, vaultKey: Uint8Array, openedWith: Session['openedWith']): Promise<void> {
    this.lock();
    const [deviceRow, clockRow] = await Promise.all([this.db.meta.get(META.deviceId), this.db.meta.get(META.clock)]);
    const clock = new HybridClock(String(deviceRow?.value), clockRow?.value as ClockState | undefined, this.options.now);
    const subkey = (purpose: Parameters<typeof deriveVaultSubkey>[2]) => deriveVaultSubkey(this.sodium, vaultKey, purpose);
    this.session = { header, vaultKey, recordKey: subkey('records'), auditKey: subkey('audit'), auditChainKey: subkey('audit-chain'), clock, openedWith };
  }

  private async readHeader(): Promise<VaultHeader | null> {
    const row = await this.db.meta.get(META.header);
    return row ? parseVaultHeader(row.value) : null;
  }

  private async requireHeader(): Promise<VaultHeader> {
    const header = await this.readHeader();
    if (!header) throw new NoVaultError();
    return header;
  }

  private requireSession(): Session {
    if (!this.session) throw new VaultLockedError();
    return this.session;
  }

  private kdfCost(): KdfCost {
    return this.options.kdfCost ? this.options.kdfCost() : calibrateKdfCost(this.sodium);
  }

  private discardPendingCreation(): void {
    if (this.pendingCreation) this.sodium.memzero(this.pendingCreation.vaultKey);
    this.pendingCreation = null;
  }
}
