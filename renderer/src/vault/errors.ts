/** Failures of the vault a peer can act on; the UI shows `message`, in the peer's language. */
import { say } from '@shared/messages';

export class VaultLockedError extends Error {
  constructor() {
    super(say('vault.locked'));
    this.name = 'VaultLockedError';
  }
}

export class NoVaultError extends Error {
  constructor() {
    super(say('vault.none'));
    this.name = 'NoVaultError';
  }
}

export class VaultExistsError extends Error {
  constructor() {
    super(say('vault.exists'));
    this.name = 'VaultExistsError';
  }
}

/** A key change is under way: nothing is read or written until every record is under the new key. */
export class KeyChangePendingError extends Error {
  constructor() {
    super(say('vault.keyChanging'));
    this.name = 'KeyChangePendingError';
  }
}

/** The notebook has an agency slot this installation cannot seal the new key to: the key is not changed. */
export class AgencySlotNotResealableError extends Error {
  constructor(readonly label: string) {
    super(say('keyChange.agencySlotNotResealable', { label }));
    this.name = 'AgencySlotNotResealableError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} could not be found. It may have been removed.`);
    this.name = 'RecordNotFoundError';
  }
}

/**
 * A stored record that does not open (changed on disk, damaged, or written by a newer app). Lists
 * leave it out and carry on; opening it alone says so, with what to do, and never names its id.
 */
export class DamagedRecordError extends Error {
  constructor() {
    super(say('vault.recordDamaged'));
    this.name = 'DamagedRecordError';
  }
}

/** The app asked the vault before telling it the installation's policy: a mistake in the app, not the peer's. */
export class PolicyNotGivenError extends Error {
  constructor() {
    super('The vault was used before it was given the installation policy (vault.configure).');
    this.name = 'PolicyNotGivenError';
  }
}

/**
 * Input the rules turned down. `messages` keeps each rule's message on its own (the `message`
 * is them joined), so the window can translate them one by one.
 */
export class InvalidInputError extends Error {
  readonly messages: readonly string[];
  constructor(messages: string | readonly string[]) {
    const list = typeof messages === 'string' ? [messages] : messages;
    super(list.join(' '));
    this.name = 'InvalidInputError';
    this.messages = list;
  }
}
