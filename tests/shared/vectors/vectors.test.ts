/**
 * Frozen test vectors: the bytes of every stored format, as written once by make-vectors.ts (see
 * there for the story they tell). Each must open with today's code to what it was made from, and
 * where a writer is deterministic apart from its random bytes, today's writer given those bytes
 * must write the very same ones. A change to an associated-data string, a field order, a key
 * derivation or a layout fails here; a new format version adds new vectors and keeps these.
 *
 * Argon2id runs six times in this file (each slot kind of each header format, one slot written
 * again, the agency's key file), at the floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { concatBytes, fromHex, fromUtf8, toHex, utf8 } from '@shared/crypto/bytes';
import { TamperedDataError } from '@shared/crypto/errors';
import { deriveVaultSubkey, type SubkeyPurpose } from '@shared/crypto/subkeys';
import { openRecord, sealRecord, type RecordBinding } from '@shared/crypto/record-cipher';
import { createSecretKeySlot, parseVaultHeader, unlockVaultKey, type VaultHeader } from '@shared/crypto/vault-header';
import { openRetiredKeys, unwrapVaultKey, wrapVaultKey, type VaultKeyBinding, type WrappedVaultKey } from '@shared/crypto/vault-key-change';
import { openAgencyPrivateKey } from '@shared/crypto/agency-key';
import { openVaultKeySealedForAgency } from '@shared/agency/agency-keys';
import { AuditEvent, chainLink, verifyAuditChain } from '@shared/audit/audit-chain';
import { openSegment, sealSegment, type SegmentName } from '@shared/sync/sync-segment';
import { readBackupEntries, verifyBackup } from '@shared/backup/backup-reader';
import type { BackupUnlock } from '@shared/backup/backup-header';
import type { DecodedBackupEntry } from '@shared/backup/backup-entries';
import { RecordBody } from '@shared/records/record-body';
import { withRandomness } from './randomness';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const vector = <T>(name: string): T => JSON.parse(readFileSync(join(import.meta.dirname, name), 'utf8')) as T;
const base64 = (text: string) => sodium.from_base64(text, sodium.base64_variants.URLSAFE_NO_PADDING);
const subkey = (vaultKeyHex: string, purpose: SubkeyPurpose) => deriveVaultSubkey(sodium, fromHex(vaultKeyHex), purpose);
const agencyKeyPair = (seedHex: string) => sodium.crypto_box_seed_keypair(fromHex(seedHex));

interface Secrets {
  passphrase: string;
  recoveryCode: string;
}
interface HeaderVector {
  vaultKey: string;
  secrets: Secrets;
  agencySeed: string;
  header: VaultHeader;
  retired?: { generation: number; vaultKey: string }[];
}
interface Envelope {
  vaultKey: string;
  binding: RecordBinding;
  plaintext: string;
  envelope: string;
}

const v2 = vector<HeaderVector>('vault-header-v2.json');
const v3 = vector<HeaderVector>('vault-header-v3.json');

describe('vault subkeys', () => {
  const { vectors } = vector<{ vectors: { vaultKey: string; subkeys: Record<SubkeyPurpose, string> }[] }>('subkeys.json');

  it('are derived from each vault key as they were, for every purpose', () => {
    for (const { vaultKey, subkeys } of vectors)
      for (const [purpose, expected] of Object.entries(subkeys))
        expect(toHex(subkey(vaultKey, purpose as SubkeyPurpose)), purpose).toBe(expected);
    expect(Object.keys(vectors[0]!.subkeys)).toEqual(['records', 'audit', 'audit-chain', 'backup', 'sync', 'vault-keys']);
  });
});

describe('vault header, format 2', () => {
  it('is read as format 3 of the first key generation, nothing retired, its slots and agency slot kept', () => {
    expect(parseVaultHeader(v2.header)).toEqual({ ...v2.header, format: 3, keyGeneration: 1, retiredKeys: [] });
  });

  it('opens with its passphrase and with its recovery code, each from its own slot', () => {
    for (const [kind, secret, slot] of [
      ['passphrase', v2.secrets.passphrase, 0],
      ['recovery', v2.secrets.recoveryCode, 1],
    ] as const) {
      const { vaultKey, slotId } = unlockVaultKey(sodium, parseVaultHeader(v2.header), kind, secret);
      expect(toHex(vaultKey)).toBe(v2.vaultKey);
      expect(slotId).toBe(v2.header.slots[slot]!.id);
    }
  });

  it("opens with the agency's key from its agency slot", () => {
    const [slot] = v2.header.agencySlots;
    expect(toHex(openVaultKeySealedForAgency(sodium, slot!, agencyKeyPair(v2.agencySeed)))).toBe(v2.vaultKey);
  });
});

describe('vault header, format 3 (after a key change)', () => {
  const header = () => parseVaultHeader(v3.header);

  it('is read exactly as stored', () => {
    expect(header()).toEqual(v3.header);
    expect(header()).toMatchObject({ format: 3, keyGeneration: 2 });
  });

  it('opens with the new passphrase and the new recovery code', () => {
    expect(toHex(unlockVaultKey(sodium, header(), 'passphrase', v3.secrets.passphrase).vaultKey)).toBe(v3.vaultKey);
    expect(toHex(unlockVaultKey(sodium, header(), 'recovery', v3.secrets.recoveryCode).vaultKey)).toBe(v3.vaultKey);
  });

  it("opens with the agency's key, and gives back the key it retired", () => {
    expect(toHex(openVaultKeySealedForAgency(sodium, v3.header.agencySlots[0]!, agencyKeyPair(v3.agencySeed)))).toBe(v3.vaultKey);
    expect(openRetiredKeys(sodium, header(), fromHex(v3.vaultKey)).map(toHex)).toEqual(v3.retired!.map((retired) => retired.vaultKey));
    expect(v3.retired![0]!.vaultKey).toBe(v2.vaultKey);
  });

  it("is written the same way today: a slot from the slot's id, salt and nonce, a retired key from its nonce", () => {
    const [slot] = v3.header.slots;
    const slotRandom = concatBytes(fromHex(slot!.id), base64(slot!.kdf.salt), base64(slot!.nonce));
    const { opsLimit, memLimitBytes } = slot!.kdf;
    const written = withRandomness(slotRandom, () =>
      createSecretKeySlot(sodium, {
        vaultId: v3.header.vaultId,
        kind: 'passphrase',
        secret: v3.secrets.passphrase,
        vaultKey: fromHex(v3.vaultKey),
        cost: { opsLimit, memLimitBytes },
        now: new Date(slot!.createdAt),
      }),
    );
    expect(written).toEqual(slot);

    const [retired] = v3.header.retiredKeys;
    const binding: VaultKeyBinding = { vaultId: v3.header.vaultId, role: 'retired', generation: retired!.generation };
    expect(withRandomness(base64(retired!.nonce), () => wrapVaultKey(sodium, fromHex(v3.vaultKey), binding, fromHex(v2.vaultKey)))).toEqual(
      {
        nonce: retired!.nonce,
        wrappedKey: retired!.wrappedKey,
      },
    );
  });
});

describe('vault keys wrapped under vault keys', () => {
  const { vectors } = vector<{ vectors: { under: string; binding: VaultKeyBinding; vaultKey: string; wrapped: WrappedVaultKey }[] }>(
    'vault-key-wraps.json',
  );

  it('open to the key they wrap, and only under their own binding', () => {
    for (const { under, binding, vaultKey, wrapped } of vectors) {
      expect(toHex(unwrapVaultKey(sodium, fromHex(under), binding, wrapped))).toBe(vaultKey);
      const otherRole = { ...binding, role: binding.role === 'next' ? 'retired' : 'next' } as const;
      expect(() => unwrapVaultKey(sodium, fromHex(under), otherRole, wrapped)).toThrow(TamperedDataError);
    }
    expect(vectors.map(({ binding }) => binding.role)).toEqual(['next', 'retired']);
  });

  it('are written the same way today from the same nonce', () => {
    for (const { under, binding, vaultKey, wrapped } of vectors)
      expect(withRandomness(base64(wrapped.nonce), () => wrapVaultKey(sodium, fromHex(under), binding, fromHex(vaultKey)))).toEqual(
        wrapped,
      );
  });
});

describe('record envelopes', () => {
  const { vectors } = vector<{ vectors: Envelope[] }>('record-envelopes.json');

  it('open to the record bodies they were sealed from, which today’s body schema reads', () => {
    for (const { vaultKey, binding, plaintext, envelope } of vectors) {
      expect(fromUtf8(openRecord(sodium, subkey(vaultKey, 'records'), binding, fromHex(envelope)))).toBe(plaintext);
      expect(RecordBody.parse(JSON.parse(plaintext))).toEqual(JSON.parse(plaintext));
    }
    expect(vectors.map(({ plaintext }) => (JSON.parse(plaintext) as RecordBody).kind)).toEqual([
      'person',
      'service-note',
      'task',
      'person',
    ]);
  });

  it('are sealed the same way today from the same nonce', () => {
    for (const { vaultKey, binding, plaintext, envelope } of vectors) {
      const nonce = fromHex(envelope).subarray(1, 25);
      expect(toHex(sealRecord(sodium, subkey(vaultKey, 'records'), binding, utf8(plaintext), nonce))).toBe(envelope);
    }
  });
});

describe('the audit chain', () => {
  const chain = vector<{
    vaultKey: string;
    rows: { seq: number; binding: RecordBinding; plaintext: string; ct: string; link: string }[];
    head: { seq: number; link: string };
  }>('audit-chain.json');
  const rows = () => chain.rows.map(({ seq, ct, link }) => ({ seq, ct: fromHex(ct), link: fromHex(link) }));

  it('links each event to the one before as it did, and verifies whole up to its head', () => {
    let previous: Uint8Array | null = null;
    for (const { seq, ct, link } of rows()) {
      expect(toHex(chainLink(sodium, subkey(chain.vaultKey, 'audit-chain'), previous, seq, ct))).toBe(toHex(link));
      previous = link;
    }
    const head = { seq: chain.head.seq, link: fromHex(chain.head.link) };
    expect(verifyAuditChain(sodium, subkey(chain.vaultKey, 'audit-chain'), rows(), head)).toEqual({ ok: true, count: 3 });
  });

  it('opens each event, sealed like a record, to an event today’s schema reads, and seals it the same way', () => {
    for (const { binding, plaintext, ct } of chain.rows) {
      const auditKey = subkey(chain.vaultKey, 'audit');
      expect(fromUtf8(openRecord(sodium, auditKey, binding, fromHex(ct)))).toBe(plaintext);
      expect(AuditEvent.parse(JSON.parse(plaintext))).toEqual(JSON.parse(plaintext));
      expect(toHex(sealRecord(sodium, auditKey, binding, utf8(plaintext), fromHex(ct).subarray(1, 25)))).toBe(ct);
    }
  });
});

type SegmentVectors = {
  vectors: {
    vaultKey: string;
    name: SegmentName;
    revisions: { id: string; kind: string; parentId: string | null; rev: string; deleted: 0 | 1; ct: string }[];
    segment: string;
  }[];
};

describe.each([
  ['format 1 (written before the index was deflated)', 'sync-segments-v1.json'],
  ['format 2 (written today)', 'sync-segments-v2.json'],
])('sync segments of %s', (_format, file) => {
  const { vectors } = vector<SegmentVectors>(file);

  it('open to the revisions they carry, each a record envelope that opens under the same vault key', () => {
    for (const { vaultKey, name, revisions, segment } of vectors) {
      const opened = openSegment(sodium, subkey(vaultKey, 'sync'), name, fromHex(segment));
      expect(opened.map((revision) => ({ ...revision, ct: toHex(revision.ct) }))).toEqual(revisions);
      for (const { id, kind, parentId, rev, ct } of revisions) {
        const body = JSON.parse(
          fromUtf8(openRecord(sodium, subkey(vaultKey, 'records'), { vaultId: name.vaultId, recordId: id, rev }, fromHex(ct))),
        );
        expect(body).toMatchObject({ kind, parentId });
      }
    }
  });

  it('opens the segment another computer wrote before the key change with the key the format 3 header retired', () => {
    const desktops = vectors[1]!;
    const [retired] = openRetiredKeys(sodium, parseVaultHeader(v3.header), fromHex(v3.vaultKey));
    expect(openSegment(sodium, deriveVaultSubkey(sodium, retired!, 'sync'), desktops.name, fromHex(desktops.segment))).toHaveLength(1);
  });
});

describe('sync segments written today', () => {
  it('are sealed the same way from the same nonce (format 2)', () => {
    for (const { vaultKey, name, revisions, segment } of vector<SegmentVectors>('sync-segments-v2.json').vectors) {
      const nonce = fromHex(segment).subarray(7, 31);
      const written = withRandomness(nonce, () =>
        sealSegment(
          sodium,
          subkey(vaultKey, 'sync'),
          name,
          revisions.map((revision) => ({ ...revision, ct: fromHex(revision.ct) })),
        ),
      );
      expect(toHex(written)).toBe(segment);
    }
  });
});

describe('a backup file carrying a format 3 header', () => {
  const backup = vector<{ vaultKey: string; agencySeed: string; entries: DecodedBackupEntry[]; file: string }>('backup-v1-header-v3.json');
  async function* bytes() {
    yield new Uint8Array(Buffer.from(backup.file, 'base64'));
  }

  it('opens with the vault key and with the agency key, holding the header and the entries it was made with', async () => {
    const agency = agencyKeyPair(backup.agencySeed);
    const unlocks: BackupUnlock[] = [
      { kind: 'vault-key', vaultKey: fromHex(backup.vaultKey) },
      { kind: 'agency-key', keyPair: { publicKey: agency.publicKey, privateKey: agency.privateKey } },
    ];
    for (const unlock of unlocks) {
      const verified = await verifyBackup(sodium, bytes(), unlock);
      expect(verified.header.vault).toEqual(v3.header);
      expect(verified.counts).toEqual({ records: 3, deletedRecords: 1, auditEvents: 3, unrecognised: 0 });
    }
    const entries: DecodedBackupEntry[] = [];
    for await (const entry of readBackupEntries(sodium, bytes(), unlocks[0]!)) entries.push(entry);
    expect(entries).toEqual(backup.entries);
  });
});

describe("the agency's recovery key file, format 2", () => {
  const keyFile = vector<{ passphrase: string; keyPair: { publicKey: string; privateKey: string }; file: unknown }>(
    'agency-private-key-v2.json',
  );

  it('opens with its passphrase to the key every agency slot above is sealed to', () => {
    const keyPair = openAgencyPrivateKey(sodium, keyFile.file, 'recovery', keyFile.passphrase);
    expect({ publicKey: toHex(keyPair.publicKey), privateKey: toHex(keyPair.privateKey) }).toEqual(keyFile.keyPair);
    expect(toHex(agencyKeyPair(v3.agencySeed).publicKey)).toBe(keyFile.keyPair.publicKey);
  });
});
