/**
 * zxcvbn's dictionaries are megabytes to parse and unpack: the worker loads them the first time a
 * passphrase is chosen (a new notebook, a new passphrase, a key change), not at every start, and
 * only the worker: the window's meter asks it (ratePassphraseForMeter) instead of loading them twice.
 */
import type { PassphraseMeter } from '@shared/passphrase-strength';

export async function ratePassphraseForMeter(passphrase: string, minimumScore: number, language: string): Promise<PassphraseMeter | null> {
  if (!passphrase) return null;
  const strength = await import('@shared/passphrase-strength');
  return strength.ratePassphraseForMeter(passphrase, minimumScore, language);
}

export async function assertPassphraseStrongEnough(passphrase: string, minimumScore: number): Promise<void> {
  const strength = await import('@shared/passphrase-strength');
  strength.assertPassphraseStrongEnough(passphrase, minimumScore);
}
