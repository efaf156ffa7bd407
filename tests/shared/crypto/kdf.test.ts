import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import {
  KDF_CEILING,
  KDF_FLOOR,
  KDF_SALT_BYTES,
  MiB,
  argon2id,
  assertKdfParamsAcceptable,
  calibrateKdfCost,
  deriveSlotKey,
  newKdfParams,
  type KdfParams,
} from '@shared/crypto/kdf';
import { WeakKdfParametersError } from '@shared/crypto/errors';
import { toHex, utf8 } from '@shared/crypto/bytes';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const FLOOR_COST = { opsLimit: 3, memLimitBytes: 64 * MiB };

/** Fixed-salt parameters at the floor, so derivations are reproducible. */
const paramsAtFloor = (overrides: Partial<KdfParams> = {}): KdfParams => ({
  algorithm: 'argon2id13',
  ...FLOOR_COST,
  salt: 'AAECAwQFBgcICQoLDA0ODw', // bytes 00..0f, URL-safe base64 without padding
  ...overrides,
});

describe('argon2id (known answers)', () => {
  it('matches the reference argon2 CLI: "123", salt "ABCDEFGHIJKLMNOP", Argon2id v1.3, 1 MiB, 5 passes', () => {
    // echo -n "123" | ./argon2 ABCDEFGHIJKLMNOP -id -v 13 -k 1024 -t 5
    const key = argon2id(sodium, utf8('123'), utf8('ABCDEFGHIJKLMNOP'), { opsLimit: 5, memLimitBytes: 1_048_576 });
    expect(toHex(key)).toBe('3c5d010180ba0cf5b6b858cba23b318e42d33088983c404598599c3b029ecac6');
  });
});

describe('the floor and the ceiling', () => {
  it('are what the design promises: at least 64 MiB and 3 passes', () => {
    expect(KDF_FLOOR).toEqual({ memLimitBytes: 64 * MiB, opsLimit: 3 });
    expect(KDF_CEILING.memLimitBytes).toBeGreaterThanOrEqual(KDF_FLOOR.memLimitBytes);
    expect(KDF_CEILING.opsLimit).toBeGreaterThanOrEqual(KDF_FLOOR.opsLimit);
  });

  it('accepts exactly the floor and exactly the ceiling', () => {
    expect(() => assertKdfParamsAcceptable(KDF_FLOOR)).not.toThrow();
    expect(() => assertKdfParamsAcceptable(KDF_CEILING)).not.toThrow();
  });

  it.each([
    ['32 MiB of memory', { opsLimit: 3, memLimitBytes: 32 * MiB }],
    ['one byte under 64 MiB', { opsLimit: 3, memLimitBytes: 64 * MiB - 1 }],
    ['2 passes', { opsLimit: 2, memLimitBytes: 64 * MiB }],
    ['1 pass', { opsLimit: 1, memLimitBytes: 64 * MiB }],
  ])('refuses parameters below the floor: %s', (_label, cost) => {
    expect(() => assertKdfParamsAcceptable(cost)).toThrow(WeakKdfParametersError);
  });

  it.each([
    ['4 GiB of memory', { opsLimit: 3, memLimitBytes: 4096 * MiB }],
    ['one pass over the ceiling', { opsLimit: KDF_CEILING.opsLimit + 1, memLimitBytes: 64 * MiB }],
  ])('refuses absurd parameters that would exhaust the machine: %s', (_label, cost) => {
    expect(() => assertKdfParamsAcceptable(cost)).toThrow(WeakKdfParametersError);
  });

  it('explains a refusal in plain words that name the weak setting', () => {
    expect(() => assertKdfParamsAcceptable({ opsLimit: 3, memLimitBytes: 32 * MiB })).toThrow(/32 MiB.*at least 64 MiB/);
    expect(() => assertKdfParamsAcceptable({ opsLimit: 2, memLimitBytes: 64 * MiB })).toThrow(/2 passes.*at least 3/);
  });
});

describe('newKdfParams', () => {
  it('records Argon2id, the cost, and a fresh 16-byte salt', () => {
    const a = newKdfParams(sodium, FLOOR_COST);
    const b = newKdfParams(sodium, FLOOR_COST);
    expect(a).toMatchObject({ algorithm: 'argon2id13', ...FLOOR_COST });
    expect(sodium.from_base64(a.salt, sodium.base64_variants.URLSAFE_NO_PADDING)).toHaveLength(KDF_SALT_BYTES);
    expect(a.salt).not.toBe(b.salt);
  });

  it('refuses to write parameters below the floor', () => {
    expect(() => newKdfParams(sodium, { opsLimit: 2, memLimitBytes: 64 * MiB })).toThrow(WeakKdfParametersError);
  });
});

