/**
 * zxcvbn's dictionaries are megabytes to parse and unpack: the worker loads them the first time a
 * passphrase is chosen (a new notebook, a new passphrase, a key change), not at every start.
 */
export async function assertPassphraseStrongEnough(passphrase: string, minimumScore: number): Promise<void> {
  const strength = await import('@shared/passphrase-strength');
  strength.assertPassphraseStrongEnough(passphrase, minimumScore);
}
