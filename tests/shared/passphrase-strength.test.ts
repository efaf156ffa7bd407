import { describe, expect, it } from 'vitest';
import * as english from '@zxcvbn-ts/language-en';
import * as spanish from '@zxcvbn-ts/language-es-es';
import {
  assertPassphraseStrongEnough,
  passphraseHints,
  ratePassphrase,
  ratePassphraseForMeter,
  WeakPassphraseError,
} from '@shared/passphrase-strength';

describe('passphrase strength', () => {
  it('judges by guessability, not length: a long common pattern is weak, four unrelated words are strong', () => {
    expect(ratePassphrase('Summer2024!').acceptable).toBe(false);
    expect(ratePassphrase('orchard kettle lantern drift').acceptable).toBe(true);
  });

  it('counts Spanish words as guessable too', () => {
    expect(ratePassphrase('contraseña').acceptable).toBe(false);
  });

  it("gives its hints as keys, worded in the screen's language", () => {
    const rating = ratePassphrase('password');
    expect(rating.warningKey).toMatch(/^[a-zA-Z]+$/);
    const inEnglish = passphraseHints(rating, english.translations);
    const inSpanish = passphraseHints(rating, spanish.translations);
    expect(inEnglish[0]).toBe(english.translations.warnings[rating.warningKey as keyof typeof english.translations.warnings]);
    expect(inSpanish[0]).toBe(spanish.translations.warnings[rating.warningKey as keyof typeof spanish.translations.warnings]);
    expect(inSpanish[0]).not.toBe(inEnglish[0]);
  });

  it("rates for the meter with the hints already in the screen's language, and the agency's minimum", () => {
    const rating = ratePassphrase('password');
    expect(ratePassphraseForMeter('password', 3, 'es')).toEqual({ rating, hints: passphraseHints(rating, spanish.translations) });
    expect(ratePassphraseForMeter('password', 3, 'en')).toEqual({ rating, hints: passphraseHints(rating, english.translations) });
    // "Strong" is enough by default, not where the agency asks for "Very strong".
    expect(ratePassphraseForMeter('orchard kettle', 3, 'en').rating.acceptable).toBe(true);
    expect(ratePassphraseForMeter('orchard kettle', 4, 'en').rating.acceptable).toBe(false);
  });

  it('refuses a weak one with a message that says why, in words', () => {
    expect(() => assertPassphraseStrongEnough('password')).toThrow(WeakPassphraseError);
    expect(() => assertPassphraseStrongEnough('password')).toThrow(
      'That passphrase would be too easy to guess (this is a heavily used password).',
    );
  });
});
