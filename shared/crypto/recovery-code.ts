/**
 * Recovery codes: 160 random bits written as 32 Crockford base32 characters in groups of four
 * (ABCD-EFGH-...), easy to read aloud and to copy by hand. Reading one back forgives case,
 * spaces, missing dashes and the look-alikes O/0 and I/L/1.
 */
import { randomBytes } from './bytes';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_CHARS = 32;

export function generateRecoveryCode(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return formatRecoveryCode(out);
}

const formatRecoveryCode = (chars: string): string => chars.match(/.{1,4}/g)!.join('-');

/** What was typed, as the code's own characters: case, spaces, dashes and look-alikes forgiven. */
const canonicalChars = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

/** The canonical form of a typed code, or null when it cannot be one of ours. */
export function normalizeRecoveryCode(typed: string): string | null {
  const chars = canonicalChars(typed);
  if (chars.length !== CODE_CHARS || [...chars].some((c) => !ALPHABET.includes(c))) return null;
  return formatRecoveryCode(chars);
}

/** How many groups of four a code has (the peer is asked to type one back). */
export const RECOVERY_CODE_GROUPS = CODE_CHARS / 4;

/** Whether `typed` is group `group` (counting from 1) of `code`: the check that the code was written down. */
export function isRecoveryCodeGroup(code: string, group: number, typed: string): boolean {
  const wanted = code.split('-')[group - 1];
  return wanted !== undefined && canonicalChars(typed) === wanted;
}
