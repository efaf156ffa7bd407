import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { MiB } from '@shared/crypto/kdf';
import { UnsupportedFormatError, WeakKdfParametersError, WrongSecretError } from '@shared/crypto/errors';
import { normalizeRecoveryCode } from '@shared/crypto/recovery-code';
import { fromHex, toHex } from '@shared/crypto/bytes';
import {
  VAULT_FORMAT_VERSION,
  createSecretKeySlot,
  createVaultHeader,
  parseVaultHeader,
  rewrapPassphrase,
  secretBytes,
  unlockVaultKey,
  type SecretKeySlot,
  type VaultHeader,
} from '@shared/crypto/vault-header';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const FLOOR_COST = { opsLimit: 3, memLimitBytes: 64 * MiB };
const PASSPHRASE = 'correct horse battery staple';
const RECOVERY_CODE = '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ';

// Made once with createVaultHeader (floor cost, the passphrase and recovery code above) and pasted.
// If this stops opening, existing notebooks stop opening: add a new format version instead.
const FROZEN_HEADER_JSON = `{
  "format": 1,
  "vaultId": "41dd8275c9346b0d97bebd72289564ae",
  "createdAt": "2025-03-14T09:26:53.589Z",
  "slots": [
    {
      "id": "ca9c1e6dc41b2fed3bbd8dab5044447c",
      "kind": "passphrase",
      "kdf": { "algorithm": "argon2id13", "opsLimit": 3, "memLimitBytes": 67108864, "salt": "ZEXBQwCHgf7JQwgy1yE_7g" },
      "nonce": "LyYw4miPZG1hAgxrfPsDfOdpLqYIrnKr",
      "wrappedKey": "zYPmB0F5rmsznqCHyy04hnjh_jLqfCoVbLmNyTTnWE5LK-hLrOxcnNrNOJwe1h4z",
      "createdAt": "2025-03-14T09:26:53.589Z"
    },
    {
      "id": "73e4a646704b0825bfa19a7dcdb5bc28",
      "kind": "recovery",
      "kdf": { "algorithm": "argon2id13", "opsLimit": 3, "memLimitBytes": 67108864, "salt": "zD9-UDf13j831Lh0vBViAg" },
      "nonce": "QAFksxuCZRdftXk_Fkc0EEulzyaKvS7l",
      "wrappedKey": "npc3OvnTS65neKIiBCVAerytGsnAT8Lvs5nPcehG1IZNhvU44c6yRsrZ1R4EO5wZ",
      "createdAt": "2025-03-14T09:26:53.589Z"
    }
  ]
}`;
const FROZEN_VAULT_KEY = 'c593a2c9c4edc17a13c0ba9dba49fdb8301fbf5762036276e4f28be14add5f4d';

const frozenHeader = (): VaultHeader => parseVaultHeader(JSON.parse(FROZEN_HEADER_JSON));
const slotOf = (header: VaultHeader, kind: SecretKeySlot['kind']): SecretKeySlot => header.slots.find((s) => s.kind === kind)!;
/** The header with one slot replaced by an edited copy. */
const withEditedSlot = (header: VaultHeader, kind: SecretKeySlot['kind'], edit: (slot: SecretKeySlot) => SecretKeySlot): VaultHeader => ({
  ...header,
  slots: header.slots.map((slot) => (slot.kind === kind ? edit(structuredClone(slot)) : slot)),
});
/** Flips one character of a base64 string. */
const alterBase64 = (text: string): string => text.slice(0, 5) + (text[5] === 'A' ? 'B' : 'A') + text.slice(6);

