import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { randomBytes, utf8 } from '@shared/crypto/bytes';
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
