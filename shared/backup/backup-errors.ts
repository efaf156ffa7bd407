/**
 * Why a backup file could not be read or opened, one class per case. Each message says what it
 * means for the peer and what to do; callers branch on the class, never on the message. Every one
 * is raised before anything from the file is handed on, so a refused file changes nothing.
 */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The file does not start like a Peer Notebook backup (another file was chosen). */
export class NotABackupError extends BackupFileError {
  constructor() {
    super('This file is not a Peer Notebook backup. Choose a backup file (its name ends in .pnbackup) made by Peer Notebook.');
  }
}

/** A backup format this version cannot read: a newer Peer Notebook made it. */
export class BackupFromNewerVersionError extends BackupFileError {
  constructor(readonly formatVersion: number) {
    super(`This backup was made by a newer version of Peer Notebook (backup format ${formatVersion}). Update Peer Notebook on this computer, then open the backup again.`);
  }
}

/** The file stops before its final part: an unfinished copy, or a drive removed mid-write. */
export class BackupTruncatedError extends BackupFileError {
  constructor() {
    super('This backup file ends early: it was not copied completely, or the drive was removed while it was being written. Nothing was restored. Copy it again from where it was made, or use an earlier backup.');
  }
}

/** Some bytes changed after the file was written (a failing drive, a bad copy, an edit). */
export class BackupDamagedError extends BackupFileError {
  constructor(readonly where: string) {
    super(`This backup file is damaged (${where}), so it cannot be trusted. Nothing was restored. Use another copy or an earlier backup.`);
  }
}

/** The body's parts are not in the order they were written (rearranged or spliced). */
export class BackupChunksOutOfOrderError extends BackupFileError {
  constructor(
    readonly expectedIndex: number,
    readonly foundIndex: number,
  ) {
    super(`Parts of this backup file are out of order (part ${foundIndex} where part ${expectedIndex} belongs), so it cannot be trusted. Nothing was restored. Use another copy or an earlier backup.`);
  }
}

export type BackupSecretKind = 'passphrase' | 'recovery code' | 'agency key' | 'vault key';

/** The passphrase, recovery code or key given does not open this backup. */
export class BackupWrongKeyError extends BackupFileError {
  constructor(
    readonly secret: BackupSecretKind,
    hint: string,
  ) {
    super(`That ${secret} doesn't open this backup. ${hint} Nothing has changed.`);
  }
}

/** The header's bytes are intact but were changed after the backup was made, so none of it is trusted. */
export class BackupHeaderTamperedError extends BackupFileError {
  constructor() {
    super("This backup's header was changed after the backup was made, so it cannot be trusted and was not opened. Use another copy or an earlier backup.");
  }
}
