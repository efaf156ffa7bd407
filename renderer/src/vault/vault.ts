/**
 * The vault: the local-first core every screen stands on, as Actual Budget's loot-core is. It is
 * made of small parts, each lent only to what needs it:
 *
 *   keys      the key ring: the open session and every key it holds (session.ts)
 *   records   typed reads and units of work over the records (record-store.ts, unit-of-work.ts)
 *   audit     the tamper-evident history (audit-log.ts)
 *   drafts    sealed drafts of half-written forms (drafts.ts)
 *   sync      the narrow port the sync engine works through (sync-port.ts)
 *   backup    the narrow port backups and restores work through (backup-port.ts)
 *   keyChange changing the notebook's key (key-change.ts)
 *
 * This class makes them, holds the installation's policy once it is given, and runs the notebook's
 * life: create, join, unlock, change the passphrase, lock. Everything that writes or opens and
 * closes the session goes through one work queue, so nothing interleaves at an `await`: a lock
 * asked for during a save waits for that save to commit, then zeroes the keys.
 *
 * It runs in a Web Worker (vault.worker.ts) so Argon2id and bulk decryption never freeze the
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
import { randomBytes, toHex } from '@shared/crypto/bytes';
import { generateRecoveryCode, normalizeRecoveryCode } from '@shared/crypto/recovery-code';
import { assertPassphraseStrongEnough } from './passphrase-check';
import { say } from '@shared/messages';
import type { PinnedAgencyKey } from '@shared/agency/agency-keys';
import type { VaultDatabase } from './database';
import { MetaStore } from './meta-store';
import { KeyRing, type Session, type VaultEvent } from './session';
import { WorkQueue } from './work-queue';
import { systemClock, type Clock } from './clock';
import { AuditLog } from './audit-log';
import { RecordStore } from './record-store';
import { DraftStore } from './drafts';
import { SyncPort } from './sync-port';
import { BackupPort } from './backup-port';
import { KeyChanger, type PreparedHeader } from './key-change';
import type { KeyChangeProgress } from './key-change-run';
import { SettingsStore } from './settings-store';
import { agencySlotFor, pinnedAgencyKeys } from './agency-slots';
import type { VaultSettings } from './settings';
import type { VaultPolicy } from './vault-policy';
import type { CoreParts } from './core-parts';
import { InvalidInputError, NoVaultError, PolicyNotGivenError, VaultExistsError } from './errors';

export type { DecryptedRecord } from './record-codec';
export type { VaultEvent } from './session';

export interface VaultStatus {
  state: 'none' | 'locked' | 'unlocked';
  /** After a recovery-code unlock the peer must choose a new passphrase before anything else. */
  mustChangePassphrase: boolean;
  settings: VaultSettings;
  /** True only in the answer to the unlock that added the agency's recovery slot, so the peer is told once. */
  agencySlotAdded: boolean;
  /** A key change under way (the app waits behind its progress until it finishes); null when none is. */
  keyChange: KeyChangeProgress | null;
  /** Records found damaged while the notebook has been open (the top bar says so, and lists them). */
  damagedRecords: number;
}

export interface VaultOptions {
  /** The time the core goes by (tests set it); the system's clock by default. */
  clock?: Clock;
  /** Argon2id cost for new key slots; by default calibrated on this machine. */
  kdfCost?: () => KdfCost;
  /** Rows sealed again per step of a key change (tests make it small to stop between pages). */
  keyChangePageSize?: number;
}

export class Vault {
  readonly records: RecordStore;
  readonly audit: AuditLog;
  readonly drafts: DraftStore;
  readonly sync: SyncPort;
  readonly backup: BackupPort;
  readonly keyChange: KeyChanger;
  readonly settings: SettingsStore;
  readonly clock: Clock;
  private readonly keys: KeyRing;
  private readonly meta: MetaStore;
  private readonly queue = new WorkQueue();
  private givenPolicy: VaultPolicy | null = null;
  private pendingCreation: PreparedHeader | null = null;

  constructor(
    private readonly db: VaultDatabase,
    /** The worker's one libsodium: its handlers derive and seal with it too. */
    readonly sodium: Sodium,
    private readonly options: VaultOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.keys = new KeyRing(sodium);
    this.meta = new MetaStore(db);
    this.audit = new AuditLog(db, this.meta, sodium, this.keys);
    const core: CoreParts = { db, sodium, keys: this.keys, meta: this.meta, audit: this.audit, queue: this.queue, clock: this.clock };
    this.records = new RecordStore(core);
    this.drafts = new DraftStore(core);
    this.sync = new SyncPort(core, this.records);
    this.backup = new BackupPort(core, this.records, (header, vaultKey, openedWith) => this.createFromBackup(header, vaultKey, openedWith));
    this.keyChange = new KeyChanger(core, { policy: () => this.policy, kdfCost: options.kdfCost, pageSize: options.keyChangePageSize });
    this.settings = new SettingsStore(core, () => this.policy);
  }

