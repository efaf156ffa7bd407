/** Failures of the admin tool that are the caller's to fix, each with the exit code it ends with. */
export class AdminError extends Error {
  constructor(
    message: string,
    /** 2: the command was not used as documented; 1: it ran and could not do what was asked. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UsageError extends AdminError {
  constructor(message: string) {
    super(message, 2);
  }
}
