import { describe, expect, it } from 'vitest';
import { generateRecoveryCode, normalizeRecoveryCode, isRecoveryCodeGroup, RECOVERY_CODE_GROUPS } from '@shared/crypto/recovery-code';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/;
const CANONICAL = '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ';

describe('generateRecoveryCode', () => {
  const codes = Array.from({ length: 1_000 }, generateRecoveryCode);

  it('is 8 groups of 4 Crockford base32 characters (no I, L, O or U)', () => {
    for (const code of codes) expect(code).toMatch(CODE_FORMAT);
  });

  it('never repeats across 1,000 codes', () => {
    expect(new Set(codes).size).toBe(1_000);
  });

  it('uses every symbol in every position, so all 160 bits are carried', () => {
    // With 1,000 codes each of the 32 symbols is expected ~31 times per position; missing one by
    // chance has probability about 2e-11. A bit-extraction bug (a stuck or dropped bit) shows here.
    for (let position = 0; position < 32; position++) {
      const seen = new Set(codes.map((code) => code.replace(/-/g, '')[position]));
      expect(seen.size, `position ${position}`).toBe(32);
    }
  });

  it('draws symbols evenly overall', () => {
    const counts = new Map<string, number>();
    for (const char of codes.join('').replace(/-/g, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
    // 32,000 symbols: 1,000 expected each, standard deviation about 31.
    for (const symbol of CROCKFORD) {
      expect(counts.get(symbol), symbol).toBeGreaterThan(800);
      expect(counts.get(symbol), symbol).toBeLessThan(1_200);
    }
  });

  it('is already in canonical form', () => {
    for (const code of codes.slice(0, 50)) expect(normalizeRecoveryCode(code)).toBe(code);
  });
});

describe('normalizeRecoveryCode', () => {
  it('forgives lowercase', () => {
    expect(normalizeRecoveryCode(CANONICAL.toLowerCase())).toBe(CANONICAL);
  });

  it('forgives spaces, missing dashes and line breaks', () => {
    expect(normalizeRecoveryCode('0123456789ABCDEFGHJKMNPQRSTVWXYZ')).toBe(CANONICAL);
    expect(normalizeRecoveryCode('  0123 4567 89AB CDEF\nGHJK MNPQ RSTV WXYZ ')).toBe(CANONICAL);
    expect(normalizeRecoveryCode('0123-4567 - 89ab-cdef ghjk-mnpq rstv-wxyz')).toBe(CANONICAL);
  });

  it('reads O as zero and I or L as one, since they are easy to confuse by hand', () => {
    expect(normalizeRecoveryCode('O123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ')).toBe(CANONICAL);
    expect(normalizeRecoveryCode('0I23-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ')).toBe(CANONICAL);
    expect(normalizeRecoveryCode('0L23-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ')).toBe(CANONICAL);
    expect(normalizeRecoveryCode('oi23-4567-89ab-cdef-ghjk-mnpq-rstv-wxyz')).toBe(CANONICAL);
    expect(normalizeRecoveryCode('0l23-4567-89ab-cdef-ghjk-mnpq-rstv-wxyz')).toBe(CANONICAL);
  });

  it('refuses a code that is too short or too long', () => {
    expect(normalizeRecoveryCode(CANONICAL.slice(0, -1))).toBeNull();
    expect(normalizeRecoveryCode(`${CANONICAL}0`)).toBeNull();
    expect(normalizeRecoveryCode('')).toBeNull();
  });

  it('refuses U, which Crockford base32 leaves out', () => {
    expect(normalizeRecoveryCode('U123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ')).toBeNull();
    expect(normalizeRecoveryCode('u123-4567-89ab-cdef-ghjk-mnpq-rstv-wxyz')).toBeNull();
  });

  it('refuses punctuation and other characters', () => {
    expect(normalizeRecoveryCode('0123_4567_89AB_CDEF_GHJK_MNPQ_RSTV_WXYZ')).toBeNull();
    expect(normalizeRecoveryCode('*123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ')).toBeNull();
    expect(normalizeRecoveryCode('é123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ')).toBeNull();
  });
});

describe('typing back one group of the code, to show it was written down', () => {
  it('accepts the asked group as read back by hand, and refuses another group or a typo', () => {
    expect(RECOVERY_CODE_GROUPS).toBe(8);
    expect(isRecoveryCodeGroup(CANONICAL, 3, '89AB')).toBe(true);
    expect(isRecoveryCodeGroup(CANONICAL, 1, ' ol23 ')).toBe(true);
    expect(isRecoveryCodeGroup(CANONICAL, 8, 'wxyz')).toBe(true);
    expect(isRecoveryCodeGroup(CANONICAL, 3, '4567')).toBe(false);
    expect(isRecoveryCodeGroup(CANONICAL, 3, '89A')).toBe(false);
    expect(isRecoveryCodeGroup(CANONICAL, 3, '')).toBe(false);
    expect(isRecoveryCodeGroup(CANONICAL, 9, '')).toBe(false);
  });
});
