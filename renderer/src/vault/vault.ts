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
  addAgencySlots,
  createVaultHeader,
  parseVaultHeader,
  rewrapPassphrase,
  unlockVaultKey,
  type VaultHeader,
} from '@shared/crypto/vault-header';
import { deriveVaultSubkey, type SubkeyPurpose } from '@shared/crypto/subkeys';
import { nextGenerationHeader, openRetiredKeys, unwrapVaultKey, wrapVaultKey } from '@shared/crypto/vault-key-change';
import { openRecord, sealRecord } from '@shared/crypto/record-cipher';
import { fromUtf8, randomBytes, randomId, toHex, utf8 } from '@shared/crypto/bytes';
import { TamperedDataError } from '@shared/crypto/errors';
import { generateRecoveryCode, normalizeRecoveryCode } from '@shared/crypto/recovery-code';
import { HybridClock, type ClockState } from '@shared/sync/hlc';
import { openSegment, sealSegment, SyncSegmentUnreadableError, type SegmentRevision } from '@shared/sync/sync-segment';
import { applyFieldChanges, newRecordBody, RecordBody, tombstone } from '@shared/records/record-body';
import { assertPassphraseStrongEnough } from '@shared/passphrase-strength';
import { say } from '@shared/messages';
import { pinAgencyKey, sealVaultKeyForAgency, type PinnedAgencyKey } from '@shared/agency/agency-keys';
import { BUILT_IN_POLICY_SETTINGS } from '@shared/agency/policy-settings';
import { chainLink, verifyAuditChain, type AuditEvent, type AuditChainResult } from '@shared/audit/audit-chain';
import { BackupEncoder } from '@shared/backup/backup-encoder';
import { BackupSettings } from '@shared/backup/backup-schedule';
import type { VaultDatabase } from './database';
import { type StoredRecord } from './database';
import { autoLockChoices, DEFAULT_SETTINGS, type VaultSettings } from './settings';
import type { VaultPolicy } from './vault-policy';
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { assertChangeAllowedAfterSigning } from './signing';
import { UNSIGNED_NOTES, type UnsignedNote } from './unsigned-notes';
import { CONFLICTED_RECORDS, type ConflictedRecord } from './conflicted-records';
import { DigestSession, resealDigest } from './record-digest';
import {
  AgencySlotNotResealableError,
  InvalidInputError,
  KeyChangePendingError,
  NoVaultError,
  RecordNotFoundError,
  VaultExistsError,
  VaultLockedError,
} from './errors';
import { auditBinding, deriveVaultKeys, forgetVaultKeys, type VaultKeys } from './vault-keys';
import { KEY_CHANGE, KeyChangeRun, type KeyChangeProgress, type PendingKeyChange } from './key-change';

export interface VaultStatus {
  state: 'none' | 'locked' | 'unlocked';
  /** After a recovery-code unlock the peer must choose a new passphrase before anything else. */
  mustChangePassphrase: boolean;
  settings: VaultSettings;
  /** True only in the answer to the unlock that added the agency's recovery slot, so the peer is told once. */
  agencySlotAdded: boolean;
  /** A key change under way (the app waits behind its progress until it finishes); null when none is. */
  keyChange: KeyChangeProgress | null;
}

export interface DecryptedRecord {
  id: string;
  rev: string;
  body: RecordBody;
}