describe('vault header format version 1 (frozen vector)', () => {
  it('parses', () => {
    const header = frozenHeader();
    expect(header.format).toBe(VAULT_FORMAT_VERSION);
    expect(header.slots.map((s) => s.kind)).toEqual(['passphrase', 'recovery']);
  });

  it('opens with the passphrase to the frozen vault key', () => {
    const { vaultKey, slotId } = unlockVaultKey(sodium, frozenHeader(), 'passphrase', PASSPHRASE);
    expect(toHex(vaultKey)).toBe(FROZEN_VAULT_KEY);
    expect(slotId).toBe('ca9c1e6dc41b2fed3bbd8dab5044447c');
  });

  it('opens with the recovery code to the same vault key', () => {
    const { vaultKey, slotId } = unlockVaultKey(sodium, frozenHeader(), 'recovery', RECOVERY_CODE);
    expect(toHex(vaultKey)).toBe(FROZEN_VAULT_KEY);
    expect(slotId).toBe('73e4a646704b0825bfa19a7dcdb5bc28');
  });
});

describe('creating a vault', () => {
  let created: { header: VaultHeader; vaultKey: Uint8Array };
  beforeAll(() => {
    created = createVaultHeader(sodium, {
      passphrase: 'a new passphrase',
      recoveryCode: RECOVERY_CODE,
      cost: FLOOR_COST,
      now: new Date('2025-06-01T12:00:00Z'),
    });
  });

  it('writes a header that passes its own schema after a JSON round trip', () => {
    expect(parseVaultHeader(JSON.parse(JSON.stringify(created.header)))).toEqual(created.header);
    expect(created.header).toMatchObject({
      format: 3,
      keyGeneration: 1,
      agencySlots: [],
      retiredKeys: [],
      createdAt: '2025-06-01T12:00:00.000Z',
    });
  });

  it('makes one passphrase slot and one recovery-code slot, each with its own salt, nonce and id', () => {
    const [passphrase, recovery] = created.header.slots;
    expect(passphrase!.kind).toBe('passphrase');
    expect(recovery!.kind).toBe('recovery');
    expect(passphrase!.kdf.salt).not.toBe(recovery!.kdf.salt);
    expect(passphrase!.nonce).not.toBe(recovery!.nonce);
    expect(passphrase!.id).not.toBe(recovery!.id);
    for (const slot of created.header.slots) {
      expect(slot.kdf).toMatchObject({ algorithm: 'argon2id13', ...FLOOR_COST });
      expect(sodium.from_base64(slot.nonce, sodium.base64_variants.URLSAFE_NO_PADDING)).toHaveLength(24);
      expect(sodium.from_base64(slot.wrappedKey, sodium.base64_variants.URLSAFE_NO_PADDING)).toHaveLength(32 + 16);
    }
  });

  it('makes a random 32-byte vault key that appears nowhere in the header', () => {
    expect(created.vaultKey).toHaveLength(32);
    const stored = JSON.stringify(created.header);
    expect(stored).not.toContain(toHex(created.vaultKey));
    expect(stored).not.toContain(sodium.to_base64(created.vaultKey, sodium.base64_variants.URLSAFE_NO_PADDING));
    expect(stored).not.toContain(sodium.to_base64(created.vaultKey, sodium.base64_variants.ORIGINAL));
  });

  it('opens with its passphrase to the vault key it returned', () => {
    expect(unlockVaultKey(sodium, created.header, 'passphrase', 'a new passphrase').vaultKey).toEqual(created.vaultKey);
  });

  it('gives every vault its own id and key', () => {
    // Only ids and keys are checked here, so Argon2id is stubbed (typed by its string overload).
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash').mockReturnValue(new Uint8Array(32) as never);
    const other = createVaultHeader(sodium, { passphrase: 'a new passphrase', recoveryCode: RECOVERY_CODE, cost: FLOOR_COST });
    expect(pwhash).toHaveBeenCalled();
    expect(other.header.vaultId).not.toBe(created.header.vaultId);
    expect(toHex(other.vaultKey)).not.toBe(toHex(created.vaultKey));
  });

  it('refuses a cost below the floor before running Argon2id', () => {
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    expect(() =>
      createVaultHeader(sodium, { passphrase: PASSPHRASE, recoveryCode: RECOVERY_CODE, cost: { opsLimit: 2, memLimitBytes: 64 * MiB } }),
    ).toThrow(WeakKdfParametersError);
    expect(() =>
      createVaultHeader(sodium, { passphrase: PASSPHRASE, recoveryCode: RECOVERY_CODE, cost: { opsLimit: 3, memLimitBytes: 32 * MiB } }),
    ).toThrow(WeakKdfParametersError);
    expect(pwhash).not.toHaveBeenCalled();
  });
});

