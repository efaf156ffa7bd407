import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes, randomId, utf8 } from '@shared/crypto/bytes';
import { openSegment, sealSegment, SyncSegmentUnreadableError, type SegmentRevision } from '@shared/sync/sync-segment';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const name = { vaultId: 'ab'.repeat(16), deviceId: '00000000000000aa', seq: 3 };
const revisions: SegmentRevision[] = [
  {
    id: 'a1'.repeat(16),
    kind: 'person',
    parentId: null,
    rev: '2026-11-23T10:00:00.000Z-0000-00000000000000aa',
    deleted: 0,
    ct: randomBytes(90),
  },
  {
    id: 'b2'.repeat(16),
    kind: 'service-note',
    parentId: 'a1'.repeat(16),
    rev: '2026-11-23T10:00:01.000Z-0000-00000000000000aa',
    deleted: 1,
    ct: randomBytes(40),
  },
];

const reasonOf = (open: () => unknown) => {
  try {
    open();
  } catch (error) {
    return error instanceof SyncSegmentUnreadableError ? error.reason : String(error);
  }
  return 'opened';
};

describe('sync segments', () => {
  it('open to exactly the revisions sealed in them, with nothing in clear', () => {
    const key = randomBytes(32);
    const bytes = sealSegment(sodium, key, name, revisions);
    expect(openSegment(sodium, key, name, bytes)).toEqual(revisions);
    const text = Buffer.from(bytes).toString('latin1');
    for (const clear of ['person', 'service-note', 'a1a1', '2026-11-23']) expect(text).not.toContain(clear);
  });

  it('refuse a segment from another notebook, under another name, changed in one byte, or cut short', () => {
    const key = randomBytes(32);
    const bytes = sealSegment(sodium, key, name, revisions);
    expect(reasonOf(() => openSegment(sodium, randomBytes(32), name, bytes))).toBe('does-not-open');
    expect(reasonOf(() => openSegment(sodium, key, { ...name, seq: 4 }, bytes))).toBe('does-not-open');
    expect(reasonOf(() => openSegment(sodium, key, { ...name, deviceId: '00000000000000bb' }, bytes))).toBe('does-not-open');
    const changed = new Uint8Array(bytes);
    changed[60]! ^= 1;
    expect(reasonOf(() => openSegment(sodium, key, name, changed))).toBe('does-not-open');
    expect(reasonOf(() => openSegment(sodium, key, name, bytes.subarray(0, bytes.length - 1)))).toBe('does-not-open');
    expect(reasonOf(() => openSegment(sodium, key, name, utf8('{"not":"a segment"}')))).toBe('not-a-segment');
  });
});

describe('sync segment formats', () => {
  // Sealed by this app's format-1 writer (the sync format before v2), frozen here as it sits in
  // folders: key 32 bytes of 0x5a, vault 'ab'×16, device 00000000000000aa, segment 7.
  const v1 = {
    bytes: new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures/segment-v1.pnseg'))),
    key: new Uint8Array(32).fill(0x5a),
    name: { vaultId: 'ab'.repeat(16), deviceId: '00000000000000aa', seq: 7 },
  };

  it('still open a format-1 segment written by an earlier version of the app', () => {
    expect(v1.bytes[6]).toBe(1);
    expect(openSegment(sodium, v1.key, v1.name, v1.bytes)).toEqual([
      {
        id: 'a1'.repeat(16),
        kind: 'person',
        parentId: null,
        rev: '2026-11-23T10:00:00.000Z-0000-00000000000000aa',
        deleted: 0,
        ct: utf8('sealed body of the person, as the records key left it'),
      },
      {
        id: 'b2'.repeat(16),
        kind: 'service-note',
        parentId: 'a1'.repeat(16),
        rev: '2026-11-23T10:00:01.000Z-0001-00000000000000aa',
        deleted: 0,
        ct: utf8('sealed body of a service note'),
      },
      {
        id: 'c3'.repeat(16),
        kind: 'task',
        parentId: 'a1'.repeat(16),
        rev: '2026-11-23T10:00:02.000Z-0000-00000000000000aa',
        deleted: 1,
        ct: utf8('sealed tombstone'),
      },
    ]);
    // The format byte is bound into the seal: a format-1 segment relabelled as 2 does not open.
    const relabelled = new Uint8Array(v1.bytes);
    relabelled[6] = 2;
    expect(reasonOf(() => openSegment(sodium, v1.key, v1.name, relabelled))).toBe('does-not-open');
    expect(reasonOf(() => openSegment(sodium, v1.key, { ...v1.name, seq: 8 }, v1.bytes))).toBe('does-not-open');
  });

  it('write format 2, and leave a segment of a format newer than this app unread', () => {
    const key = randomBytes(32);
    const bytes = sealSegment(sodium, key, name, revisions);
    expect(bytes[6]).toBe(2);
    const newer = new Uint8Array(bytes);
    newer[6] = 3;
    expect(reasonOf(() => openSegment(sodium, key, name, newer))).toBe('newer-format');
  });

  it('cost little beside the record ciphertexts they carry: a thousand records fit in 1.1 times their ciphertext', () => {
    const people = Array.from({ length: 40 }, () => randomId());
    const many: SegmentRevision[] = Array.from({ length: 1000 }, (_, i) => ({
      id: randomId(),
      kind: i % 10 === 0 ? 'person' : 'service-note',
      parentId: i % 10 === 0 ? null : people[i % people.length]!,
      rev: `2026-11-23T10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z-0000-00000000000000aa`,
      deleted: 0,
      ct: randomBytes(410),
    }));
    const bytes = sealSegment(sodium, randomBytes(32), name, many);
    expect(bytes.length).toBeLessThanOrEqual(1.1 * 410 * 1000);
  });
});
