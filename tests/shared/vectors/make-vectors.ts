/**
 * Makes the frozen test vectors in this folder, once. Run by hand, never by the tests:
 *
 *   node --import tsx tests/shared/vectors/make-vectors.ts
 *
 * It refuses to write over a vector that exists: a vector is what an earlier version wrote, and
 * every later version must still open it (vectors.test.ts). A new format version gets new vector
 * files beside the old ones; the old ones stay.
 *
 * One story runs through them, with fixed keys and inputs: a notebook made under vault header
 * format 2 with an agency slot (vault key K1), its key changed under format 3 (K2, with K1
 * retired), its records, audit trail and sync segments, and a backup made after the change.
 * Nonces, salts and ids are random bytes drawn here and handed to today's writers, so the vector
 * keeps them beside what the writers made. Argon2id runs at the floor (64 MiB, 3 passes).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSodium } from '@shared/crypto/sodium';
import { concatBytes, fromHex, randomBytes, toHex, utf8 } from '@shared/crypto/bytes';
import { KDF_FLOOR } from '@shared/crypto/kdf';
import { deriveVaultSubkey, type SubkeyPurpose } from '@shared/crypto/subkeys';
import { sealRecord, type RecordBinding } from '@shared/crypto/record-cipher';
import { addAgencySlots, createSecretKeySlot, parseVaultHeader } from '@shared/crypto/vault-header';
import { nextGenerationHeader, wrapVaultKey, type VaultKeyBinding } from '@shared/crypto/vault-key-change';
import { agencyKeyFingerprint, sealAgencyPrivateKey } from '@shared/crypto/agency-key';
import { builtInAgencyKeys, sealVaultKeyForAgency } from '@shared/agency/agency-keys';
import { chainLink, type AuditEvent } from '@shared/audit/audit-chain';
import { sealSegment, type SegmentName } from '@shared/sync/sync-segment';
import { encodeBackup } from '@shared/backup/backup-encoder';
import type { BackupEntry } from '@shared/backup/backup-entries';
import type { RecordBody } from '@shared/records/record-body';
import { withRandomness } from './randomness';

const sodium = await loadSodium();

const VAULT_ID = '7c1e0f5a9b3d48e2a6f4c8b0d2e4f601';
const LAPTOP = '1a2b3c4d5e6f7081';
const DESKTOP = '9f8e7d6c5b4a3921';
const K1 = fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
const K2 = fromHex('202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f');
const SECRETS = {
  1: { passphrase: 'orchard kettle lantern drift', recoveryCode: '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ' },
  2: { passphrase: 'harbor violet pancake tundra', recoveryCode: 'ZYXW-VTSR-QPNM-KJHG-FEDC-BA98-7654-3210' },
};
const AGENCY = { seed: '07'.repeat(32), label: 'Recovery key 2025', passphrase: 'granite meadow copper willow' };
const CREATED_AT = '2025-06-02T09:00:00.000Z';
const KEY_CHANGED_AT = '2026-01-15T14:30:00.000Z';
const BACKED_UP_AT = '2026-01-20T18:00:00.000Z';
/** A slot draws its id, its Argon2id salt and its nonce. */
const SLOT_RANDOM_BYTES = 16 + 16 + 24;

const stamp = (time: string, device: string, counter = 0) => `${time}-${counter.toString(16).padStart(4, '0')}-${device}`;
const JORDAN = 'b7d1c9e3a5f7081a2c4e6b8d0f1a3c5e';
const person = stamp('2026-01-16T10:00:00.000Z', LAPTOP);
const note = stamp('2026-01-17T11:15:00.000Z', LAPTOP);
const noteElsewhere = stamp('2026-01-17T11:20:00.000Z', DESKTOP);
const taskMade = stamp('2026-01-18T09:00:00.000Z', LAPTOP);
const taskRemoved = stamp('2026-01-19T16:45:00.000Z', LAPTOP, 1);