interface Session extends VaultKeys {
  header: VaultHeader;
  /** Vault keys the header retired: only to open what another computer wrote before it learnt of a key change. */
  retiredKeys: Uint8Array[];
  clock: HybridClock;
  openedWith: 'passphrase' | 'recovery';
  /** The sealed digests, each opened (or rebuilt) on first use. */
  digests?: DigestSession;
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

/** A header and its vault key made in memory, stored only once the peer confirms they saved the recovery code. */
interface PendingCreation {
  header: VaultHeader;
  vaultKey: Uint8Array;
}

/**
 * What happened to the vault, for what is kept in memory beside it (the search index).
 * 'saved-many': records were written while 'saved' events were held (holdSavedEvents): whatever
 * follows the records should read them again.
 */
export type VaultEvent = { type: 'opened' } | { type: 'locked' } | { type: 'saved'; record: DecryptedRecord } | { type: 'saved-many' };

export interface VaultOptions {
  /** Argon2id cost for new key slots; by default calibrated on this machine. */
  kdfCost?: () => KdfCost;
  now?: () => number;
  /** Rows sealed again per step of a key change (tests make it small to stop between pages). */
  keyChangePageSize?: number;
}

/** A community build's policy: what the vault holds to when a caller (a test, the bench) passes none. */
export const COMMUNITY_VAULT_POLICY: VaultPolicy = {
  minimumPassphraseScore: BUILT_IN_POLICY_SETTINGS.minimumPassphraseScore,
  autoLockMaxMinutes: BUILT_IN_POLICY_SETTINGS.autoLockMaxMinutes,
  agencySlot: null,
};

const META = { header: 'header', deviceId: 'deviceId', clock: 'clock', settings: 'settings', auditHead: 'auditHead' } as const;

/** Every digest kept beside the records: a write updates each one it touches. */
const DIGESTS = [UNSIGNED_NOTES, CONFLICTED_RECORDS];

/** Did not open under this key (another key may open it), as opposed to any other failure. */
const doesNotOpen = (error: unknown) =>
  error instanceof TamperedDataError || (error instanceof SyncSegmentUnreadableError && error.reason === 'does-not-open');

export class Vault {
  private session: Session | null = null;
  private pendingCreation: PendingCreation | null = null;
  /** The next key generation, prepared and waiting for the peer to confirm the new recovery code. */
  private preparedKeyChange: PendingCreation | null = null;
  /** A key change under way: ordinary reads and writes wait for it. */
  private keyChange: KeyChangeRun | null = null;
  /** Decrypted bodies by record id, valid for the stored revision; dropped on lock. */
  private readonly decrypted = new Map<string, DecryptedRecord>();
  private readonly listeners = new Set<(event: VaultEvent) => void>();
  /** Bulk writes under way that hold back 'saved' events (holdSavedEvents). */
  private holdingSaves = 0;

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
      agencySlotAdded: false,
      keyChange: this.keyChange?.progress ?? null,
    };
  }

  async settings(): Promise<VaultSettings> {
    const stored = (await this.db.meta.get(META.settings))?.value as Partial<VaultSettings> | undefined;
    // Only today's settings: one an older version kept here (a supervisor rule, now the agency's) is left behind.
    return {
      autoLockMinutes: stored?.autoLockMinutes ?? DEFAULT_SETTINGS.autoLockMinutes,
      language: stored?.language ?? DEFAULT_SETTINGS.language,
      backup: BackupSettings.safeParse(stored?.backup).data ?? DEFAULT_SETTINGS.backup,
    };
  }

  async updateSettings(
    change: Partial<VaultSettings>,
    policy: Pick<VaultPolicy, 'autoLockMaxMinutes'> = COMMUNITY_VAULT_POLICY,
  ): Promise<VaultSettings> {
    this.requireSession();
    const unknown = Object.keys(change).filter((name) => !Object.hasOwn(DEFAULT_SETTINGS, name));
    if (unknown.length > 0) throw new InvalidInputError(`${unknown.join(', ')} is not a setting a peer changes here.`);
    if (change.autoLockMinutes !== undefined && !autoLockChoices(policy.autoLockMaxMinutes).includes(change.autoLockMinutes)) {
      throw new InvalidInputError(
        change.autoLockMinutes > policy.autoLockMaxMinutes
          ? say('settings.autoLockAboveAgencyMaximum', { minutes: String(policy.autoLockMaxMinutes) })
          : `Choose one of ${autoLockChoices(policy.autoLockMaxMinutes).join(', ')} minutes.`,
      );
    }
    if (change.backup !== undefined && !BackupSettings.safeParse(change.backup).success)
      throw new InvalidInputError(say('backup.settingsInvalid'));
    if (change.language !== undefined && !isLanguage(change.language)) {
      throw new InvalidInputError(`Choose one of these languages: ${Object.keys(LANGUAGES).join(', ')}.`);
    }
    const settings = { ...(await this.settings()), ...change };
    await this.db.meta.put({ key: META.settings, value: settings });
    return settings;
  }

  /**
   * Step one of creating a vault: builds the header and recovery code in memory only. Nothing is
   * stored until the peer confirms they saved the code, so a code nobody saw never guards a vault.
   */
  async prepareCreate(passphrase: string, policy: VaultPolicy = COMMUNITY_VAULT_POLICY): Promise<{ recoveryCode: string }> {
    if (await this.readHeader()) throw new VaultExistsError();
    assertPassphraseStrongEnough(passphrase, policy.minimumPassphraseScore);
    const agencyKeys = this.pinnedAgencyKeys(policy);
    this.discardPendingCreation();
    const recoveryCode = generateRecoveryCode();
    const created = createVaultHeader(this.sodium, { passphrase, recoveryCode, cost: this.kdfCost() });
    const header = addAgencySlots(
      created.header,
      agencyKeys.map((key) => this.agencySeal(created.vaultKey, key)),
    );
    this.pendingCreation = { header, vaultKey: created.vaultKey };
    return { recoveryCode };
  }

  /** Step two: the peer saved the recovery code; store the header and open the vault. */
  async confirmCreate(): Promise<VaultStatus> {
    const pending = this.pendingCreation;
    if (!pending) throw new InvalidInputError(say('vault.startAgain'));
    if (await this.readHeader()) throw new VaultExistsError();
    // Handed over before opening: opening locks first, which would zero a key still pending.
    this.pendingCreation = null;
    await this.establish(pending.header, pending.vaultKey);
    return this.status();
  }

  /**
   * First run from a backup: this computer's notebook takes the backup's header (its id and key
   * slots, so the same passphrase and recovery code open it) and opens, empty, for the restore.
   */
  async createFromBackup(header: VaultHeader, vaultKey: Uint8Array, openedWith: Session['openedWith']): Promise<VaultStatus> {
    this.discardPendingCreation();
    await this.establish(header, vaultKey, openedWith);
    return this.status();
  }

  /** Stores a new notebook's header with a fresh device id, and opens it. */
  private async establish(header: VaultHeader, vaultKey: Uint8Array, openedWith: Session['openedWith'] = 'passphrase'): Promise<void> {
    if (await this.readHeader()) throw new VaultExistsError();
    const deviceId = toHex(randomBytes(8));
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.bulkPut([
        { key: META.header, value: header },
        { key: META.deviceId, value: deviceId },
      ]);
    });
    await this.open(header, vaultKey, openedWith);
  }

  /**
   * Joins a notebook made on another computer from its header (read from a sync folder): the
   * secret is checked against the header's key slots, and a header below the key-derivation floor
   * is refused before any work. This computer gets its own device id; the records follow by sync.
   */
  async join(input: { header: unknown; passphrase?: string; recoveryCode?: string }): Promise<VaultStatus> {
    if (await this.readHeader()) throw new VaultExistsError();
    const header = parseVaultHeader(input.header);
    if (input.recoveryCode === undefined) {
      const { vaultKey } = unlockVaultKey(this.sodium, header, 'passphrase', input.passphrase ?? '');
      return this.createFromBackup(header, vaultKey, 'passphrase');
    }
    const code = normalizeRecoveryCode(input.recoveryCode);
    if (!code) throw new InvalidInputError(say('vault.notARecoveryCode'));
    return this.createFromBackup(header, unlockVaultKey(this.sodium, header, 'recovery', code).vaultKey, 'recovery');
  }

  /** The stored header (key slots only, no key): what a sync folder keeps so another computer can join. */
  async storedHeader(): Promise<VaultHeader> {
    this.requireSession();
    return this.requireHeader();
  }

  /** Opens the vault; when the policy requires an agency slot it does not have yet, adds it (and says so). */
  async unlock(passphrase: string, policy: VaultPolicy = COMMUNITY_VAULT_POLICY): Promise<VaultStatus> {
    const header = await this.requireHeader();
    const agencyKeys = this.pinnedAgencyKeys(policy);
    const { vaultKey } = unlockVaultKey(this.sodium, header, 'passphrase', passphrase);
    return this.openWithAgencySlots(header, vaultKey, 'passphrase', agencyKeys);
  }

  async unlockWithRecoveryCode(code: string, policy: VaultPolicy = COMMUNITY_VAULT_POLICY): Promise<VaultStatus> {
    const normalized = normalizeRecoveryCode(code);
    if (!normalized) {
      throw new InvalidInputError(say('vault.notARecoveryCode'));
    }
    const header = await this.requireHeader();
    const agencyKeys = this.pinnedAgencyKeys(policy);
    const { vaultKey } = unlockVaultKey(this.sodium, header, 'recovery', normalized);
    return this.openWithAgencySlots(header, vaultKey, 'recovery', agencyKeys);
  }

  /**
   * Rewraps the vault key under a new passphrase: no record is re-encrypted, the old passphrase
   * stops working and the recovery code keeps working. The current passphrase is asked for
   * unless the vault was just opened with the recovery code (the peer forgot it).
   */
  async changePassphrase(
    input: { currentPassphrase?: string; newPassphrase: string },
    policy: Pick<VaultPolicy, 'minimumPassphraseScore'> = COMMUNITY_VAULT_POLICY,
  ): Promise<VaultStatus> {
    const session = this.requireSession();
    if (session.openedWith === 'passphrase') {
      unlockVaultKey(this.sodium, session.header, 'passphrase', input.currentPassphrase ?? '');
    }
    assertPassphraseStrongEnough(input.newPassphrase, policy.minimumPassphraseScore);
    const header = rewrapPassphrase(this.sodium, session.header, {
      vaultKey: session.vaultKey,
      newPassphrase: input.newPassphrase,
      cost: this.kdfCost(),
    });
    await this.db.meta.put({ key: META.header, value: header });
    session.header = header;
    session.openedWith = 'passphrase';
    return this.status();
  }

  /**
   * Step one of changing the notebook's key (after a suspected compromise): checks the passphrase,
   * and makes the next generation's header in memory only (a new vault key, a new passphrase, a new
   * recovery code, every agency slot sealed again). Both secrets change: a key change after someone
   * saw the passphrase or the recovery code would protect nothing if either still opened the new
   * key. An agency slot this installation has no pinned key for could not be sealed again: refused
   * before anything changes.
   */
  async prepareKeyChange(
    input: { passphrase: string; newPassphrase: string },
    policy: VaultPolicy = COMMUNITY_VAULT_POLICY,
  ): Promise<{ recoveryCode: string }> {
    const session = this.requireSession();
    this.sodium.memzero(unlockVaultKey(this.sodium, session.header, 'passphrase', input.passphrase).vaultKey);
    if (input.newPassphrase.normalize('NFC') === input.passphrase.normalize('NFC'))
      throw new InvalidInputError(say('keyChange.samePassphrase'));
    assertPassphraseStrongEnough(input.newPassphrase, policy.minimumPassphraseScore);
    const agencyKeys = this.pinnedAgencyKeys(policy);
    const unsealable = session.header.agencySlots.find((slot) => !agencyKeys.some((key) => key.fingerprint === slot.keyFingerprint));
    if (unsealable) throw new AgencySlotNotResealableError(unsealable.label);
    this.discardPreparedKeyChange();
    const recoveryCode = generateRecoveryCode();
    this.preparedKeyChange = nextGenerationHeader(this.sodium, session.header, {
      currentKey: session.vaultKey,
      passphrase: input.newPassphrase,
      recoveryCode,
      cost: this.kdfCost(),
      sealForAgencies: (vaultKey) => agencyKeys.map((key) => this.agencySeal(vaultKey, key)),
    });
    return { recoveryCode };
  }

  /** Step two: the peer saved the new recovery code; the change is stored and starts (continueKeyChange carries it on). */
  async confirmKeyChange(): Promise<VaultStatus> {
    const prepared = this.preparedKeyChange;
    if (!prepared) throw new InvalidInputError(say('keyChange.startAgain'));
    this.preparedKeyChange = null;
    await this.startKeyChange(this.requireSession(), prepared, 'here');
    return this.status();
  }

  /**
   * Takes on a key change made on another computer: the sync folder's header of a later key
   * generation, opened with the passphrase, becomes the target of the same resumable change.
   */
  async adoptKeyChange(input: { header: unknown; passphrase: string }): Promise<VaultStatus> {
    const session = this.requireSession();
    const target = parseVaultHeader(input.header);
    if (target.vaultId !== session.header.vaultId) throw new InvalidInputError(say('keyChange.otherNotebook'));
    if (target.keyGeneration <= session.header.keyGeneration) throw new InvalidInputError(say('keyChange.notNewer'));
    const { vaultKey } = unlockVaultKey(this.sodium, target, 'passphrase', input.passphrase);
    await this.startKeyChange(session, { header: target, vaultKey }, 'adopted');
    return this.status();
  }

  /** One step of the key change under way (a page of rows, or the last step); the status says how far it is. */
  async continueKeyChange(): Promise<VaultStatus> {
    const session = this.requireOpenSession();
    const run = this.keyChange;
    if (run?.pending.stage === 'finish') await this.finishKeyChange(session, run);
    else if (run) await run.step(this.options.keyChangePageSize);
    return this.status();
  }

  /** Zeroes the keys and forgets every decrypted value. */
  lock(): void {
    if (this.session) this.forgetSession(this.session);
    this.keyChange?.forget();
    this.keyChange = null;
    this.session = null;
    this.decrypted.clear();
    this.discardPendingCreation();
    this.discardPreparedKeyChange();
    this.emit({ type: 'locked' });
  }

  /**
   * For a bulk write (a restore of thousands of records): no 'saved' event per record until the
   * returned release is called, which announces them all as one 'saved-many' (if still unlocked).
   * Taking in one record at a time is what made a large restore slow; reading them again once is
   * not. Release exactly once, whether the writes succeeded or not.
   */
  holdSavedEvents(): () => void {
    this.holdingSaves += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holdingSaves -= 1;
      if (this.session) this.emit({ type: 'saved-many' });
    };
  }

  /** Follows the vault: opened, locked, and every record written (a delete is a tombstone). Returns the unfollow. */
  listen(listener: (event: VaultEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
    await this.writeRevision(session, id, stamp, tombstone(existing.body, stamp), {
      action: 'delete',
      personId: null,
      summary: '',
      ...audit,
    });
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
        event = JSON.parse(
          fromUtf8(openRecord(this.sodium, session.auditKey, auditBinding(session.header.vaultId, row.seq), row.ct)),
        ) as AuditEvent;
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

  /** Service notes not signed yet, from their sealed digest: not one note is opened to find them. */
  async unsignedNotes(): Promise<UnsignedNote[]> {
    return (await this.digests(this.requireSession()).get(UNSIGNED_NOTES)).list();
  }

  /** Records holding a sync conflict (tombstones included), from their sealed digest: no record is opened. */
  async conflictedRecords(): Promise<ConflictedRecord[]> {
    return (await this.digests(this.requireSession()).get(CONFLICTED_RECORDS)).list();
  }

  /**
   * Backups: every stored revision, tombstones included, a page at a time, opened without filling
   * the cache, so backing up a large notebook never holds all of it in memory.
   */
  async *revisionPages(pageSize: number): AsyncGenerator<DecryptedRecord[]> {
    const session = this.requireSession();
    for (let after = ''; ;) {
      const rows = await this.db.records.where(':id').above(after).limit(pageSize).toArray();
      if (this.session !== session) throw new VaultLockedError();
      if (rows.length === 0) return;
      after = rows.at(-1)!.id;
      yield rows.map((row) => this.openRow(session, row));
    }
  }

  /** How many stored revisions and audit events a backup will carry (for its progress). */
  async backupSize(): Promise<{ records: number; auditEvents: number }> {
    this.requireSession();
    const [records, auditEvents] = await Promise.all([this.db.records.count(), this.db.audit.count()]);
    return { records, auditEvents };
  }

  /** Backups: the audit trail in chain order, a page at a time. */
  async *auditEventPages(pageSize: number): AsyncGenerator<(AuditEvent & { seq: number })[]> {
    const session = this.requireSession();
    for (let after = 0; ;) {
      const rows = await this.db.audit.where('seq').above(after).limit(pageSize).toArray();
      if (this.session !== session) throw new VaultLockedError();
      if (rows.length === 0) return;
      after = rows.at(-1)!.seq;
      yield rows.map((row) => ({
        ...(JSON.parse(
          fromUtf8(openRecord(this.sodium, session.auditKey, auditBinding(session.header.vaultId, row.seq), row.ct)),
        ) as AuditEvent),
        seq: row.seq,
      }));
    }
  }

  /** A backup under this notebook's key: its header copies the key slots and seals the file key to the pinned agency keys. */
  backupEncoder(agencyKeys: readonly PinnedAgencyKey[], now?: Date): BackupEncoder {
    const session = this.requireSession();
    return new BackupEncoder(this.sodium, { vaultHeader: session.header, vaultKey: session.vaultKey, agencyKeys, now });
  }

  /**
   * Restores: events from a backup join the end of this notebook's audit chain, in their order.
   * The head is read once and the links made in memory, so a batch is two reads and two writes
   * however many events it holds (the same chain appendAuditEvent would make one at a time).
   */
  async appendAuditEvents(events: readonly AuditEvent[]): Promise<void> {
    const session = this.requireSession();
    await this.db.transaction('rw', this.db.audit, this.db.meta, async () => {
      const [pending, headRow] = await this.db.meta.bulkGet([KEY_CHANGE, META.auditHead]);
      if (pending) throw new KeyChangePendingError();
      let head = headRow?.value as AuditHead | undefined;
      const rows = events.map((event) => {
        const seq = (head?.seq ?? 0) + 1;
        const ct = sealRecord(this.sodium, session.auditKey, auditBinding(session.header.vaultId, seq), utf8(JSON.stringify(event)));
        head = { seq, link: chainLink(this.sodium, session.auditChainKey, head?.link ?? null, seq, ct) };
        return { seq, ct, link: head.link };
      });
      await this.db.audit.bulkAdd(rows);
      if (head) await this.db.meta.put({ key: META.auditHead, value: head satisfies AuditHead });
    });
  }

  /** Revisions not yet acknowledged by a sync remote: the seam the sync engine pushes from. */
  async dirtyRevisions(): Promise<StoredRecord[]> {
    this.requireSession();
    return this.db.records.where('dirty').equals(1).toArray();
  }

  /** How many revisions wait for a sync remote: counted on the index, so no ciphertext is read (the top bar asks often). */
  async countDirtyRevisions(): Promise<number> {
    this.requireSession();
    return this.db.records.where('dirty').equals(1).count();
  }

  /** Stored rows, tombstones included: by id, or every row when no ids are given (merge and conflicts need both). */
  async storedRevisions(ids?: readonly string[]): Promise<StoredRecord[]> {
    this.requireSession();
    if (!ids) return this.db.records.toArray();
    return (await this.db.records.bulkGet([...ids])).filter((row): row is StoredRecord => row !== undefined);
  }

  /** A stored row decrypted (tombstones too), checked against its vault, id and revision. */
  openStored(row: StoredRecord): DecryptedRecord {
    return this.decrypt(this.requireSession(), row);
  }

  /**
   * A revision from elsewhere (a sync segment) decrypted, and refused unless sealed for this vault,
   * record and revision; not cached. One sealed under a retired key (another computer wrote it
   * before it learnt of a key change) opens too; it is stored sealed under the current key.
   */
  openIncoming(row: Pick<StoredRecord, 'id' | 'kind' | 'parentId' | 'rev' | 'ct'>): DecryptedRecord {
    const session = this.requireSession();
    return this.withAnyKey(session, (vaultKey) =>
      vaultKey === session.vaultKey
        ? this.openRow(session, row)
        : this.withSubkey(vaultKey, 'records', (key) => this.openRow(session, row, key)),
    );
  }

  /**
   * Stores revisions merged in from elsewhere (sync, a restore) in one transaction. A write without
   * `rev` is a new merge made here and takes a fresh stamp. The incoming stamps are checked against
   * the wall clock first (ClockDriftError) and taken into the clock only as the batch commits.
   * No audit event: the change was recorded where it was made.
   */
  async storeMergedRevisions(
    writes: readonly { id: string; rev?: string; body: RecordBody; dirty: 0 | 1 }[],
    incomingRevs: readonly string[],
  ): Promise<DecryptedRecord[]> {
    const session = this.requireSession();
    const clock = new HybridClock(session.clock.deviceId, session.clock.state, this.options.now);
    for (const rev of incomingRevs) clock.observe(rev);
    const records = writes.map(({ id, rev, body }) => ({ id, rev: rev ?? clock.next(), body }));
    const rows = records.map(({ id, rev, body }, i): StoredRecord => ({
      id,
      kind: body.kind,
      parentId: body.parentId,
      rev,
      deleted: body.deleted ? 1 : 0,
      dirty: writes[i]!.dirty,
      ct: sealRecord(this.sodium, session.recordKey, { vaultId: session.header.vaultId, recordId: id, rev }, utf8(JSON.stringify(body))),
    }));
    const digests = await this.digests(session).update(records, () => clock.next());
    await this.committed(
      session,
      this.db.transaction('rw', this.db.records, this.db.meta, async () => {
        await this.refuseDuringKeyChange();
        await this.db.records.bulkPut(rows);
        await this.db.meta.bulkPut([...digests, { key: META.clock, value: clock.state }]);
      }),
    );
    session.clock = clock;
    for (const record of records) {
      // Only records already open are refreshed: a restore or first sync of thousands of records
      // must not keep them all decrypted here (the screens open what they need).
      if (record.body.deleted) this.decrypted.delete(record.id);
      else if (this.decrypted.has(record.id)) this.decrypted.set(record.id, record);
      this.emit({ type: 'saved', record });
    }
    return records;
  }

  /** Seals revisions into a sync segment of this device's (shared/sync/sync-segment.ts) under the vault's sync subkey. */
  sealSyncSegment(seq: number, revisions: readonly SegmentRevision[]): Uint8Array<ArrayBuffer> {
    const session = this.requireSession();
    return this.withSubkey(session.vaultKey, 'sync', (key) =>
      sealSegment(this.sodium, key, { vaultId: session.header.vaultId, deviceId: session.clock.deviceId, seq }, revisions),
    );
  }

  /** Opens a sync segment (under the current key or a retired one), or throws SyncSegmentUnreadableError (another notebook's, renamed, damaged). */
  openSyncSegment(name: { deviceId: string; seq: number }, bytes: Uint8Array): SegmentRevision[] {
    const session = this.requireSession();
    return this.withAnyKey(session, (vaultKey) =>
      this.withSubkey(vaultKey, 'sync', (key) => openSegment(this.sodium, key, { vaultId: session.header.vaultId, ...name }, bytes)),
    );
  }

  /** Sync bookkeeping kept beside the records (which folder, which segments were applied, when): nothing about anyone. */
  async syncRecord(name: string): Promise<unknown> {
    this.requireSession();
    return (await this.db.meta.get(`sync:${name}`))?.value;
  }

  async putSyncRecord(name: string, value: unknown): Promise<void> {
    this.requireSession();
    await this.db.meta.put({ key: `sync:${name}`, value });
  }

  private withSubkey<T>(vaultKey: Uint8Array, purpose: SubkeyPurpose, work: (key: Uint8Array) => T): T {
    const key = deriveVaultSubkey(this.sodium, vaultKey, purpose);
    try {
      return work(key);
    } finally {
      this.sodium.memzero(key);
    }
  }

  /** Opens with the current vault key, else with each retired one; when none opens, the current key's failure is thrown. */
  private withAnyKey<T>(session: Session, open: (vaultKey: Uint8Array) => T): T {
    try {
      return open(session.vaultKey);
    } catch (error) {
      if (!doesNotOpen(error)) throw error;
      for (const retired of session.retiredKeys) {
        try {
          return open(retired);
        } catch (again) {
          if (!doesNotOpen(again)) throw again;
        }
      }
      throw error;
    }
  }

  /** Clears the sync flag of revisions a remote now holds, unless the record changed since. */
  async acknowledgeRevisions(revisions: readonly { id: string; rev: string }[]): Promise<number> {
    this.requireSession();
    return this.db.transaction('rw', this.db.records, async () => {
      const rows = await this.db.records.bulkGet(revisions.map(({ id }) => id));
      const done = rows.filter((row, i): row is StoredRecord => row !== undefined && row.dirty === 1 && row.rev === revisions[i]!.rev);
      await this.db.records.bulkPut(done.map((row) => ({ ...row, dirty: 0 as const })));
      return done.length;
    });
  }

  /**
   * A local write that rewrites a record's registers (a conflict's resolution): `change` gets the
   * stored body (tombstone included) and this write's stamp.
   */
  async rewriteRecord(id: string, change: (body: RecordBody, stamp: string) => RecordBody, audit: AuditNote): Promise<DecryptedRecord> {
    const session = this.requireSession();
    const row = await this.db.records.get(id);
    if (!row) throw new RecordNotFoundError('That record');
    const stamp = session.clock.next();
    return this.writeRevision(session, id, stamp, change(this.decrypt(session, row).body, stamp), audit);
  }

  private async writeRevision(session: Session, id: string, rev: string, body: RecordBody, audit: AuditNote): Promise<DecryptedRecord> {
    const ct = sealRecord(
      this.sodium,
      session.recordKey,
      { vaultId: session.header.vaultId, recordId: id, rev },
      utf8(JSON.stringify(body)),
    );
    const row: StoredRecord = { id, kind: body.kind, parentId: body.parentId, rev, deleted: body.deleted ? 1 : 0, dirty: 1, ct };
    const clockState: ClockState = session.clock.state;
    const record = { id, rev, body };
    const digests = await this.digests(session).update([record], () => rev);
    // The change, the digests it touches and its audit event commit together, or none does.
    await this.committed(
      session,
      this.db.transaction('rw', this.db.records, this.db.meta, this.db.audit, async () => {
        await this.db.records.put(row);
        await this.db.meta.bulkPut([...digests, { key: META.clock, value: clockState }]);
        await this.appendAudit(session, record, audit);
      }),
    );
    if (body.deleted) this.decrypted.delete(id);
    else this.decrypted.set(id, record);
    this.emit({ type: 'saved', record });
    return record;
  }

  private decrypt(session: Session, row: StoredRecord): DecryptedRecord {
    const cached = this.decrypted.get(row.id);
    if (cached && cached.rev === row.rev) return cached;
    const record = this.openRow(session, row);
    this.decrypted.set(row.id, record);
    return record;
  }

  private openRow(
    session: Session,
    row: Pick<StoredRecord, 'id' | 'kind' | 'parentId' | 'rev' | 'ct'>,
    recordKey = session.recordKey,
  ): DecryptedRecord {
    const plaintext = openRecord(this.sodium, recordKey, { vaultId: session.header.vaultId, recordId: row.id, rev: row.rev }, row.ct);
    const parsed = RecordBody.safeParse(JSON.parse(fromUtf8(plaintext)));
    // The plaintext index columns must agree with the authenticated body, or they were edited.
    if (!parsed.success || parsed.data.kind !== row.kind || parsed.data.parentId !== row.parentId) {
      throw new TamperedDataError(`Record ${row.id}`);
    }
    return { id: row.id, rev: row.rev, body: parsed.data };
  }

  private digests(session: Session): DigestSession {
    session.digests ??= new DigestSession(DIGESTS, {
      db: this.db,
      sodium: this.sodium,
      vaultId: session.header.vaultId,
      recordKey: session.recordKey,
      openRow: (row) => this.openRow(session, row),
      stamp: () => session.clock.next(),
    });
    return session.digests;
  }

  /** Waits for a write's transaction; if it did not commit, the digests it updated in memory are opened again from the store. */
  private async committed(session: Session, transaction: Promise<void>): Promise<void> {
    try {
      await transaction;
    } catch (error) {
      session.digests?.forget();
      throw error;
    }
  }

  /**
   * Appends one sealed event to the audit chain. Runs inside the caller's transaction (over audit
   * and meta), so reading the head and writing the next link cannot interleave with another append;
   * sealing and linking are synchronous libsodium calls, allowed inside a Dexie transaction.
   */
  private async appendAudit(session: Session, record: DecryptedRecord, note: AuditNote): Promise<void> {
    const event: AuditEvent = {
      at: new Date(this.options.now?.() ?? Date.now()).toISOString(),
      actor: session.clock.deviceId,
      action: note.action,
      recordId: record.id,
      recordKind: record.body.kind,
      personId: note.personId,
      summary: note.summary,
    };
    await this.appendAuditEvent(session, event);
  }

  /** Seals one event as the chain's next link; inside the caller's transaction over audit and meta. */
  private async appendAuditEvent(session: Session, event: AuditEvent): Promise<void> {
    // One read for both: a key change stored meanwhile refuses the write, and the chain's head.
    const [pending, headRow] = await this.db.meta.bulkGet([KEY_CHANGE, META.auditHead]);
    if (pending) throw new KeyChangePendingError();
    const head = headRow?.value as AuditHead | undefined;
    const seq = (head?.seq ?? 0) + 1;
    const ct = sealRecord(this.sodium, session.auditKey, auditBinding(session.header.vaultId, seq), utf8(JSON.stringify(event)));
    const link = chainLink(this.sodium, session.auditChainKey, head?.link ?? null, seq, ct);
    await this.db.audit.add({ seq, ct, link });
    await this.db.meta.put({ key: META.auditHead, value: { seq, link } satisfies AuditHead });
  }

  /** Opens a session; a key change left pending (the app was closed during it) carries on instead. */
  private async open(header: VaultHeader, vaultKey: Uint8Array, openedWith: Session['openedWith']): Promise<void> {
    this.lock();
    const [deviceRow, clockRow, pendingRow] = await Promise.all([
      this.db.meta.get(META.deviceId),
      this.db.meta.get(META.clock),
      this.db.meta.get(KEY_CHANGE),
    ]);
    const clock = new HybridClock(String(deviceRow?.value), clockRow?.value as ClockState | undefined, this.options.now);
    const session: Session = {
      header,
      ...deriveVaultKeys(this.sodium, vaultKey),
      retiredKeys: openRetiredKeys(this.sodium, header, vaultKey),
      clock,
      openedWith,
    };
    this.session = session;
    const pending = pendingRow?.value as PendingKeyChange | undefined;
    if (!pending) {
      this.emit({ type: 'opened' });
      return;
    }
    let nextKey: Uint8Array;
    try {
      nextKey = unwrapVaultKey(
        this.sodium,
        vaultKey,
        { vaultId: header.vaultId, role: 'next', generation: pending.target.keyGeneration },
        pending.nextKey,
      );
    } catch (error) {
      // Half the rows may be under the next key already: the notebook stays locked rather than open without it.
      this.lock();
      throw error;
    }
    this.keyChange = new KeyChangeRun(this.db, this.sodium, pending, session, deriveVaultKeys(this.sodium, nextKey));
  }

  /**
   * Stores a change of key as pending and starts it. The audit chain is checked, the rows counted
   * and the pending change stored in one transaction, so no write can slip in between.
   */
  private async startKeyChange(session: Session, next: PendingCreation, origin: PendingKeyChange['origin']): Promise<void> {
    const { db } = this;
    const run = await db.transaction('rw', db.records, db.audit, db.meta, async () => {
      const [events, headRow, records] = await Promise.all([
        db.audit.orderBy('seq').toArray(),
        db.meta.get(META.auditHead),
        db.records.count(),
      ]);
      if (this.session !== session) throw new VaultLockedError();
      const pending: PendingKeyChange = {
        target: next.header,
        nextKey: wrapVaultKey(
          this.sodium,
          session.vaultKey,
          { vaultId: session.header.vaultId, role: 'next', generation: next.header.keyGeneration },
          next.vaultKey,
        ),
        origin,
        auditIntegrity: verifyAuditChain(this.sodium, session.auditChainKey, events, headRow?.value as AuditHead | undefined),
        stage: 'records',
        recordsAfter: '',
        auditAfter: 0,
        auditLink: null,
        unreadable: 0,
        done: 0,
        total: records + events.length,
      };
      await db.meta.put({ key: KEY_CHANGE, value: pending });
      return new KeyChangeRun(db, this.sodium, pending, session, deriveVaultKeys(this.sodium, next.vaultKey));
    });
    this.keyChange = run;
  }

  /**
   * The last step: the digests sealed again, the new chain's head, the target header stored and
   * the pending change dropped, and the "key changed" event, in one transaction. Then the session
   * is the new key's, the old keys are zeroed, and the vault opens again (the search index rebuilds).
   */
  private async finishKeyChange(session: Session, run: KeyChangeRun): Promise<void> {
    const { db } = this;
    const target = run.pending.target;
    // Its retired keys are opened once the change is stored (nothing before needs them).
    const next: Session = { ...session, header: target, ...run.to, retiredKeys: [], digests: undefined };
    const names = DIGESTS.map((spec) => spec.name);
    const finished = await db.transaction('rw', db.meta, db.audit, async () => {
      const [pending, ...digests] = await db.meta.bulkGet([KEY_CHANGE, ...names]);
      // Finished already (a step asked for twice at once), or locked meanwhile: nothing to do here.
      if (!pending) return false;
      if (this.keyChange !== run) throw new VaultLockedError();
      const keys = { from: session.recordKey, to: next.recordKey };
      for (const [i, name] of names.entries()) {
        const resealed = resealDigest(this.sodium, target.vaultId, name, digests[i]?.value, keys);
        if (resealed) await db.meta.put({ key: name, value: resealed });
        else await db.meta.delete(name);
      }
      await db.meta.put({ key: META.header, value: target });
      await db.meta.delete(KEY_CHANGE);
      if (run.auditHead) await db.meta.put({ key: META.auditHead, value: run.auditHead satisfies AuditHead });
      const at = new Date(this.options.now?.() ?? Date.now()).toISOString();
      await this.appendAuditEvent(next, { at, actor: session.clock.deviceId, action: 'change', personId: null, ...run.changeNote() });
      return true;
    });
    if (!finished) return;
    this.keyChange = null;
    this.forgetSession(session);
    next.retiredKeys = openRetiredKeys(this.sodium, target, next.vaultKey);
    this.session = next;
    this.decrypted.clear();
    this.emit({ type: 'opened' });
  }

  private forgetSession(session: Session): void {
    forgetVaultKeys(this.sodium, session);
    for (const key of session.retiredKeys) this.sodium.memzero(key);
  }

  /**
   * The agency keys the policy requires a slot for, each pinned (built in, or signed by a built-in
   * policy key); any other key throws UnpinnedAgencyKeyError before a vault key is touched.
   */
  private pinnedAgencyKeys(policy: VaultPolicy): PinnedAgencyKey[] {
    if (!policy.agencySlot) return [];
    const { keys, trust } = policy.agencySlot;
    return keys.map((key) => pinAgencyKey(this.sodium, key, trust));
  }

  private agencySeal(vaultKey: Uint8Array, key: PinnedAgencyKey) {
    return { label: key.label, ...sealVaultKeyForAgency(this.sodium, vaultKey, key) };
  }

  private async openWithAgencySlots(
    header: VaultHeader,
    vaultKey: Uint8Array,
    openedWith: Session['openedWith'],
    agencyKeys: PinnedAgencyKey[],
  ): Promise<VaultStatus> {
    const missing = agencyKeys.filter((key) => !header.agencySlots.some((slot) => slot.keyFingerprint === key.fingerprint));
    const withSlots = addAgencySlots(
      header,
      missing.map((key) => this.agencySeal(vaultKey, key)),
    );
    if (withSlots !== header) await this.db.meta.put({ key: META.header, value: withSlots });
    await this.open(withSlots, vaultKey, openedWith);
    return { ...(await this.status()), agencySlotAdded: withSlots !== header };
  }

  /**
   * Inside a write's transaction: a write that began before a key change was stored must not land
   * under the old key after the change has passed it.
   */
  private async refuseDuringKeyChange(): Promise<void> {
    if (await this.db.meta.get(KEY_CHANGE)) throw new KeyChangePendingError();
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

  /** The open session for ordinary reads and writes: refused while the key changes. */
  private requireSession(): Session {
    const session = this.requireOpenSession();
    if (this.keyChange) throw new KeyChangePendingError();
    return session;
  }

  private requireOpenSession(): Session {
    if (!this.session) throw new VaultLockedError();
    return this.session;
  }

  private kdfCost(): KdfCost {
    return this.options.kdfCost ? this.options.kdfCost() : calibrateKdfCost(this.sodium);
  }

  private emit(event: VaultEvent): void {
    if (event.type === 'saved' && this.holdingSaves > 0) return;
    for (const listener of this.listeners) listener(event);
  }

  private discardPendingCreation(): void {
    if (this.pendingCreation) this.sodium.memzero(this.pendingCreation.vaultKey);
    this.pendingCreation = null;
  }

  private discardPreparedKeyChange(): void {
    if (this.preparedKeyChange) this.sodium.memzero(this.preparedKeyChange.vaultKey);
    this.preparedKeyChange = null;
  }
}
