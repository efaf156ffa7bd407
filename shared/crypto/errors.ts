/**
 * Typed failures of the crypto layer. Each says what happened in words a peer can act on
 * (shared/messages.ts); callers branch on the class, never on the message.
 */
import { MessageError, say } from '../messages';

export class CryptoFailure extends MessageError {}

/** The passphrase or recovery code did not open any key slot. */
export class WrongSecretError extends CryptoFailure {
  constructor(what: 'passphrase' | 'recovery code') {
    super(say(what === 'passphrase' ? 'vault.wrongPassphrase' : 'vault.wrongRecoveryCode'));
  }
}

/**
 * A stored ciphertext did not authenticate: it was changed, moved to another record or revision,
 * or sealed under another key. Its contents are never returned.
 */
export class TamperedDataError extends CryptoFailure {
  constructor(what: string) {
    super(say('crypto.tampered', { what }));
  }
}

/** Key-derivation parameters weaker than the floor: refused, so a tampered header cannot weaken a passphrase. */
export class WeakKdfParametersError extends CryptoFailure {
  constructor(detail: string) {
    super(say('crypto.weakKdf', { detail }));
  }
}

/** A format version this build does not know (a newer app wrote it, or it is not ours). */
export class UnsupportedFormatError extends CryptoFailure {
  constructor(what: string, version: unknown) {
    super(say('crypto.unsupportedFormat', { what, version: String(version) }));
  }
}
