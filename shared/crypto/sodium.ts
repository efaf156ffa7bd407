import sodium from 'libsodium-wrappers-sumo';

/** The sumo build: the plain libsodium-wrappers build has no crypto_pwhash (Argon2id). */
export type Sodium = typeof sodium;

/** Resolves once libsodium's WebAssembly is loaded; every crypto function takes the result. */
export async function loadSodium(): Promise<Sodium> {
  await sodium.ready;
  return sodium;
}
