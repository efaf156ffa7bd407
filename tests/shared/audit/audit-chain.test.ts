import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { deriveVaultSubkey } from '@shared/crypto/subkeys';
import { concatBytes, toHex, utf8 } from '@shared/crypto/bytes';
import {
  AuditEvent,
  chainLink,
  FIRST_AUDIT_SEQ,
  nextAuditLink,
  verifyAuditChain,
  type AuditHead,
  type AuditRow,
} from '@shared/audit/audit-chain';

let sodium: Sodium;
let auditKey: Uint8Array;
beforeAll(async () => {
  sodium = await loadSodium();
  auditKey = deriveVaultSubkey(
    sodium,
    Uint8Array.from({ length: 32 }, (_, i) => i),
    'audit',
  );
});

/** A chain of `count` rows; the "ciphertexts" stand in for sealed audit events. */
function buildChain(count: number): { rows: AuditRow[]; head: AuditHead } {
  const rows: AuditRow[] = [];
  let head: AuditHead | null = null;
  for (let i = 0; i < count; i++) {
    const ct = utf8(`sealed audit event ${i + 1}`);
    head = nextAuditLink(sodium, auditKey, head, ct);
    rows.push({ seq: head.seq, ct, link: head.link });
  }
  return { rows, head: head! };
}

const copy = (rows: AuditRow[]): AuditRow[] => rows.map((row) => ({ seq: row.seq, ct: row.ct.slice(), link: row.link.slice() }));

describe('audit events', () => {
  it('say who did what to which record, and when', () => {
    const event = {
      at: '2026-03-01T10:00:00.000Z',
      actor: 'device 0123456789abcdef',
      action: 'disclose',
      recordId: 'r1',
      recordKind: 'disclosure',
      personId: 'p1',
      summary: 'Shared under release v1',
    };
    expect(AuditEvent.parse(event)).toEqual(event);
    expect(AuditEvent.safeParse({ ...event, action: 'peek' }).success).toBe(false);
  });
});