  /** The installation's policy, given once as the app starts; every rule of it the core enforces comes from here. */
  configure(policy: VaultPolicy): void {
    this.givenPolicy = policy;
  }

  get policy(): VaultPolicy {
    if (!this.givenPolicy) throw new PolicyNotGivenError();
    return this.givenPolicy;
  }

  async status(): Promise<VaultStatus> {
    const [header, settings] = await Promise.all([this.meta.get('header'), this.settings.read()]);
    const session = this.keys.current;
    return {
      state: session ? 'unlocked' : header ? 'locked' : 'none',
      mustChangePassphrase: session?.openedWith === 'recovery',
      settings,
      agencySlotAdded: false,
      keyChange: this.keyChange.progress,
      damagedRecords: session?.damaged.size ?? 0,
    };
  }

  /**
   * Step one of creating a vault: builds the header and recovery code in memory only. Nothing is
   * stored until the peer confirms they saved the code, so a code nobody saw never guards a vault.
   */
  async prepareCreate(passphrase: string): Promise<{ recoveryCode: string }> {
    if (await this.meta.get('header')) throw new VaultExistsError();
    const policy = this.policy;
    await assertPassphraseStrongEnough(passphrase, policy.minimumPassphraseScore);
    const agencyKeys = pinnedAgencyKeys(this.sodium, policy);
    this.discardPendingCreation();
    const recoveryCode = generateRecoveryCode();
    const created = createVaultHeader(this.sodium, { passphrase, recoveryCode, cost: this.kdfCost() });
    const header = addAgencySlots(created.header, this.agencySlots(created.vaultKey, agencyKeys));
    this.pendingCreation = { header, vaultKey: created.vaultKey };
    return { recoveryCode };
  }

  /** Step two: the peer saved the recovery code; store the header and open the vault. */
  confirmCreate(): Promise<VaultStatus> {
    const pending = this.pendingCreation;
    if (!pending) throw new InvalidInputError(say('vault.startAgain'));
    // Handed over before opening: opening locks first, which would zero a key still pending.
    this.pendingCreation = null;
    return this.lifecycle(() => this.establish(pending.header, pending.vaultKey, 'passphrase'));
  }

  /**
   * Joins a notebook made on another computer from its header (read from a sync folder): the
   * secret is checked against the header's key slots, and a header below the key-derivation floor
   * is refused before any work. This computer gets its own device id; the records follow by sync.
   */
  async join(input: { header: unknown; passphrase?: string; recoveryCode?: string }): Promise<VaultStatus> {
    if (await this.meta.get('header')) throw new VaultExistsError();
    const header = parseVaultHeader(input.header);
    if (input.recoveryCode === undefined) {
      const { vaultKey } = unlockVaultKey(this.sodium, header, 'passphrase', input.passphrase ?? '');
      return this.createFromBackup(header, vaultKey, 'passphrase');
    }
    const code = normalizeRecoveryCode(input.recoveryCode);
    if (!code) throw new InvalidInputError(say('vault.notARecoveryCode'));
    return this.createFromBackup(header, unlockVaultKey(this.sodium, header, 'recovery', code).vaultKey, 'recovery');
  }

  /** Opens the vault; when the policy requires an agency slot it does not have yet, adds it (and says so). */
  unlock(passphrase: string): Promise<VaultStatus> {
    return this.unlockWith('passphrase', passphrase);
  }

  unlockWithRecoveryCode(code: string): Promise<VaultStatus> {
    const normalized = normalizeRecoveryCode(code);
    if (!normalized) return Promise.reject(new InvalidInputError(say('vault.notARecoveryCode')));
    return this.unlockWith('recovery', normalized);
  }

  /**
   * Rewraps the vault key under a new passphrase: no record is re-encrypted, the old passphrase
   * stops working and the recovery code keeps working. The current passphrase is asked for
   * unless the vault was just opened with the recovery code (the peer forgot it).
   */
  changePassphrase(input: { currentPassphrase?: string; newPassphrase: string }): Promise<VaultStatus> {
    return this.lifecycle(async () => {
      const session = this.keys.require();
      if (session.openedWith === 'passphrase') unlockVaultKey(this.sodium, session.header, 'passphrase', input.currentPassphrase ?? '');
      await assertPassphraseStrongEnough(input.newPassphrase, this.policy.minimumPassphraseScore);
      const header = rewrapPassphrase(this.sodium, session.header, {
        vaultKey: session.vaultKey,
        newPassphrase: input.newPassphrase,
        cost: this.kdfCost(),
      });
      await this.meta.put('header', header);
      session.header = header;
      session.openedWith = 'passphrase';
    });
  }