/** Records as the vault keeps them: a person, a note holding a conflict, a removed task. */
const RECORDS: { binding: RecordBinding; body: RecordBody }[] = [
  {
    binding: { vaultId: VAULT_ID, recordId: JORDAN, rev: person },
    body: {
      v: 1,
      kind: 'person',
      parentId: null,
      fields: { preferredName: 'Jordan Rivers', phone: '919-555-0142', okToText: true },
      clocks: { preferredName: person, phone: person, okToText: person },
    },
  },
  {
    binding: { vaultId: VAULT_ID, recordId: 'c2e4a6b8d0f21436587a9cbedf012345', rev: noteElsewhere },
    body: {
      v: 1,
      kind: 'service-note',
      parentId: JORDAN,
      fields: { date: '2026-01-17', startTime: '10:00', endTime: '10:50', nextSteps: 'Call the landlord on Wednesday' },
      clocks: { date: note, startTime: note, endTime: note, nextSteps: noteElsewhere },
      seen: { nextSteps: { [LAPTOP]: note } },
      versions: { nextSteps: [{ value: 'Visit the housing office on Friday', stamp: note, seen: {} }] },
    },
  },
  {
    binding: { vaultId: VAULT_ID, recordId: 'd4f6a8c0e2b41357698badcfe0123456', rev: taskRemoved },
    body: {
      v: 1,
      kind: 'task',
      parentId: JORDAN,
      fields: { what: 'Weekly check-in call' },
      clocks: { what: taskMade, '@deleted': taskRemoved },
      deleted: true,
    },
  },
];
/** A person the desktop added before it learnt of the key change: sealed under K1. */
const SAM_AT = stamp('2026-01-15T15:00:00.000Z', DESKTOP);
const DESKTOP_RECORD = {
  binding: { vaultId: VAULT_ID, recordId: 'e6a8c0e2b4d61357698badcfe0654321', rev: SAM_AT },
  body: { v: 1, kind: 'person', parentId: null, fields: { preferredName: 'Sam Lee' }, clocks: { preferredName: SAM_AT } },
} satisfies { binding: RecordBinding; body: RecordBody };

const AUDIT_EVENTS: AuditEvent[] = [
  {
    at: '2026-01-16T10:00:00.000Z',
    actor: LAPTOP,
    action: 'create',
    recordId: JORDAN,
    recordKind: 'person',
    personId: JORDAN,
    summary: 'Person added',
  },
  {
    at: '2026-01-17T11:15:00.000Z',
    actor: LAPTOP,
    action: 'view',
    recordId: JORDAN,
    recordKind: 'person',
    personId: JORDAN,
    summary: 'Page opened',
  },
  {
    at: '2026-01-17T11:16:30.000-05:00',
    actor: LAPTOP,
    action: 'sign',
    recordId: RECORDS[1]!.binding.recordId,
    recordKind: 'service-note',
    personId: JORDAN,
    summary: 'Service note signed',
  },
];