describe('unlocking', () => {
  it('refuses a wrong passphrase with WrongSecretError, in plain words', () => {
    const attempt = () => unlockVaultKey(sodium, frozenHeader(), 'passphrase', 'correct horse battery stapler');
    expect(attempt).toThrow(WrongSecretError);
    let message = '';
    try {
      attempt();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe("That passphrase doesn't open this notebook. Check it and try again; nothing has changed.");
    expect(message).not.toMatch(/slot|decrypt|cipher|argon|kdf|mac\b|tag|aead|sodium|key/i);
  });

  it('refuses a wrong recovery code, naming the recovery code', () => {
    const attempt = () => unlockVaultKey(sodium, frozenHeader(), 'recovery', '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXY0');
    expect(attempt).toThrow(WrongSecretError);
    expect(attempt).toThrow(/^That recovery code doesn't open this notebook\./);
  });

  it('does not accept the passphrase as a recovery code: each secret opens only its own kind of slot', () => {
    expect(() => unlockVaultKey(sodium, frozenHeader(), 'recovery', PASSPHRASE)).toThrow(WrongSecretError);
  });

  it('opens with a recovery code typed loosely once it is normalized', () => {
    const typed = normalizeRecoveryCode('o123 4567 89ab cdef ghjk mnpq rstv wxyz');
    expect(typed).toBe(RECOVERY_CODE);
    expect(toHex(unlockVaultKey(sodium, frozenHeader(), 'recovery', typed!).vaultKey)).toBe(FROZEN_VAULT_KEY);
  });

  it('treats a composed and a decomposed é as the same passphrase (NFC)', () => {
    const composed = 'caf\u00e9 au lait sur la terrasse';
    const decomposed = 'cafe\u0301 au lait sur la terrasse';
    expect(composed).not.toBe(decomposed);
    expect(secretBytes(composed)).toEqual(secretBytes(decomposed));

    const vaultKey = fromHex(FROZEN_VAULT_KEY);
    const header = frozenHeader();
    const slot = createSecretKeySlot(sodium, {
      vaultId: header.vaultId,
      kind: 'passphrase',
      secret: decomposed,
      vaultKey,
      cost: FLOOR_COST,
    });
    const withAccent = { ...header, slots: [slot] };
    expect(unlockVaultKey(sodium, withAccent, 'passphrase', composed).vaultKey).toEqual(vaultKey);
    expect(unlockVaultKey(sodium, withAccent, 'passphrase', decomposed).vaultKey).toEqual(vaultKey);
  });
});

describe('changing the passphrase', () => {
  let original: VaultHeader;
  let changed: VaultHeader;
  beforeAll(() => {
    original = frozenHeader();
    changed = rewrapPassphrase(sodium, original, {
      vaultKey: fromHex(FROZEN_VAULT_KEY),
      newPassphrase: 'a brand new passphrase',
      cost: FLOOR_COST,
    });
  });

  it('stops the old passphrase from opening the notebook', () => {
    expect(() => unlockVaultKey(sodium, changed, 'passphrase', PASSPHRASE)).toThrow(WrongSecretError);
  });

  it('lets the new passphrase open it to the same vault key, so no record needs re-encrypting', () => {
    expect(toHex(unlockVaultKey(sodium, changed, 'passphrase', 'a brand new passphrase').vaultKey)).toBe(FROZEN_VAULT_KEY);
  });

  it('keeps the recovery code working', () => {
    expect(toHex(unlockVaultKey(sodium, changed, 'recovery', RECOVERY_CODE).vaultKey)).toBe(FROZEN_VAULT_KEY);
  });

  it('replaces the passphrase slot and leaves the vault id and recovery slot untouched', () => {
    expect(changed.vaultId).toBe(original.vaultId);
    expect(changed.slots.filter((s) => s.kind === 'passphrase')).toHaveLength(1);
    expect(slotOf(changed, 'passphrase').id).not.toBe(slotOf(original, 'passphrase').id);
    expect(slotOf(changed, 'passphrase').kdf.salt).not.toBe(slotOf(original, 'passphrase').kdf.salt);
    expect(slotOf(changed, 'recovery')).toEqual(slotOf(original, 'recovery'));
    expect(original).toEqual(frozenHeader()); // the input header is not mutated
  });

  it('refuses a new cost below the floor', () => {
    expect(() =>
      rewrapPassphrase(sodium, original, {
        vaultKey: fromHex(FROZEN_VAULT_KEY),
        newPassphrase: 'x',
        cost: { opsLimit: 2, memLimitBytes: 64 * MiB },
      }),
    ).toThrow(WeakKdfParametersError);
  });
});

describe('a key slot cannot be moved or edited', () => {
  // A vault made by this build (not the frozen one), so each test below isolates one binding.
  let vault: { header: VaultHeader; vaultKey: Uint8Array };
  beforeAll(() => {
    vault = createVaultHeader(sodium, { passphrase: PASSPHRASE, recoveryCode: RECOVERY_CODE, cost: FLOOR_COST });
  });
  const edited = (kind: SecretKeySlot['kind'], edit: (slot: SecretKeySlot) => SecretKeySlot) => withEditedSlot(vault.header, kind, edit);

  it('the untouched slots open (the control for every edit below)', () => {
    expect(unlockVaultKey(sodium, vault.header, 'passphrase', PASSPHRASE).vaultKey).toEqual(vault.vaultKey);
    expect(unlockVaultKey(sodium, vault.header, 'recovery', RECOVERY_CODE).vaultKey).toEqual(vault.vaultKey);
  });

  it("a passphrase slot copied into another vault's header does not open there", () => {
    // Vault B uses the very same passphrase: only the vault id in the slot's associated data differs.
    const other = createVaultHeader(sodium, { passphrase: PASSPHRASE, recoveryCode: RECOVERY_CODE, cost: FLOOR_COST });
    const transplanted = { ...other.header, slots: [slotOf(vault.header, 'passphrase'), slotOf(other.header, 'recovery')] };
    expect(() => unlockVaultKey(sodium, transplanted, 'passphrase', PASSPHRASE)).toThrow(WrongSecretError);
  });

  it('a header with its vault id changed does not open', () => {
    const renamed = { ...vault.header, vaultId: '0'.repeat(32) };
    expect(() => unlockVaultKey(sodium, renamed, 'passphrase', PASSPHRASE)).toThrow(WrongSecretError);
  });

  it("editing a slot's kdf.opsLimit makes it fail", () => {
    const header = edited('passphrase', (s) => ({ ...s, kdf: { ...s.kdf, opsLimit: 4 } }));
    expect(() => unlockVaultKey(sodium, header, 'passphrase', PASSPHRASE)).toThrow(WrongSecretError);
  });

  it("editing a slot's kdf.memLimitBytes makes it fail", () => {
    const header = edited('passphrase', (s) => ({ ...s, kdf: { ...s.kdf, memLimitBytes: 65 * MiB } }));
    expect(() => unlockVaultKey(sodium, header, 'passphrase', PASSPHRASE)).toThrow(WrongSecretError);
  });

  it("editing a slot's kdf.salt makes it fail", () => {
    const header = edited('passphrase', (s) => ({ ...s, kdf: { ...s.kdf, salt: 'AAECAwQFBgcICQoLDA0ODw' } }));
    expect(() => unlockVaultKey(sodium, header, 'passphrase', PASSPHRASE)).toThrow(WrongSecretError);
  });

  it('relabelling the recovery slot as a passphrase slot does not let the code open it as a passphrase', () => {
    const relabelled: SecretKeySlot = { ...slotOf(vault.header, 'recovery'), kind: 'passphrase' };
    const header = { ...vault.header, slots: [relabelled] };
    expect(() => unlockVaultKey(sodium, header, 'passphrase', RECOVERY_CODE)).toThrow(WrongSecretError);
  });

  it("editing a slot's id makes it fail", () => {
    const header = edited('passphrase', (s) => ({ ...s, id: 'f'.repeat(32) }));
    expect(() => unlockVaultKey(sodium, header, 'passphrase', PASSPHRASE)).toThrow(WrongSecretError);
  });

  it('a changed wrapped key or nonce fails instead of yielding a wrong vault key', () => {
    const badKey = edited('passphrase', (s) => ({ ...s, wrappedKey: alterBase64(s.wrappedKey) }));
    const badNonce = edited('passphrase', (s) => ({ ...s, nonce: alterBase64(s.nonce) }));
    expect(() => unlockVaultKey(sodium, badKey, 'passphrase', PASSPHRASE)).toThrow(WrongSecretError);
    expect(() => unlockVaultKey(sodium, badNonce, 'passphrase', PASSPHRASE)).toThrow(WrongSecretError);
  });
});

describe('key-derivation settings read from a header are checked before any work', () => {
  it.each([
    ['32 MiB of memory', { memLimitBytes: 32 * MiB }],
    ['2 passes', { opsLimit: 2 }],
    ['4 GiB of memory (an absurd ceiling)', { memLimitBytes: 4096 * MiB }],
  ])('a passphrase slot with %s is refused with WeakKdfParametersError without running Argon2id', (_label, weaker) => {
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    const weakened = withEditedSlot(frozenHeader(), 'passphrase', (s) => ({ ...s, kdf: { ...s.kdf, ...weaker } }));
    expect(() => unlockVaultKey(sodium, weakened, 'passphrase', PASSPHRASE)).toThrow(WeakKdfParametersError);
    expect(pwhash).not.toHaveBeenCalled();
  });

  it('a weakened recovery slot is refused the same way', () => {
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    const weakened = withEditedSlot(frozenHeader(), 'recovery', (s) => ({ ...s, kdf: { ...s.kdf, opsLimit: 1, memLimitBytes: 8 * MiB } }));
    expect(() => unlockVaultKey(sodium, weakened, 'recovery', RECOVERY_CODE)).toThrow(WeakKdfParametersError);
    expect(pwhash).not.toHaveBeenCalled();
  });

  it('a slot whose salt was replaced by unreadable text is refused with a typed error, not a raw libsodium one', () => {
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    const garbled = withEditedSlot(frozenHeader(), 'passphrase', (s) => ({ ...s, kdf: { ...s.kdf, salt: 'not base64!' } }));
    expect(() => unlockVaultKey(sodium, garbled, 'passphrase', PASSPHRASE)).toThrow(WeakKdfParametersError);
    expect(pwhash).not.toHaveBeenCalled();
  });

  it('says the notebook may have been tampered with', () => {
    const weakened = withEditedSlot(frozenHeader(), 'passphrase', (s) => ({ ...s, kdf: { ...s.kdf, memLimitBytes: 32 * MiB } }));
    expect(() => unlockVaultKey(sodium, weakened, 'passphrase', PASSPHRASE)).toThrow(/weaker than Peer Notebook allows.*tampered with/);
  });
});

describe('parseVaultHeader', () => {
  it('refuses a newer format with UnsupportedFormatError that asks for an update', () => {
    const newer = { ...JSON.parse(FROZEN_HEADER_JSON), format: 4 };
    expect(() => parseVaultHeader(newer)).toThrow(UnsupportedFormatError);
    expect(() => parseVaultHeader(newer)).toThrow(/format version 4.*Update the app/);
  });

  it('reads a version 1 header (before agency slots) as version 3 with none, of the first key generation, and it still unlocks', () => {
    const header = frozenHeader();
    expect(JSON.parse(FROZEN_HEADER_JSON).format).toBe(1);
    expect(header).toMatchObject({ format: 3, agencySlots: [], keyGeneration: 1, retiredKeys: [] });
    expect(unlockVaultKey(sodium, header, 'passphrase', PASSPHRASE).vaultKey).toHaveLength(32);
  });

  it('reads a version 2 header (as backups made before key generations carry) as version 3 of the first generation, slots kept', () => {
    const slot = {
      id: 'a',
      label: 'Recovery key',
      keyFingerprint: 'ab'.repeat(32),
      sealedVaultKey: 'x',
      createdAt: '2025-06-01T12:00:00.000Z',
    };
    const header = parseVaultHeader({ ...JSON.parse(FROZEN_HEADER_JSON), format: 2, agencySlots: [slot] });
    expect(header).toMatchObject({ format: 3, keyGeneration: 1, retiredKeys: [], agencySlots: [slot] });
    expect(toHex(unlockVaultKey(sodium, header, 'passphrase', PASSPHRASE).vaultKey)).toBe(FROZEN_VAULT_KEY);
  });

  it('refuses a version 3 header without its key generation, or with a generation below 1', () => {
    const v3 = { ...JSON.parse(FROZEN_HEADER_JSON), format: 3, agencySlots: [], retiredKeys: [] };
    expect(parseVaultHeader({ ...v3, keyGeneration: 2 })).toMatchObject({ keyGeneration: 2 });
    expect(() => parseVaultHeader(v3)).toThrow(ZodError);
    expect(() => parseVaultHeader({ ...v3, keyGeneration: 0 })).toThrow(ZodError);
    expect(() => parseVaultHeader({ ...v3, keyGeneration: 1.5 })).toThrow(ZodError);
  });

  it('refuses a version 2 header without its agency slots, or with a slot that names no key', () => {
    const v2 = { ...JSON.parse(FROZEN_HEADER_JSON), format: 2 };
    expect(() => parseVaultHeader(v2)).toThrow(ZodError);
    const slot = { id: 'a', label: 'Recovery key', keyFingerprint: 'not hex', sealedVaultKey: 'x', createdAt: '2025-06-01T12:00:00.000Z' };
    expect(() => parseVaultHeader({ ...v2, agencySlots: [slot] })).toThrow(ZodError);
  });

  it.each([
    ['null', null],
    ['a string', 'not a header'],
    ['an empty object', {}],
    ['format 0', { ...JSON.parse(FROZEN_HEADER_JSON), format: 0 }],
    ['format as a string', { ...JSON.parse(FROZEN_HEADER_JSON), format: '1' }],
    ['no slots', { ...JSON.parse(FROZEN_HEADER_JSON), slots: [] }],
    ['an uppercase vault id', { ...JSON.parse(FROZEN_HEADER_JSON), vaultId: '41DD8275C9346B0D97BEBD72289564AE' }],
    ['a short vault id', { ...JSON.parse(FROZEN_HEADER_JSON), vaultId: '41dd8275' }],
  ])('refuses garbage with a schema error: %s', (_label, value) => {
    expect(() => parseVaultHeader(value)).toThrow(ZodError);
  });

  it.each([
    ['another algorithm', { algorithm: 'argon2i13' }],
    ['fractional passes', { opsLimit: 3.5 }],
    ['memory as a string', { memLimitBytes: '67108864' }],
    ['an empty salt', { salt: '' }],
  ])('refuses a slot whose kdf has %s', (_label, kdfEdit) => {
    const header = JSON.parse(FROZEN_HEADER_JSON);
    header.slots[0].kdf = { ...header.slots[0].kdf, ...kdfEdit };
    expect(() => parseVaultHeader(header)).toThrow(ZodError);
  });
});