  /**
   * Zeroes the keys and forgets every decrypted value, after every write asked for before it
   * (a draft kept just before locking, a save under way) has committed.
   */
  lock(): Promise<void> {
    return this.queue.run(async () => this.close());
  }

  /** The stored header (key slots only, no key): what a sync folder keeps so another computer can join. */
  async storedHeader(): Promise<VaultHeader> {
    this.keys.require();
    return this.requireHeader();
  }

  /** Follows the vault: opened, locked, and every record written (a delete is a tombstone). Returns the unfollow. */
  listen(listener: (event: VaultEvent) => void): () => void {
    return this.keys.listen(listener);
  }

  get isUnlocked(): boolean {
    return this.keys.isOpen;
  }

  get vaultId(): string {
    return this.keys.require().header.vaultId;
  }

  /** This device's id: audit events and sync segments name the device that wrote them. */
  get deviceId(): string {
    return this.keys.require().clock.deviceId;
  }

  /**
   * First run from a backup or a sync folder: this computer's notebook takes that header (its id
   * and key slots, so the same passphrase and recovery code open it) and opens, empty.
   */
  private createFromBackup(header: VaultHeader, vaultKey: Uint8Array, openedWith: Session['openedWith']): Promise<VaultStatus> {
    this.discardPendingCreation();
    return this.lifecycle(() => this.establish(header, vaultKey, openedWith));
  }

  /** Runs a change of the notebook's life in the queue, and answers with the status after it. */
  private async lifecycle(change: () => Promise<void>): Promise<VaultStatus> {
    await this.queue.run(change);
    return this.status();
  }

  private async unlockWith(kind: 'passphrase' | 'recovery', secret: string): Promise<VaultStatus> {
    let slotAdded = false;
    const status = await this.lifecycle(async () => {
      const header = await this.requireHeader();
      const agencyKeys = pinnedAgencyKeys(this.sodium, this.policy);
      const { vaultKey } = unlockVaultKey(this.sodium, header, kind, secret);
      const missing = agencyKeys.filter((key) => !header.agencySlots.some((slot) => slot.keyFingerprint === key.fingerprint));
      const withSlots = addAgencySlots(header, this.agencySlots(vaultKey, missing));
      if (withSlots !== header) await this.meta.put('header', withSlots);
      slotAdded = withSlots !== header;
      await this.open(withSlots, vaultKey, kind);
    });
    return { ...status, agencySlotAdded: slotAdded };
  }

  /** Stores a new notebook's header with a fresh device id, and opens it. Inside the queue. */
  private async establish(header: VaultHeader, vaultKey: Uint8Array, openedWith: Session['openedWith']): Promise<void> {
    if (await this.meta.get('header')) {
      this.sodium.memzero(vaultKey);
      throw new VaultExistsError();
    }
    const deviceId = toHex(randomBytes(8));
    await this.db.transaction('rw', this.db.meta, () =>
      this.meta.putMany([
        { key: 'header', value: header },
        { key: 'deviceId', value: deviceId },
      ]),
    );
    await this.open(header, vaultKey, openedWith);
  }

  /** Opens a session; a key change left pending (the app was closed during it) carries on instead. Inside the queue. */
  private async open(header: VaultHeader, vaultKey: Uint8Array, openedWith: Session['openedWith']): Promise<void> {
    this.close();
    const [deviceId, clockState, pending] = await this.meta.getMany(['deviceId', 'clock', 'keyChange'] as const);
    if (!deviceId) throw new NoVaultError();
    const session = this.keys.open({ header, vaultKey, openedWith, deviceId, clockState, now: () => this.clock.now().getTime() });
    if (pending) this.keyChange.resume(session, pending);
    else this.keys.emit({ type: 'opened' });
  }

  /** Zeroes the keys and drops everything held in memory. Inside the queue. */
  private close(): void {
    this.keyChange.forget();
    this.discardPendingCreation();
    if (this.keys.close()) this.keys.emit({ type: 'locked' });
  }

  private async requireHeader(): Promise<VaultHeader> {
    const header = await this.meta.get('header');
    if (!header) throw new NoVaultError();
    return header;
  }

  private agencySlots(vaultKey: Uint8Array, keys: readonly PinnedAgencyKey[]) {
    return keys.map((key) => agencySlotFor(this.sodium, vaultKey, key));
  }

  private kdfCost(): KdfCost {
    return this.options.kdfCost ? this.options.kdfCost() : calibrateKdfCost(this.sodium);
  }

  private discardPendingCreation(): void {
    if (this.pendingCreation) this.sodium.memzero(this.pendingCreation.vaultKey);
    this.pendingCreation = null;
  }
}
