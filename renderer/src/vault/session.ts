/**
 * The key ring: the one open session of the notebook, with every key its vault key opens, and what
 * is kept in memory only while it is open (decrypted records, the sealed digests opened, records
 * found damaged). Locking zeroes the keys and drops all of it.
 *
 * Every read and write captures the session it started in, and checks it is still the open one
 * after each wait: a lock in between turns the rest of that work into VaultLockedError, so nothing
 * is sealed under zeroed keys or put back into a cache after the lock.
 */
import type { Sodium } from '@shared/crypto/sodium';
import { deriveVaultSubkey, type SubkeyPurpose } from '@shared/crypto/subkeys';
import { TamperedDataError } from '@shared/crypto/errors';
import { openRetiredKeys } from '@shared/crypto/vault-key-change';
import type { VaultHeader } from '@shared/crypto/vault-header';
import { HybridClock, type ClockState } from '@shared/sync/hlc';
import { SyncSegmentUnreadableError } from '@shared/sync/sync-segment';
import type { DecryptedRecord } from './record-codec';
import type { DigestSession } from './record-digest';
import { DamagedRecords } from './damaged-records';
import { deriveVaultKeys, forgetVaultKeys, type VaultKeys } from './vault-keys';
import { KeyChangePendingError, VaultLockedError } from './errors';

export interface Session extends VaultKeys {
  header: VaultHeader;
  /** Vault keys the header retired: only to open what another computer wrote before it learnt of a key change. */
  retiredKeys: Uint8Array[];
  clock: HybridClock;
  openedWith: 'passphrase' | 'recovery';
  /** Decrypted bodies by record id, valid for the stored revision. */
  cache: Map<string, DecryptedRecord>;
  damaged: DamagedRecords;
  /** The sealed digests, each opened (or rebuilt) on first use. */
  digests?: DigestSession;
}

/**
 * What happened to the vault, for what is kept in memory beside it (the search index).
 * 'saved-many': records were written while 'saved' events were held (holdSavedEvents): whatever
 * follows the records should read them again.
 */
export type VaultEvent =
  { type: 'opened' } | { type: 'locked' } | { type: 'saved'; records: readonly DecryptedRecord[] } | { type: 'saved-many' };

/** Did not open under this key (another key may open it), as opposed to any other failure. */
const doesNotOpen = (error: unknown) =>
  error instanceof TamperedDataError || (error instanceof SyncSegmentUnreadableError && error.reason === 'does-not-open');

export class KeyRing {
  private session: Session | null = null;
  /** Set while a key change runs: ordinary reads and writes wait for it (KeyChangePendingError). */
  changingKey = false;
  private readonly listeners = new Set<(event: VaultEvent) => void>();
  /** Bulk writes under way that hold back 'saved' events (holdSavedEvents). */
  private holdingSaves = 0;

  constructor(private readonly sodium: Sodium) {}

  /** Opens a session on a vault key (the ring keeps it, and zeroes it on close). */
  open(input: {
    header: VaultHeader;
    vaultKey: Uint8Array;
    openedWith: Session['openedWith'];
    deviceId: string;
    clockState: ClockState | undefined;
    now: () => number;
  }): Session {
    this.close();
    const session: Session = {
      header: input.header,
      ...deriveVaultKeys(this.sodium, input.vaultKey),
      retiredKeys: openRetiredKeys(this.sodium, input.header, input.vaultKey),
      clock: new HybridClock(input.deviceId, input.clockState, input.now),
      openedWith: input.openedWith,
      cache: new Map(),
      damaged: new DamagedRecords(),
    };
    this.session = session;
    return session;
  }

  /** Swaps the open session for another of the same notebook (a key change finished): the old keys are zeroed. */
  replace(session: Session, next: Omit<Session, 'cache' | 'damaged' | 'digests'>): Session {
    this.assertCurrent(session);
    const opened: Session = { ...next, cache: new Map(), damaged: new DamagedRecords(), digests: undefined };
    this.session = opened;
    this.forget(session);
    return opened;
  }

  /** Zeroes every key and drops everything decrypted. Returns whether a session was open. */
  close(): boolean {
    const session = this.session;
    this.session = null;
    this.changingKey = false;
    if (!session) return false;
    this.forget(session);
    return true;
  }

  get current(): Session | null {
    return this.session;
  }

  get isOpen(): boolean {
    return this.session !== null;
  }

  /** The open session for ordinary reads and writes: refused while the key changes. */
  require(): Session {
    const session = this.requireOpen();
    if (this.changingKey) throw new KeyChangePendingError();
    return session;
  }

  requireOpen(): Session {
    if (!this.session) throw new VaultLockedError();
    return this.session;
  }

  isCurrent(session: Session): boolean {
    return this.session === session;
  }

  /** After a wait: the session work started in is still the open one, or the work stops here. */
  assertCurrent(session: Session): void {
    if (this.session !== session) throw new VaultLockedError();
  }

  withSubkey<T>(vaultKey: Uint8Array, purpose: SubkeyPurpose, work: (key: Uint8Array) => T): T {
    const key = deriveVaultSubkey(this.sodium, vaultKey, purpose);
    try {
      return work(key);
    } finally {
      this.sodium.memzero(key);
    }
  }

  /** Opens with the current vault key, else with each retired one; when none opens, the current key's failure is thrown. */
  withAnyKey<T>(session: Session, open: (vaultKey: Uint8Array) => T): T {
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

  /** Follows the vault: opened, locked, and every record written (a delete is a tombstone). Returns the unfollow. */
  listen(listener: (event: VaultEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: VaultEvent): void {
    if (event.type === 'saved' && this.holdingSaves > 0) return;
    for (const listener of this.listeners) listener(event);
  }

  /**
   * For a bulk write (a restore of thousands of records): no 'saved' event until the returned
   * release is called, which announces them all as one 'saved-many' (if still open). Taking in
   * one record at a time is what made a large restore slow; reading them again once is not.
   * Release exactly once, whether the writes succeeded or not.
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

  private forget(session: Session): void {
    forgetVaultKeys(this.sodium, session);
    for (const key of session.retiredKeys) this.sodium.memzero(key);
    session.cache.clear();
    session.digests?.forget();
  }
}

export type { VaultKeys };
