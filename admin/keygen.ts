/**
 * `keygen --out <dir>`: the agency's recovery key pair. The public key file goes into the app's
 * agency configuration; the private key file, encrypted under a passphrase, is kept offline and
 * opens backups for records custody.
 */
import { join } from 'node:path';
import type { Sodium } from '@shared/crypto/sodium';
import { agencyPublicKeyFile, makeAgencyPrivateKeyFile } from '@shared/crypto/agency-key';
import { assertPassphraseStrongEnough, WeakPassphraseError } from '@shared/passphrase-strength';
import type { AdminIo } from './admin-io';
import { AdminError } from './admin-errors';
import { emptyFolder, writePrivateFile } from './files';
import { readSecret, SECRET_VARIABLES } from './secrets';

export const PRIVATE_KEY_FILE = 'agency-recovery-key.private.json';
export const PUBLIC_KEY_FILE = 'agency-recovery-key.public.json';

/** Groups of four, as people read a fingerprint aloud to compare it. */
export const formatFingerprint = (fingerprint: string): string => fingerprint.match(/.{4}/g)!.join(' ');

async function choosePassphrase(io: AdminIo): Promise<string> {
  const fromEnv = io.env[SECRET_VARIABLES.agencyPassphrase];
  const passphrase = await readSecret(io, 'agencyPassphrase', 'Passphrase for the new private key: ');
  if (!fromEnv && (await io.askSecret('The same passphrase again: ')) !== passphrase) {
    throw new AdminError('The two passphrases differ. Nothing was written; run keygen again.');
  }
  try {
    assertPassphraseStrongEnough(passphrase);
  } catch (error) {
    if (error instanceof WeakPassphraseError) throw new AdminError(`${error.message} Nothing was written.`);
    throw error;
  }
  return passphrase;
}

export async function keygen(sodium: Sodium, io: AdminIo, outDir: string): Promise<void> {
  await emptyFolder(outDir);
  const passphrase = await choosePassphrase(io);
  const { file: privateFile, publicKey } = makeAgencyPrivateKeyFile(sodium, {
    purpose: 'recovery',
    label: 'Agency recovery key',
    passphrase,
    ...(io.kdfCost && { cost: io.kdfCost }),
  });
  const publicFile = agencyPublicKeyFile(sodium, publicKey);
  await writePrivateFile(join(outDir, PRIVATE_KEY_FILE), `${JSON.stringify(privateFile, null, 2)}\n`);
  await writePrivateFile(join(outDir, PUBLIC_KEY_FILE), `${JSON.stringify(publicFile, null, 2)}\n`);
  io.out(`Agency recovery key made in ${outDir}`);
  io.out(`  public key:  ${PUBLIC_KEY_FILE} (goes into the app's agency configuration)`);
  io.out(`  private key: ${PRIVATE_KEY_FILE} (keep it offline; it opens every backup sealed to this key)`);
  io.out(`Fingerprint: ${formatFingerprint(publicFile.fingerprint)}`);
}
