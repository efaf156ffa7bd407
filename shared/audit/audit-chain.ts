/**
 * A tamper-evident, append-only chain for audit events (who viewed, changed, signed, shared or
 * exported what, and when).
 *
 * Each event is encrypted on its own (like a record); the chain adds a link per row:
 *
 *   link[seq] = BLAKE2b-256 keyed with the audit key ( seq as 8 bytes little-endian
 *                                                      || link[seq - 1], or 32 zero bytes for the first
 *                                                      || the event's ciphertext )
 *
 * so every link vouches for its own row, its place, and everything before it. Sequence numbers
 * start at 1 and have no gaps.
 *
 * What it catches: an edited ciphertext, a deleted row (a gap), rows out of order, a row moved to
 * another place, and, when the latest { seq, link } (the head) is kept somewhere else, rows cut
 * off the end.
 *
 * What it cannot catch: anyone holding the audit key (derived from the vault key, so anyone who
 * can unlock the notebook, or malware running while it is unlocked) can rewrite the whole chain
 * and recompute every link; and replacing the chain together with its head (say, restoring an
 * older copy of both) looks like a consistent, shorter history. Without a head, cutting off the
 * newest rows is invisible too.
 *
 * Why it is still worth having: the audit rows sit on disk (and on a sync server) where anyone
 * without the passphrase can reach them; they can't change, drop or reorder a row without it
 * showing, and a head kept apart from the rows (in the vault header, or with the agency on sync)
 * pins the newest entry. Honest mistakes, disk corruption and a tool that edits the database all
 * show up too.
 */
import { z } from 'zod';
import type { Sodium } from '../crypto/sodium';

export const AUDIT_ACTIONS = ['view', 'create', 'change', 'sign', 'revoke', 'export', 'disclose', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEvent = z.object({
  at: z.iso.datetime({ offset: true }),
  /** The peer or device that acted. */
  actor: z.string().min(1),
  action: z.enum(AUDIT_ACTIONS),
  recordId: z.string().min(1),
  recordKind: z.string().min(1),
  personId: z.string().nullable(),
  /** The line in English, as written: for reading the trail outside the app (an export), and all an older event has. */
  summary: z.string().max(1000),
  /** The line as a message (shared/messages.ts), which the History words in the peer's language. */
  note: z.object({ key: z.string(), params: z.record(z.string(), z.unknown()).optional() }).optional(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const FIRST_AUDIT_SEQ = 1;
export const AUDIT_LINK_BYTES = 32;
const ZERO_LINK = new Uint8Array(AUDIT_LINK_BYTES);

export interface AuditRow {
  seq: number;
  ct: Uint8Array;
  link: Uint8Array;
}

export interface AuditHead {
  seq: number;
  link: Uint8Array;
}

export type AuditProblem = 'changed' | 'missing' | 'reordered' | 'truncated';
export type AuditChainResult = { ok: true; count: number } | { ok: false; brokenAt: number; problem: AuditProblem };

function seqBytes(seq: number): Uint8Array {
  if (!Number.isSafeInteger(seq) || seq < 0) throw new RangeError(`an audit sequence number is a non-negative integer, not ${seq}`);
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(seq), true);
  return bytes;
}

/** The link for row `seq`: keyed BLAKE2b over seq, the previous link and the ciphertext. */
export function chainLink(
  sodium: Sodium,
  macKey: Uint8Array,
  previousLink: Uint8Array | null,
  seq: number,
  ciphertext: Uint8Array,
): Uint8Array {
  if (macKey.length !== 32) throw new RangeError('the audit key is 32 bytes');
  const previous = previousLink ?? ZERO_LINK;
  if (previous.length !== AUDIT_LINK_BYTES) throw new RangeError('an audit link is 32 bytes');
  const message = new Uint8Array(8 + AUDIT_LINK_BYTES + ciphertext.length);
  message.set(seqBytes(seq), 0);
  message.set(previous, 8);
  message.set(ciphertext, 8 + AUDIT_LINK_BYTES);
  return sodium.crypto_generichash(AUDIT_LINK_BYTES, message, macKey);
}

/** The next row's seq and link, given the current head (null for an empty chain). */
export function nextAuditLink(sodium: Sodium, macKey: Uint8Array, head: AuditHead | null, ciphertext: Uint8Array): AuditHead {
  const seq = head ? head.seq + 1 : FIRST_AUDIT_SEQ;
  return { seq, link: chainLink(sodium, macKey, head?.link ?? null, seq, ciphertext) };
}

const sameLink = (sodium: Sodium, a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && sodium.memcmp(a, b);

/**
 * Checks rows in the order they were read (which should be by seq). Reports the first break:
 *  - 'reordered' at the first seq not in its place (it appears later, or a seq repeats);
 *  - 'missing' at the first seq that is nowhere to be found;
 *  - 'changed' at the first row whose link doesn't match (edited ciphertext or link, or a row
 *    moved and renumbered), or at the head's seq when the head's link doesn't match that row;
 *  - 'truncated' at the first seq after the last row when the head says there were more.
 */
export function verifyAuditChain(sodium: Sodium, macKey: Uint8Array, rows: readonly AuditRow[], head?: AuditHead): AuditChainResult {
  const present = new Set(rows.map((row) => row.seq));
  let previous: AuditRow | null = null;
  let headMatched = false;
  for (const row of rows) {
    const expected = previous ? previous.seq + 1 : FIRST_AUDIT_SEQ;
    if (row.seq !== expected) {
      if (previous && row.seq <= previous.seq) return { ok: false, brokenAt: row.seq, problem: 'reordered' };
      if (row.seq < expected) return { ok: false, brokenAt: row.seq, problem: 'changed' }; // below the first seq
      return { ok: false, brokenAt: expected, problem: present.has(expected) ? 'reordered' : 'missing' };
    }
    if (!sameLink(sodium, chainLink(sodium, macKey, previous?.link ?? null, row.seq, row.ct), row.link)) {
      return { ok: false, brokenAt: row.seq, problem: 'changed' };
    }
    if (head && row.seq === head.seq) {
      if (!sameLink(sodium, row.link, head.link)) return { ok: false, brokenAt: row.seq, problem: 'changed' };
      headMatched = true;
    }
    previous = row;
  }
  if (head && !headMatched && head.seq >= FIRST_AUDIT_SEQ) {
    return { ok: false, brokenAt: previous ? previous.seq + 1 : FIRST_AUDIT_SEQ, problem: 'truncated' };
  }
  return { ok: true, count: rows.length };
}