/** Writes a vector that is not there yet; one already made is never touched (a new format gets a new file). */
async function writeOnce(name: string, vector: object): Promise<void> {
  try {
    await writeFile(join(import.meta.dirname, name), `${JSON.stringify(vector, null, 2)}\n`, { flag: 'wx' });
    console.log(`wrote ${name}`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    console.log(`kept ${name}`);
  }
}

const subkey = (vaultKey: Uint8Array, purpose: SubkeyPurpose) => deriveVaultSubkey(sodium, vaultKey, purpose);
const agency = sodium.crypto_box_seed_keypair(fromHex(AGENCY.seed));
const [pinnedAgency] = builtInAgencyKeys(sodium, {
  recoveryKeys: [
    {
      label: AGENCY.label,
      publicKey: sodium.to_base64(agency.publicKey, sodium.base64_variants.ORIGINAL),
      fingerprint: agencyKeyFingerprint(sodium, agency.publicKey),
    },
  ],
  policyKeys: [],
});
const sealForAgency = (vaultKey: Uint8Array) => ({ label: AGENCY.label, ...sealVaultKeyForAgency(sodium, vaultKey, pinnedAgency!) });

// Subkeys: crypto_kdf of both vault keys, for every purpose.
const PURPOSES: SubkeyPurpose[] = ['records', 'audit', 'audit-chain', 'backup', 'sync', 'vault-keys'];
await writeOnce('subkeys.json', {
  about: 'crypto_kdf_derive_from_key(32, id, "PNvault1", vault key) for each purpose (shared/crypto/subkeys.ts).',
  vectors: [K1, K2].map((vaultKey) => ({
    vaultKey: toHex(vaultKey),
    subkeys: Object.fromEntries(PURPOSES.map((purpose) => [purpose, toHex(subkey(vaultKey, purpose))])),
  })),
});

// Vault header format 2, as the app wrote it before key generations: the same slots and agency seal.
const v2Slot = (kind: 'passphrase' | 'recovery', secret: string) =>
  withRandomness(randomBytes(SLOT_RANDOM_BYTES), () =>
    createSecretKeySlot(sodium, { vaultId: VAULT_ID, kind, secret, vaultKey: K1, cost: KDF_FLOOR, now: new Date(CREATED_AT) }),
  );
const v2Base = {
  format: 2,
  vaultId: VAULT_ID,
  createdAt: CREATED_AT,
  slots: [v2Slot('passphrase', SECRETS[1].passphrase), v2Slot('recovery', SECRETS[1].recoveryCode)],
};
const v2AgencySeal = sealForAgency(K1);
const { agencySlots } = withRandomness(randomBytes(16), () =>
  addAgencySlots(parseVaultHeader({ ...v2Base, agencySlots: [] }), [v2AgencySeal], new Date(CREATED_AT)),
);
const headerV2 = { ...v2Base, agencySlots };
await writeOnce('vault-header-v2.json', {
  about: 'A vault header of format 2 (before key generations): a passphrase slot, a recovery-code slot and an agency slot, wrapping K1.',
  vaultKey: toHex(K1),
  secrets: SECRETS[1],
  agencySeed: AGENCY.seed,
  header: headerV2,
});

// Vault header format 3: today's key change of that notebook, from K1 to K2.
// The key change draws the new key first (here K2), then a nonce for the retired key, each slot's
// id, salt and nonce, and the agency slot's id.
const keyChangeRandom = concatBytes(K2, randomBytes(24 + 2 * SLOT_RANDOM_BYTES + 16));
const v3AgencySeal = sealForAgency(K2);
const { header: headerV3 } = withRandomness(keyChangeRandom, () =>
  nextGenerationHeader(sodium, parseVaultHeader(headerV2), {
    currentKey: K1,
    passphrase: SECRETS[2].passphrase,
    recoveryCode: SECRETS[2].recoveryCode,
    cost: KDF_FLOOR,
    sealForAgencies: () => [v3AgencySeal],
    now: new Date(KEY_CHANGED_AT),
  }),
);
await writeOnce('vault-header-v3.json', {
  about:
    'A vault header of format 3: the notebook of vault-header-v2.json after its key changed (generation 2, K2), K1 retired under K2, the agency slot sealed again.',
  vaultKey: toHex(K2),
  secrets: SECRETS[2],
  agencySeed: AGENCY.seed,
  retired: [{ generation: 1, vaultKey: toHex(K1) }],
  header: headerV3,
});

// Key wraps: the next key under the current one while a change runs, and a retired key under the new one.
const wrap = (under: Uint8Array, binding: VaultKeyBinding, vaultKey: Uint8Array) => ({
  under: toHex(under),
  binding,
  vaultKey: toHex(vaultKey),
  wrapped: withRandomness(randomBytes(24), () => wrapVaultKey(sodium, under, binding, vaultKey)),
});
await writeOnce('vault-key-wraps.json', {
  about: "A vault key wrapped under another key's vault-keys subkey (shared/crypto/vault-key-change.ts); the nonce is its only randomness.",
  vectors: [
    wrap(K1, { vaultId: VAULT_ID, role: 'next', generation: 2 }, K2),
    wrap(K2, { vaultId: VAULT_ID, role: 'retired', generation: 1 }, K1),
  ],
});

// Record envelopes: bodies as the vault seals them (UTF-8 JSON) under each generation's records key.
const envelope = (vaultKey: Uint8Array, { binding, body }: { binding: RecordBinding; body: RecordBody }) => {
  const plaintext = JSON.stringify(body);
  const sealed = sealRecord(sodium, subkey(vaultKey, 'records'), binding, utf8(plaintext), randomBytes(24));
  return { vaultKey: toHex(vaultKey), binding, plaintext, envelope: toHex(sealed) };
};
const envelopes = RECORDS.map((record) => envelope(K2, record));
const desktopEnvelope = envelope(K1, DESKTOP_RECORD);
await writeOnce('record-envelopes.json', {
  about:
    'Record envelopes [1][24-byte nonce][XChaCha20-Poly1305 ciphertext + tag] (shared/crypto/record-cipher.ts), under K2 and, the last, K1.',
  vectors: [...envelopes, desktopEnvelope],
});

// The audit trail: events sealed like records (bound to "audit/<seq>"), each linked to the one before.
let previous: Uint8Array | null = null;
const rows = AUDIT_EVENTS.map((event, index) => {
  const seq = index + 1;
  const binding = { vaultId: VAULT_ID, recordId: `audit/${seq}`, rev: String(seq) };
  const plaintext = JSON.stringify(event);
  const ct = sealRecord(sodium, subkey(K2, 'audit'), binding, utf8(plaintext), randomBytes(24));
  const link = chainLink(sodium, subkey(K2, 'audit-chain'), previous, seq, ct);
  previous = link;
  return { seq, binding, plaintext, ct: toHex(ct), link: toHex(link) };
});
await writeOnce('audit-chain.json', {
  about:
    'Audit events sealed under the audit subkey, each linked by BLAKE2b keyed with the audit-chain subkey over seq, the previous link and its ciphertext (shared/audit/audit-chain.ts).',
  vaultKey: toHex(K2),
  rows,
  head: { seq: rows.at(-1)!.seq, link: rows.at(-1)!.link },
});

// Sync segments: the laptop's after the change (K2), and one the desktop wrote under K1 before it learnt of it.
const segment = (
  vaultKey: Uint8Array,
  name: SegmentName,
  records: { binding: RecordBinding; body: RecordBody }[],
  sealed: typeof envelopes,
) => {
  const revisions = records.map(({ binding, body }, i) => ({
    id: binding.recordId,
    kind: body.kind,
    parentId: body.parentId,
    rev: binding.rev,
    deleted: body.deleted ? (1 as const) : (0 as const),
    ct: fromHex(sealed[i]!.envelope),
  }));
  const nonce = randomBytes(24);
  const bytes = withRandomness(nonce, () => sealSegment(sodium, subkey(vaultKey, 'sync'), name, revisions));
  return { vaultKey: toHex(vaultKey), name, revisions: revisions.map((r) => ({ ...r, ct: toHex(r.ct) })), segment: toHex(bytes) };
};
// Format 1 (sync-segments-v1.json) was written by the writer of its day; today's writes format 2.
await writeOnce('sync-segments-v2.json', {
  about:
    'Sync segments format 2 ["PNSYNC"][2][24-byte nonce][XChaCha20-Poly1305 of: u32 LE n, n bytes of deflated index JSON, the record envelopes] (shared/sync/sync-segment.ts, docs/sync-format.md).',
  vectors: [
    segment(K2, { vaultId: VAULT_ID, deviceId: LAPTOP, seq: 7 }, RECORDS, envelopes),
    segment(K1, { vaultId: VAULT_ID, deviceId: DESKTOP, seq: 3 }, [DESKTOP_RECORD], [desktopEnvelope]),
  ],
});

// A backup made after the change: file format 1, carrying the format 3 vault header.
const entries: BackupEntry[] = [
  ...RECORDS.map(({ binding, body }) => ({
    type: 'record' as const,
    id: binding.recordId,
    rev: binding.rev,
    kind: body.kind,
    parentId: body.parentId,
    deleted: body.deleted ?? false,
    body,
  })),
  ...AUDIT_EVENTS.map((event, index) => ({ type: 'audit-event' as const, seq: index + 1, event })),
];
const pieces: Uint8Array[] = [];
const backupInput = { vaultHeader: parseVaultHeader(headerV3), vaultKey: K2, agencyKeys: [pinnedAgency!], now: new Date(BACKED_UP_AT) };
for await (const piece of encodeBackup(sodium, backupInput, entries)) pieces.push(piece);
await writeOnce('backup-v1-header-v3.json', {
  about: 'A backup file (format 1, docs/backup-format.md) made after the key change, so it carries the format 3 vault header.',
  vaultKey: toHex(K2),
  agencySeed: AGENCY.seed,
  entries,
  file: Buffer.from(concatBytes(...pieces)).toString('base64'),
});

// The agency's recovery key file (format 2): the key every agency slot above is sealed to.
await writeOnce('agency-private-key-v2.json', {
  about: "The agency's recovery key file, format 2 (shared/crypto/agency-key.ts), sealed under its passphrase.",
  passphrase: AGENCY.passphrase,
  keyPair: { publicKey: toHex(agency.publicKey), privateKey: toHex(agency.privateKey) },
  file: withRandomness(randomBytes(16 + 24), () =>
    sealAgencyPrivateKey(sodium, {
      purpose: 'recovery',
      label: AGENCY.label,
      keyPair: agency,
      passphrase: AGENCY.passphrase,
      cost: KDF_FLOOR,
      now: new Date(CREATED_AT),
    }),
  ),
});
