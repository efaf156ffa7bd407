/**
 * The libsodium most unit tests use: the real one, with Argon2id (crypto_pwhash) replaced by a
 * keyed BLAKE2b of the same inputs.
 */
import { concatBytes } from '@shared/crypto/bytes';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';

let quick: Promise<Sodium> | null = null;

/**
 * Tests that use it are about what the vault does with keys, not how a passphrase is stretched: Argon2id at its
 * 64 MiB floor costs half a second a derivation, and a key change, a join or an unlock each need
 * one or two. The stand-in is deterministic and different for every secret, salt and cost, so a
 * wrong passphrase or an edited slot still fails as it would; the floor is still checked before
 * it runs. The real Argon2id runs in tests/shared/crypto (known-answer vectors, headers) and in
 * every end-to-end test.
 */
export function testSodium(): Promise<Sodium> {
  quick ??= loadSodium().then((sodium) => {
    const stretch = (length: number, secret: string | Uint8Array, salt: Uint8Array, opsLimit: number, memLimit: number) => {
      const cost = new TextEncoder().encode(`argon2id-stand-in:${opsLimit}:${memLimit}`);
      const secretBytes = typeof secret === 'string' ? sodium.from_string(secret) : secret;
      return sodium.crypto_generichash(length, concatBytes(cost, salt, secretBytes), null);
    };
    return Object.assign(Object.create(sodium) as Sodium, { crypto_pwhash: stretch });
  });
  return quick;
}
