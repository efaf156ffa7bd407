import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, fromUtf8, randomBytes, randomId, toHex, utf8 } from '@shared/crypto/bytes';

describe('hex', () => {
  it('round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromHex(toHex(all))).toEqual(all);
  });

  it('writes two lowercase digits per byte, keeping leading zeros', () => {
    expect(toHex(Uint8Array.of(0x00, 0x0f, 0xa0, 0xff))).toBe('000fa0ff');
    expect(toHex(new Uint8Array(0))).toBe('');
  });

  it('reads uppercase hex as well as lowercase', () => {
    expect(fromHex('DEADbeef')).toEqual(Uint8Array.of(0xde, 0xad, 0xbe, 0xef));
  });

  it.each([
    ['an odd number of digits', 'abc'],
    ['a non-hex letter', 'zz'],
    ['a 0x prefix', '0x12'],
    ['whitespace', ' 12 '],
    ['a sign (parseInt would accept "-1")', '-1'],
  ])('refuses %s instead of guessing', (_label, text) => {
    expect(() => fromHex(text)).toThrow(TypeError);
  });
});

describe('randomBytes', () => {
  it('returns exactly the length asked for, including zero', () => {
    expect(randomBytes(0)).toHaveLength(0);
    expect(randomBytes(24)).toHaveLength(24);
  });

  it('fills buffers beyond the 65,536-byte getRandomValues limit, to the last byte', () => {
    const length = 65_536 * 2 + 1_000;
    const bytes = randomBytes(length);
    expect(bytes).toHaveLength(length);
    // Each 65,536-byte chunk, and the short tail, must have been filled (not left as zeros).
    for (const [start, end] of [
      [0, 65_536],
      [65_536, 131_072],
      [131_072, length],
    ] as const) {
      expect(bytes.subarray(start, end).some((b) => b !== 0)).toBe(true);
    }
  });

  it('does not repeat itself', () => {
    expect(toHex(randomBytes(32))).not.toBe(toHex(randomBytes(32)));
  });
});

describe('randomId', () => {
  it('is 128 bits as 32 lowercase hex characters', () => {
    for (let i = 0; i < 100; i++) expect(randomId()).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is unique across many draws', () => {
    const ids = new Set(Array.from({ length: 1_000 }, randomId));
    expect(ids.size).toBe(1_000);
  });
});

describe('utf8', () => {
  it('round-trips text outside ASCII', () => {
    const text = 'Zoë said “I’m ready” 🙂';
    expect(fromUtf8(utf8(text))).toBe(text);
  });

  it('refuses invalid UTF-8 instead of silently replacing characters', () => {
    expect(() => fromUtf8(Uint8Array.of(0x61, 0xff, 0x62))).toThrow(TypeError);
  });
});

describe('concatBytes', () => {
  it('joins parts in order', () => {
    expect(concatBytes(Uint8Array.of(1), new Uint8Array(0), Uint8Array.of(2, 3))).toEqual(Uint8Array.of(1, 2, 3));
    expect(concatBytes()).toEqual(new Uint8Array(0));
  });
});
