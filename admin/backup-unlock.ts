/** Which key opens a backup, from the command's options: an agency key file, a passphrase or a recovery code. */
import type { Sodium } from '@shared/crypto/sodium';
import { openAgencyPrivateKey } from '@shared/crypto/agency-key';
import type { BackupUnlock } from '@shared/backup/backup-header';
import type { AdminIo } from './admin-io';
import { UsageError } from './admin-errors';
import { readJsonFile } from './files';
import { readSecret } from './secrets';

export interface KeyOptions {
  key?: string;
  passphrase?: boolean;
  'recovery-code'?: boolean;
}

/** The unlock the options ask for, or null when none was given (structure-only checks). */
export async function unlockFromOptions(sodium: Sodium, io: AdminIo, options: KeyOptions): Promise<BackupUnlock | null> {
  const chosen = [options.key !== undefined, Boolean(options.passphrase), Boolean(options['recovery-code'])].filter(Boolean).length;
  if (chosen > 1) throw new UsageError('Give only one of --key, --passphrase and --recovery-code.');
  if (options.key !== undefined) {
    const keyFile = await readJsonFile(options.key);
    const passphrase = await readSecret(io, 'agencyPassphrase', 'Passphrase of the agency private key: ');
    return { kind: 'agency-key', keyPair: openAgencyPrivateKey(sodium, keyFile, 'recovery', passphrase) };
  }
  if (options.passphrase) return { kind: 'passphrase', passphrase: await readSecret(io, 'notebookPassphrase', "Notebook's passphrase: ") };
  if (options['recovery-code'])
    return { kind: 'recovery-code', recoveryCode: await readSecret(io, 'recoveryCode', "Notebook's recovery code: ") };
  return null;
}
