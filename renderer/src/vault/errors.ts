/** Failures of the vault a peer can act on; the UI shows `message` as it is. */
export class VaultLockedError extends Error {
  constructor() {
    super('Your notebook is locked. Unlock it to carry on.');
    this.name = 'VaultLockedError';
  }
}

export class NoVaultError extends Error {
  constructor() {
    super('There is no notebook on this computer yet. Create one to begin.');
    this.name = 'NoVaultError';
  }
}

export class VaultExistsError extends Error {
  constructor() {
    super('This computer already has a notebook. Unlock it instead of creating another.');
    this.name = 'VaultExistsError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} could not be found. It may have been removed.`);
    this.name = 'RecordNotFoundError';
  }
}

export class InvalidInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}
