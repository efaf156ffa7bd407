/**
 * Why a backup file could not be read or opened, one class per case. Each message says what it
 * means for the peer and what to do; callers branch on the class, never on the message. Every one
 * is raised before anything from the file is handed on, so a refused file changes nothing. The
 * words live in shared/messages.ts, so the window can show them in the peer's language.
 */
import { type Message, MessageError, type MessagePart, say } from '../messages';

export class BackupFileError extends MessageError {}

/** The file does not start like a Peer Notebook backup (another file was chosen). */
export class NotABackupError extends BackupFileError {
  constructor() {
    super(say('backup.notABackup'));
  }
}

/** A backup format this version cannot read: a newer Peer Notebook made it. */
export class BackupFromNewerVersionError extends BackupFileError {
  constructor(readonly formatVersion: number) {
    super(say('backup.newerVersion', { version: formatVersion }));
  }
}

/** The file stops before its final part: an unfinished copy, or a drive removed mid-write. */
export class BackupTruncatedError extends BackupFileError {
  constructor() {
    super(say('backup.truncated'));
  }
}

/** Some bytes changed after the file was written (a failing drive, a bad copy, an edit). */
export class BackupDamagedError extends BackupFileError {
  constructor(readonly where: Message) {
    super(say('backup.damaged', { where }));
  }
}

/** The body's parts are not in the order they were written (rearranged or spliced). */
export class BackupChunksOutOfOrderError extends BackupFileError {
  constructor(
    readonly expectedIndex: number,
    readonly foundIndex: number,
  ) {
    super(say('backup.outOfOrder', { found: foundIndex, expected: expectedIndex }));
  }
}

export type BackupSecretKind = 'passphrase' | 'recovery code' | 'agency key' | 'vault key';

const WRONG_KEY_MESSAGES = {
  passphrase: 'backup.wrongKey.passphrase',
  'recovery code': 'backup.wrongKey.recoveryCode',
  'agency key': 'backup.wrongKey.agencyKey',
  'vault key': 'backup.wrongKey.vaultKey',
} as const satisfies Record<BackupSecretKind, string>;

/** The passphrase, recovery code or key given does not open this backup. */
export class BackupWrongKeyError extends BackupFileError {
  constructor(
    readonly secret: BackupSecretKind,
    hint: MessagePart,
  ) {
    super(say(WRONG_KEY_MESSAGES[secret], { hint }));
  }
}

/** The header's bytes are intact but were changed after the backup was made, so none of it is trusted. */
export class BackupHeaderTamperedError extends BackupFileError {
  constructor() {
    super(say('backup.headerTampered'));
  }
}
