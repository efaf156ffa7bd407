/**
 * The randomness a writer draws, chosen when a vector is made and handed back when it is checked.
 *
 * The formats draw keys, nonces, salts and ids from crypto.getRandomValues (shared/crypto/bytes.ts).
 * The generator gives a writer random bytes it drew itself (or a fixed key), and the vector keeps
 * them; the test gives today's writer the same bytes, so a writer that is deterministic apart from
 * its randomness must write the very bytes the vector holds. libsodium draws its own (for
 * crypto_box_seal, secretstream, and its guarded memory) four bytes at a time into a Uint32Array:
 * those draws pass through to the platform and are never replayed, so what they feed (agency
 * seals, backup streams) is only opened, never rewritten byte for byte.
 */
/** Runs `work` with `random` as its randomness; it must draw exactly those bytes, no more and no fewer. */
export function withRandomness<T>(random: Uint8Array, work: () => T): T {
  const original = globalThis.crypto.getRandomValues;
  let offset = 0;
  globalThis.crypto.getRandomValues = (<A extends ArrayBufferView<ArrayBuffer>>(array: A): A => {
    if (!(array instanceof Uint8Array)) return original.call(globalThis.crypto, array) as A;
    if (offset + array.length > random.length) throw new Error('The writer drew more randomness than the vector holds.');
    array.set(random.subarray(offset, offset + array.length));
    offset += array.length;
    return array;
  }) as typeof original;
  try {
    const result = work();
    if (offset !== random.length) throw new Error(`The writer drew ${offset} random bytes; the vector holds ${random.length}.`);
    return result;
  } finally {
    globalThis.crypto.getRandomValues = original;
  }
}