describe('the audit chain', () => {
  it('links are keyed BLAKE2b-256 over seq (8 bytes, little-endian), the previous link (or zeros) and the ciphertext', () => {
    const ct = utf8('x');
    const expected = sodium.crypto_generichash(32, concatBytes(Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0), new Uint8Array(32), ct), auditKey);
    expect(toHex(chainLink(sodium, auditKey, null, 1, ct))).toBe(toHex(expected));
    const second = chainLink(sodium, auditKey, expected, 2, ct);
    expect(toHex(second)).toBe(
      toHex(sodium.crypto_generichash(32, concatBytes(Uint8Array.of(2, 0, 0, 0, 0, 0, 0, 0), expected, ct), auditKey)),
    );
  });

  it('depend on the key', () => {
    const other = deriveVaultSubkey(sodium, new Uint8Array(32), 'audit');
    expect(toHex(chainLink(sodium, other, null, 1, utf8('x')))).not.toBe(toHex(chainLink(sodium, auditKey, null, 1, utf8('x'))));
  });

  it('an intact chain verifies, with or without its head', () => {
    const { rows, head } = buildChain(5);
    expect(rows[0]!.seq).toBe(FIRST_AUDIT_SEQ);
    expect(verifyAuditChain(sodium, auditKey, rows)).toEqual({ ok: true, count: 5 });
    expect(verifyAuditChain(sodium, auditKey, rows, head)).toEqual({ ok: true, count: 5 });
    expect(verifyAuditChain(sodium, auditKey, [])).toEqual({ ok: true, count: 0 });
  });

  it('rows appended after the head was saved are fine', () => {
    const { rows } = buildChain(5);
    expect(verifyAuditChain(sodium, auditKey, rows, { seq: 3, link: rows[2]!.link })).toEqual({ ok: true, count: 5 });
  });

  it('detects an edited ciphertext', () => {
    const rows = copy(buildChain(5).rows);
    rows[2]!.ct[0]! ^= 1;
    expect(verifyAuditChain(sodium, auditKey, rows)).toEqual({ ok: false, brokenAt: 3, problem: 'changed' });
  });

  it('detects an edited link', () => {
    const rows = copy(buildChain(5).rows);
    rows[4]!.link[31]! ^= 0x80;
    expect(verifyAuditChain(sodium, auditKey, rows)).toEqual({ ok: false, brokenAt: 5, problem: 'changed' });
  });

  it('detects a deleted row as a gap', () => {
    const { rows } = buildChain(5);
    expect(
      verifyAuditChain(
        sodium,
        auditKey,
        rows.filter((row) => row.seq !== 3),
      ),
    ).toEqual({ ok: false, brokenAt: 3, problem: 'missing' });
    expect(verifyAuditChain(sodium, auditKey, rows.slice(1))).toEqual({ ok: false, brokenAt: 1, problem: 'missing' });
  });

  it('detects a deleted row renumbered to hide the gap', () => {
    const { rows } = buildChain(5);
    const renumbered = rows.filter((row) => row.seq !== 3).map((row) => (row.seq > 3 ? { ...row, seq: row.seq - 1 } : row));
    expect(verifyAuditChain(sodium, auditKey, renumbered)).toEqual({ ok: false, brokenAt: 3, problem: 'changed' });
  });

  it('detects swapped rows', () => {
    const { rows } = buildChain(5);
    const swapped = [rows[0]!, rows[2]!, rows[1]!, rows[3]!, rows[4]!];
    expect(verifyAuditChain(sodium, auditKey, swapped)).toEqual({ ok: false, brokenAt: 2, problem: 'reordered' });
    expect(verifyAuditChain(sodium, auditKey, [rows[1]!, rows[0]!])).toEqual({ ok: false, brokenAt: 1, problem: 'reordered' });
  });

  it('detects swapped contents under the same numbers', () => {
    const { rows } = buildChain(5);
    const swapped = rows.map((row, i) => (i === 1 ? { ...rows[2]!, seq: 2 } : i === 2 ? { ...rows[1]!, seq: 3 } : row));
    expect(verifyAuditChain(sodium, auditKey, swapped)).toEqual({ ok: false, brokenAt: 2, problem: 'changed' });
  });

  it('detects a repeated row', () => {
    const { rows } = buildChain(3);
    expect(verifyAuditChain(sodium, auditKey, [...rows, rows[2]!])).toEqual({ ok: false, brokenAt: 3, problem: 'reordered' });
  });

  it('detects a truncated tail when the head is known', () => {
    const { rows, head } = buildChain(5);
    expect(verifyAuditChain(sodium, auditKey, rows.slice(0, 3))).toEqual({ ok: true, count: 3 }); // invisible without the head
    expect(verifyAuditChain(sodium, auditKey, rows.slice(0, 3), head)).toEqual({ ok: false, brokenAt: 4, problem: 'truncated' });
    expect(verifyAuditChain(sodium, auditKey, [], head)).toEqual({ ok: false, brokenAt: 1, problem: 'truncated' });
  });

  it('detects a different chain under the same head', () => {
    const { head } = buildChain(5);
    const other: AuditRow[] = [];
    let otherHead: AuditHead | null = null;
    for (let i = 0; i < 5; i++) {
      const ct = utf8(`rewritten event ${i + 1}`);
      otherHead = nextAuditLink(sodium, auditKey, otherHead, ct);
      other.push({ seq: otherHead.seq, ct, link: otherHead.link });
    }
    // Consistent on its own (whoever rewrote it held the key), but not the chain the head pins.
    expect(verifyAuditChain(sodium, auditKey, other)).toEqual({ ok: true, count: 5 });
    expect(verifyAuditChain(sodium, auditKey, other, head)).toEqual({ ok: false, brokenAt: 5, problem: 'changed' });
  });

  it('refuses rows checked with the wrong key', () => {
    const { rows } = buildChain(2);
    expect(verifyAuditChain(sodium, deriveVaultSubkey(sodium, new Uint8Array(32), 'audit'), rows)).toEqual({
      ok: false,
      brokenAt: 1,
      problem: 'changed',
    });
  });
});
