/** Failures of the vault a peer can act on: each carries its messages (shared/messages.ts), which the window words in the peer's language. */
import { type Message, MessageError, type MessageKey, say } from '@shared/messages';

export class VaultLockedError extends MessageError {
  constructor() {
    super(say('vault.locked'));
  }
}

export class NoVaultError extends MessageError {
  constructor() {
    super(say('vault.none'));
  }
}

export class VaultExistsError extends MessageError {
  constructor() {
    super(say('vault.exists'));
  }
}

/** A key change is under way: nothing is read or written until every record is under the new key. */
export class KeyChangePendingError extends MessageError {
  constructor() {
    super(say('vault.keyChanging'));
  }
}

/** The notebook has an agency slot this installation cannot seal the new key to: the key is not changed. */
export class AgencySlotNotResealableError extends MessageError {
  constructor(readonly label: string) {
    super(say('keyChange.agencySlotNotResealable', { label }));
  }
}

/** What could not be found ("That note"), as a message of its own. */
export type NotFoundKey = Extract<MessageKey, `notFound.${string}`>;

export class RecordNotFoundError extends MessageError {
  constructor(what: NotFoundKey) {
    super(say(what));
  }
}

/**
 * A stored record that does not open (changed on disk, damaged, or written by a newer app). Lists
 * leave it out and carry on; opening it alone says so, with what to do, and never names its id.
 */
export class DamagedRecordError extends MessageError {
  constructor() {
    super(say('vault.recordDamaged'));
  }
}

/** The app asked the vault before telling it the installation's policy: a mistake in the app, not the peer's. */
export class PolicyNotGivenError extends Error {
  constructor() {
    super('The vault was used before it was given the installation policy (vault.configure).');
    this.name = 'PolicyNotGivenError';
  }
}

/** Input the rules turned down, with each rule's message. */
export class InvalidInputError extends MessageError {
  constructor(messages: Message | readonly Message[]) {
    super(messages);
  }
}
