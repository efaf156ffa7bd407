/**
 * Changing the notebook's key (after a suspected compromise), as the vault core carries it out:
 * prepared in memory with the passphrase and a new one, confirmed once the peer saved the new
 * recovery code, then run a page at a time (key-change-run.ts) and finished in one transaction.
 * A change made on another computer is taken on from the sync folder's header. A change left
 * pending by a closed app carries on when the notebook next opens. While it runs, ordinary reads
 * and writes are refused (KeyChangePendingError); every step goes through the work queue.
 */
import { calibrateKdfCost, type KdfCost } from '@shared/crypto/kdf';
import { parseVaultHeader, unlockVaultKey, type VaultHeader } from '@shared/crypto/vault-header';
import { nextGenerationHeader, openRetiredKeys, unwrapVaultKey, wrapVaultKey } from '@shared/crypto/vault-key-change';
import { generateRecoveryCode } from '@shared/crypto/recovery-code';
import { assertPassphraseStrongEnough } from './passphrase-check';
import { say } from '@shared/messages';
import type { CoreParts } from './core-parts';
import type { PendingKeyChange } from './meta-store';
import { resealDigest, type DigestName } from './record-digest';
import { KeyChangeRun, type KeyChangeProgress } from './key-change-run';
import { deriveVaultKeys } from './vault-keys';
import { agencySlotFor, pinnedAgencyKeys } from './agency-slots';
import type { Session } from './session';
import type { VaultPolicy } from './vault-policy';
import { AgencySlotNotResealableError, InvalidInputError, VaultLockedError } from './errors';

/** A header and its vault key made in memory, stored only once the peer confirms they saved the recovery code. */
export interface PreparedHeader {
  header: VaultHeader;
  vaultKey: Uint8Array;
}

const DIGEST_NAMES: readonly DigestName[] = ['unsignedNotes', 'conflictedRecords'];

export class KeyChanger {
  private prepared: PreparedHeader | null = null;
  private run: KeyChangeRun | null = null;

  constructor(
    private readonly core: CoreParts,
    private readonly options: { policy: () => VaultPolicy; kdfCost?: () => KdfCost; pageSize?: number },
  ) {}

  get progress(): KeyChangeProgress | null {
    return this.run?.progress ?? null;
  }

  /**
   * Step one: checks the passphrase, and makes the next generation's header in memory only (a new
   * vault key, passphrase and recovery code, every agency slot sealed again). Both secrets change:
   * a key change after someone saw either would protect nothing if it still opened the new key. An
   * agency slot this installation has no pinned key for is refused before anything changes.
   */
  async prepare(input: { passphrase: string; newPassphrase: string }): Promise<{ recoveryCode: string }> {
    const { sodium, keys } = this.core;
    const session = keys.require();
    const policy = this.options.policy();
    sodium.memzero(unlockVaultKey(sodium, session.header, 'passphrase', input.passphrase).vaultKey);
    if (input.newPassphrase.normalize('NFC') === input.passphrase.normalize('NFC'))
      throw new InvalidInputError(say('keyChange.samePassphrase'));
    await assertPassphraseStrongEnough(input.newPassphrase, policy.minimumPassphraseScore);
    const agencyKeys = pinnedAgencyKeys(sodium, policy);
    const unsealable = session.header.agencySlots.find((slot) => !agencyKeys.some((key) => key.fingerprint === slot.keyFingerprint));
    if (unsealable) throw new AgencySlotNotResealableError(unsealable.label);
    this.discardPrepared();
    const recoveryCode = generateRecoveryCode();
    this.prepared = nextGenerationHeader(sodium, session.header, {
      currentKey: session.vaultKey,
      passphrase: input.newPassphrase,
      recoveryCode,
      cost: (this.options.kdfCost ?? (() => calibrateKdfCost(sodium)))(),
      sealForAgencies: (vaultKey) => agencyKeys.map((key) => agencySlotFor(sodium, vaultKey, key)),
    });
    return { recoveryCode };
  }

  /** Step two: the peer saved the new recovery code; the change is stored and starts. */
  confirm(): Promise<void> {
    return this.core.queue.run(async () => {
      const prepared = this.prepared;
      if (!prepared) throw new InvalidInputError(say('keyChange.startAgain'));
      this.prepared = null;
      await this.start(this.core.keys.require(), prepared, 'here');
    });
  }

  /** Takes on a change made on another computer: the folder's header of a later generation, opened with its passphrase. */
  adopt(input: { header: unknown; passphrase: string }): Promise<void> {
    return this.core.queue.run(async () => {
      const session = this.core.keys.require();
      const target = parseVaultHeader(input.header);
      if (target.vaultId !== session.header.vaultId) throw new InvalidInputError(say('keyChange.otherNotebook'));
      if (target.keyGeneration <= session.header.keyGeneration) throw new InvalidInputError(say('keyChange.notNewer'));
      const { vaultKey } = unlockVaultKey(this.core.sodium, target, 'passphrase', input.passphrase);
      await this.start(session, { header: target, vaultKey }, 'adopted');
    });
  }

