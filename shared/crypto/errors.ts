/**
 * Typed failures of the crypto layer. Each says what happened in words a peer can act on;
 * callers branch on the class, never on the message.
 */
export class CryptoFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The passphrase or recovery code did not open any key slot. */
export class WrongSecretError extends CryptoFailure {
  constructor(what: 'passphrase' | 'recovery code') {
    super(`That ${what} doesn't open this notebook. Check it and try again; nothing has changed.`);
  }
}

/**
 * A stored ciphertext did not authenticate: it was changed, moved to another record or revision,
 * or sealed under another key. Its contents are never returned.
 */
export class TamperedDataError extends CryptoFailure {
  constructor(what: string) {
    super(`${what} could not be verified: it was changed or does not belong here. It has not been opened.`);
  }
}

/** Key-derivation parameters weaker than the floor: refused, so a tampered header cannot weaken a passphrase. */
export class WeakKdfParametersError extends CryptoFailure {
  constructor(detail: string) {
    super(
      `This notebook's key settings are weaker than Peer Notebook allows (${detail}). It may have been tampered with, so it was not opened.`,
    );
  }
}

/** A format version this build does not know (a newer app wrote it, or it is not ours). */
export class UnsupportedFormatError extends CryptoFailure {
  constructor(what: string, version: unknown) {
    super(`${what} uses format version ${String(version)}, which this version of Peer Notebook cannot read. Update the app and try again.`);
  }
}