describe('deriveSlotKey', () => {
  it('is Argon2id over the stored salt and cost, so the same secret gives the same key', () => {
    const params = paramsAtFloor();
    const key = deriveSlotKey(sodium, utf8('correct horse battery staple'), params);
    expect(key).toHaveLength(32);
    const salt = sodium.from_base64(params.salt, sodium.base64_variants.URLSAFE_NO_PADDING);
    expect(key).toEqual(argon2id(sodium, utf8('correct horse battery staple'), salt, FLOOR_COST));
  });

  it('gives a different key for another salt', () => {
    const secret = utf8('correct horse battery staple');
    const a = deriveSlotKey(sodium, secret, paramsAtFloor());
    const b = deriveSlotKey(sodium, secret, paramsAtFloor({ salt: 'Dw4NDAsKCQgHBgUEAwIBAA' }));
    expect(toHex(a)).not.toBe(toHex(b));
  });

  it.each([
    ['memory below 64 MiB', { memLimitBytes: 32 * MiB }],
    ['fewer than 3 passes', { opsLimit: 2 }],
    ['4 GiB of memory', { memLimitBytes: 4096 * MiB }],
  ])('refuses stored parameters with %s before running Argon2id', (_label, overrides) => {
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    expect(() => deriveSlotKey(sodium, utf8('secret'), paramsAtFloor(overrides))).toThrow(WeakKdfParametersError);
    expect(pwhash).not.toHaveBeenCalled();
  });

  it.each([
    ['padded base64', 'AAECAwQFBgcICQoLDA0ODw=='],
    ['standard (not URL-safe) base64', 'AAECAwQFBgcICQoLDA0O+/'],
    ['not base64 at all', '!!!!!!!!!!!!!!!!!!!!!!'],
  ])('refuses an unreadable salt (%s) with a typed error, before running Argon2id', (_label, salt) => {
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    expect(() => deriveSlotKey(sodium, utf8('secret'), paramsAtFloor({ salt }))).toThrow(WeakKdfParametersError);
    expect(pwhash).not.toHaveBeenCalled();
  });

  it('refuses a salt that is not 16 bytes before running Argon2id', () => {
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    const eightByteSalt = sodium.to_base64(new Uint8Array(8), sodium.base64_variants.URLSAFE_NO_PADDING);
    expect(() => deriveSlotKey(sodium, utf8('secret'), paramsAtFloor({ salt: eightByteSalt }))).toThrow(WeakKdfParametersError);
    expect(pwhash).not.toHaveBeenCalled();
  });
});

describe('calibrateKdfCost', () => {
  /** A clock that reads `elapsedMs` apart on successive calls: the probe's start and end. */
  const fakeClock = (elapsedMs: number) => {
    let calls = 0;
    return () => (calls++ === 0 ? 1_000 : 1_000 + elapsedMs);
  };
  /**
   * Skips the real 64 MiB derivation: the fake clock decides how long it "took".
   * (`as never`: the spy types crypto_pwhash by its last overload, which returns a string.)
   */
  const stubArgon2 = () => vi.spyOn(sodium, 'crypto_pwhash').mockReturnValue(new Uint8Array(32) as never);

  it('probes with Argon2id at the floor: 64 MiB and 3 passes', () => {
    const pwhash = stubArgon2();
    calibrateKdfCost(sodium, { now: fakeClock(700) });
    // An untimed warm-up (grows WebAssembly memory), then the timed probe.
    expect(pwhash).toHaveBeenCalledTimes(2);
    const [, , , opsLimit, memLimit, algorithm] = pwhash.mock.calls[1]!;
    expect({ opsLimit, memLimit, algorithm }).toEqual({ opsLimit: 3, memLimit: 64 * MiB, algorithm: sodium.crypto_pwhash_ALG_ARGON2ID13 });
  });

  it('never goes below the floor on a slow machine', () => {
    stubArgon2();
    const cost = calibrateKdfCost(sodium, { now: fakeClock(5_000) });
    expect(cost).toMatchObject({ opsLimit: 3, memLimitBytes: 64 * MiB, measuredMs: 5_000 });
    expect(() => assertKdfParamsAcceptable(cost)).not.toThrow();
  });

  it('keeps the floor when the floor already takes about the target time', () => {
    stubArgon2();
    expect(calibrateKdfCost(sodium, { now: fakeClock(700) }).opsLimit).toBe(3);
  });

  it('raises the passes on a fast machine so one unlock takes about the target time', () => {
    stubArgon2();
    // 3 passes in 300 ms is 100 ms a pass: 7 passes make the default 700 ms.
    expect(calibrateKdfCost(sodium, { now: fakeClock(300) })).toMatchObject({ opsLimit: 7, memLimitBytes: 64 * MiB });
    // 1,000 ms target: 10 passes.
    expect(calibrateKdfCost(sodium, { targetMs: 1_000, now: fakeClock(300) }).opsLimit).toBe(10);
  });

  it('rounds passes up, never down below the target', () => {
    stubArgon2();
    // 3 passes in 400 ms: 700 ms needs 5.25 passes, so 6.
    expect(calibrateKdfCost(sodium, { now: fakeClock(400) }).opsLimit).toBe(6);
  });

  it('caps the passes on a very fast machine, and survives a clock that did not move', () => {
    stubArgon2();
    const fast = calibrateKdfCost(sodium, { now: fakeClock(10) });
    const frozen = calibrateKdfCost(sodium, { now: fakeClock(0) });
    for (const cost of [fast, frozen]) {
      expect(cost.opsLimit).toBe(16);
      expect(cost.opsLimit).toBeLessThanOrEqual(KDF_CEILING.opsLimit);
      expect(cost.memLimitBytes).toBe(64 * MiB);
    }
  });

  it('on this machine, with the real clock and real Argon2id, picks an acceptable cost', () => {
    const cost = calibrateKdfCost(sodium);
    expect(() => assertKdfParamsAcceptable(cost)).not.toThrow();
    expect(cost.opsLimit).toBeGreaterThanOrEqual(3);
    expect(cost.opsLimit).toBeLessThanOrEqual(16);
    expect(cost.measuredMs).toBeGreaterThan(0);
  });
});
