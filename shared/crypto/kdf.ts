/**
 * Argon2id key derivation (libsodium crypto_pwhash, ALG_ARGON2ID13) with a floor and a ceiling.
 *
 * The parameters are stored beside every key slot so they can grow over time. Anything read
 * back is checked against the floor (so a tampered header cannot weaken a passphrase) and a
 * ceiling (so a tampered header cannot make unlocking exhaust the machine).
 */
import { z } from 'zod';
import type { Sodium } from './sodium';
import { WeakKdfParametersError } from './errors';
import { randomBytes } from './bytes';

export const MiB = 1024 * 1024;
export const KDF_FLOOR = { memLimitBytes: 64 * MiB, opsLimit: 3 } as const;
export const KDF_CEILING = { memLimitBytes: 1024 * MiB, opsLimit: 64 } as const;
export const KDF_SALT_BYTES = 16;
export const KDF_KEY_BYTES = 32;

export const KdfParams = z.object({
  algorithm: z.literal('argon2id13'),
  opsLimit: z.number().int().positive(),
  memLimitBytes: z.number().int().positive(),
  /** base64 (URL-safe, no padding) of 16 random bytes */
  salt: z.string().min(1),
});
export type KdfParams = z.infer<typeof KdfParams>;

export type KdfCost = Pick<KdfParams, 'opsLimit' | 'memLimitBytes'>;

/** Refuses parameters below the floor or above the ceiling, before any work is done. */
export function assertKdfParamsAcceptable(params: KdfCost): void {
  if (params.memLimitBytes < KDF_FLOOR.memLimitBytes) {
    throw new WeakKdfParametersError(
      `memory ${Math.floor(params.memLimitBytes / MiB)} MiB, at least ${KDF_FLOOR.memLimitBytes / MiB} MiB is required`,
    );
  }
  if (params.opsLimit < KDF_FLOOR.opsLimit) {
    throw new WeakKdfParametersError(`${params.opsLimit} passes, at least ${KDF_FLOOR.opsLimit} are required`);
  }
  if (params.memLimitBytes > KDF_CEILING.memLimitBytes || params.opsLimit > KDF_CEILING.opsLimit) {
    throw new WeakKdfParametersError('settings far beyond what this app ever writes');
  }
}

export function newKdfParams(sodium: Sodium, cost: KdfCost): KdfParams {
  assertKdfParamsAcceptable(cost);
  return {
    algorithm: 'argon2id13',
    opsLimit: cost.opsLimit,
    memLimitBytes: cost.memLimitBytes,
    salt: sodium.to_base64(randomBytes(KDF_SALT_BYTES), sodium.base64_variants.URLSAFE_NO_PADDING),
  };
}

/** Raw Argon2id: no floor check, so known-answer tests can use the reference vectors' small settings. */
export function argon2id(sodium: Sodium, secret: Uint8Array, salt: Uint8Array, cost: KdfCost): Uint8Array {
  return sodium.crypto_pwhash(KDF_KEY_BYTES, secret, salt, cost.opsLimit, cost.memLimitBytes, sodium.crypto_pwhash_ALG_ARGON2ID13);
}

/** Derives a key-slot key from a secret under stored parameters, refusing weak ones first. */
export function deriveSlotKey(sodium: Sodium, secret: Uint8Array, params: KdfParams): Uint8Array {
  assertKdfParamsAcceptable(params);
  let salt: Uint8Array;
  try {
    salt = sodium.from_base64(params.salt, sodium.base64_variants.URLSAFE_NO_PADDING);
  } catch {
    throw new WeakKdfParametersError('a salt that cannot be read');
  }
  if (salt.length !== KDF_SALT_BYTES) throw new WeakKdfParametersError(`a salt of ${salt.length} bytes`);
  return argon2id(sodium, secret, salt, params);
}

/**
 * Picks Argon2id passes for this machine: the floor's 64 MiB, with passes raised until one
 * derivation takes about `targetMs` (DESIGN: 0.5 to 1 s). One timed run at the floor is enough,
 * since time grows linearly with passes.
 */
export function calibrateKdfCost(
  sodium: Sodium,
  options: { targetMs?: number; now?: () => number } = {},
): KdfCost & { measuredMs: number } {
  const targetMs = options.targetMs ?? 700;
  const now = options.now ?? (() => performance.now());
  const probe = { opsLimit: KDF_FLOOR.opsLimit, memLimitBytes: KDF_FLOOR.memLimitBytes };
  // Untimed warm-up: the first derivation in a fresh WebAssembly instance also pays for growing
  // its memory, which would make this machine look slower than it is and the passes too few.
  argon2id(sodium, randomBytes(16), randomBytes(KDF_SALT_BYTES), { ...probe, opsLimit: 1 });
  const started = now();
  argon2id(sodium, randomBytes(16), randomBytes(KDF_SALT_BYTES), probe);
  const measuredMs = Math.max(1, now() - started);
  const passes = Math.ceil((probe.opsLimit * targetMs) / measuredMs);
  const opsLimit = Math.min(16, Math.max(KDF_FLOOR.opsLimit, passes));
  return { opsLimit, memLimitBytes: probe.memLimitBytes, measuredMs };
}