  /** One step of the change under way (a page of rows, or the last step). */
  continue(): Promise<void> {
    return this.core.queue.run(async () => {
      const session = this.core.keys.requireOpen();
      const run = this.run;
      if (run?.pending.stage === 'finish') await this.finish(session, run);
      else if (run) await run.step(this.options.pageSize);
    });
  }

  /** The notebook opened with a change left pending (the app closed during it): it carries on. Inside the queue. */
  resume(session: Session, pending: PendingKeyChange): void {
    const { sodium, keys } = this.core;
    let nextKey: Uint8Array;
    try {
      nextKey = unwrapVaultKey(
        sodium,
        session.vaultKey,
        { vaultId: session.header.vaultId, role: 'next', generation: pending.target.keyGeneration },
        pending.nextKey,
      );
    } catch (error) {
      // Half the rows may be under the next key already: the notebook stays locked rather than open without it.
      keys.close();
      throw error;
    }
    this.begin(new KeyChangeRun(this.core.db, this.core.meta, sodium, pending, session, deriveVaultKeys(sodium, nextKey)));
  }

  /** The notebook locked: the next keys and any prepared header are zeroed. */
  forget(): void {
    this.run?.forget();
    this.run = null;
    this.discardPrepared();
  }

  private begin(run: KeyChangeRun): void {
    this.run = run;
    this.core.keys.changingKey = true;
  }

  /**
   * Stores a change of key as pending and starts it. The audit chain is checked, the rows counted
   * and the pending change stored in one transaction.
   */
  private async start(session: Session, next: PreparedHeader, origin: PendingKeyChange['origin']): Promise<void> {
    const { db, sodium, meta, audit, keys } = this.core;
    const run = await db.transaction('rw', db.records, db.audit, db.meta, async () => {
      const [{ integrity, count }, records] = await Promise.all([audit.checkInTransaction(session), db.records.count()]);
      keys.assertCurrent(session);
      const pending: PendingKeyChange = {
        target: next.header,
        nextKey: wrapVaultKey(
          sodium,
          session.vaultKey,
          { vaultId: session.header.vaultId, role: 'next', generation: next.header.keyGeneration },
          next.vaultKey,
        ),
        origin,
        auditIntegrity: integrity,
        stage: 'records',
        recordsAfter: '',
        auditAfter: 0,
        auditLink: null,
        unreadable: 0,
        done: 0,
        total: records + count,
      };
      await meta.put('keyChange', pending);
      return new KeyChangeRun(db, meta, sodium, pending, session, deriveVaultKeys(sodium, next.vaultKey));
    });
    this.begin(run);
  }

  /**
   * The last step: the digests sealed again, the new chain's sealed head, the target header stored
   * and the pending change dropped, and the "key changed" event, in one transaction. Then the
   * session is the new key's, the old keys are zeroed, and the vault opens again.
   */
  private async finish(session: Session, run: KeyChangeRun): Promise<void> {
    const { db, sodium, meta, audit, keys, clock } = this.core;
    const target = run.pending.target;
    const nextKeys = { header: target, ...run.to };
    const finished = await db.transaction('rw', [db.meta, db.audit, db.records, db.drafts], async () => {
      const [pending, ...digests] = await meta.getMany(['keyChange', ...DIGEST_NAMES] as const);
      if (!pending) return false;
      if (this.run !== run) throw new VaultLockedError();
      const resealKeys = { from: session.recordKey, to: run.to.recordKey };
      for (const [i, name] of DIGEST_NAMES.entries()) {
        const resealed = resealDigest(sodium, target.vaultId, name, digests[i], resealKeys);
        if (resealed) await meta.put(name, resealed);
        else await meta.delete(name);
      }
      await meta.put('header', target);
      await meta.delete('keyChange');
      // Drafts were sealed under the old key: they go with it (the screens that kept them are closed meanwhile).
      await db.drafts.clear();
      if (run.auditHead) await meta.put('auditHead', audit.sealHead(nextKeys, run.auditHead));
      const event = {
        at: clock.now().toISOString(),
        actor: session.clock.deviceId,
        action: 'change' as const,
        personId: null,
        ...run.changeNote(),
      };
      await audit.appendInTransaction({ ...session, ...nextKeys }, [event]);
      return true;
    });
    if (!finished) return;
    this.run = null;
    keys.changingKey = false;
    keys.replace(session, { ...session, ...nextKeys, retiredKeys: openRetiredKeys(sodium, target, run.to.vaultKey) });
    keys.emit({ type: 'opened' });
  }

  private discardPrepared(): void {
    if (this.prepared) this.core.sodium.memzero(this.prepared.vaultKey);
    this.prepared = null;
  }
}
