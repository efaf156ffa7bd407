/**
 * Brings revisions made elsewhere (a sync segment, a backup being restored) into the vault, field
 * by field: the one merge both sync and restore go through.
 *
 * Each incoming copy is merged with the stored one (shared/sync/field-merge.ts via record-body.ts):
 * nothing new is skipped; a copy that already holds everything the stored one does is taken as it
 * came (keeping its revision); anything else is a true merge, stored as a new revision made here.
 * A newer local edit is never overwritten, and two edits that did not see each other both stay,
 * the later shown and the other a conflict for the peer.
 *
 * Signed means fixed, even across devices: once either copy carries the signature, every field
 * the signature covers comes whole from the copy (or copies) holding that signature, so a draft
 * edited elsewhere while it was being signed never changes what the person signed. Only the
 * fields a kind opens after signing (a release's revocation) still merge field by field.
 */
import { mergeRegisters } from '@shared/sync/field-merge';
import { holdsConflict } from './conflicted-records';
import { mergeBodies, registersOf, sameBody, withRegisters, type RecordBody } from '@shared/records/record-body';
import { fieldsOpenAfterSigning } from '@shared/records/record-kinds';
import { compareText } from '@shared/records/text';
import type { MergedWrite, RecordWriter } from './unit-of-work';

export interface IncomingRevision {
  id: string;
  rev: string;
  body: RecordBody;
}

export interface MergeResult {
  /** Records this vault did not have. */
  added: number;
  /** Records that changed here (taken over, or merged with a local edit). */
  updated: number;
  /** Nothing new: the local copy was the same or newer. */
  skipped: number;
  /** Records stored here that no longer opened (damaged), replaced by the copy that came in. */
  repaired: number;
  /** Records that now hold a conflict for the peer to resolve. */
  conflicts: number;
}

export interface MergeOptions {
  /**
   * 'sync': the revisions came from a remote that already holds them, so one taken over as it came
   * is not sent back. 'restore': everything written is marked for the next sync.
   */
  from: 'sync' | 'restore';
}

const laterRev = (a: string, b: string): string => (compareText(a, b) >= 0 ? a : b);

/** The signed content's copies: those holding the signature the merge shows. */
function signedMerge(merged: RecordBody, copies: readonly IncomingRevision[]): RecordBody {
  const signers = copies.filter((copy) => copy.body.fields.signature && copy.body.clocks.signature === merged.clocks.signature);
  if (signers.length === 0) return merged;
  const fixed = signers.slice(1).reduce((a, b) => ({ id: a.id, rev: laterRev(a.rev, b.rev), body: mergeBodies(a, b) }), signers[0]!);
  const open = new Set(fieldsOpenAfterSigning(merged.kind));
  const all = registersOf(merged, fixed.rev);
  const signed = registersOf(fixed.body, fixed.rev);
  const registers = Object.fromEntries([
    ...Object.entries(signed).filter(([field]) => !open.has(field)),
    ...Object.entries(all).filter(([field]) => open.has(field)),
  ]);
  return withRegisters(merged, mergeRegisters(registers, {}));
}

/** Two copies of one record merged; deterministic, and the same whichever copy comes first. */
export function mergeCopies(a: IncomingRevision, b: IncomingRevision): RecordBody {
  const merged = mergeBodies(a, b);
  return merged.fields.signature ? signedMerge(merged, [a, b]) : merged;
}

/** What a merge would write, worked out before anything is stored (so a sync can stop and ask first). */
export interface MergePlan {
  writes: MergedWrite[];
  /** Every incoming stamp, for the clock. */
  incomingRevs: string[];
  result: Omit<MergeResult, 'conflicts'>;
  /** Records live here now that the merge would leave deleted. */
  deletes: number;
}

/**
 * Works out the merge of `incoming` into the vault, inside a unit of work, without staging
 * anything. Several revisions of one record are folded together first. A revision whose kind or
 * parent disagrees with the stored record's is not the same record and is skipped. A stored record
 * that no longer opens (damaged) is replaced by the incoming copy: that is how a damaged record is
 * restored from a backup or the sync folder.
 */
export async function planMerge(tx: RecordWriter, incoming: readonly IncomingRevision[], options: MergeOptions): Promise<MergePlan> {
  const byId = new Map<string, IncomingRevision>();
  for (const revision of incoming) {
    const earlier = byId.get(revision.id);
    byId.set(
      revision.id,
      earlier ? { id: revision.id, rev: laterRev(earlier.rev, revision.rev), body: mergeCopies(earlier, revision) } : revision,
    );
  }
  const stored = await tx.storedForMerge([...byId.keys()]);
  const plan: MergePlan = {
    writes: [],
    incomingRevs: [...byId.values()].map((revision) => revision.rev),
    result: { added: 0, updated: 0, skipped: 0, repaired: 0 },
    deletes: 0,
  };
  const takenAsCame: 0 | 1 = options.from === 'sync' ? 0 : 1;
  for (const revision of byId.values()) {
    const local = stored.get(revision.id);
    if (!local) {
      plan.writes.push({ id: revision.id, rev: revision.rev, body: revision.body, dirty: takenAsCame, baseRev: null });
      plan.result.added++;
      continue;
    }
    if (!local.record) {
      plan.writes.push({ id: revision.id, rev: revision.rev, body: revision.body, dirty: takenAsCame, baseRev: local.rev });
      plan.result.repaired++;
      continue;
    }
    if (local.record.body.kind !== revision.body.kind || local.record.body.parentId !== revision.body.parentId) {
      plan.result.skipped++;
      continue;
    }
    const merged = mergeCopies(local.record, revision);
    if (sameBody(merged, local.record.body)) {
      plan.result.skipped++;
      continue;
    }
    if (sameBody(merged, revision.body))
      plan.writes.push({ id: revision.id, rev: revision.rev, body: revision.body, dirty: takenAsCame, baseRev: local.rev });
    else plan.writes.push({ id: revision.id, body: merged, dirty: 1, baseRev: local.rev });
    if (!local.record.body.deleted && merged.deleted) plan.deletes++;
    plan.result.updated++;
  }
  return plan;
}

/** Stages a planned merge in the unit (it commits with the unit, in one transaction). */
export function stageMerge(tx: RecordWriter, plan: MergePlan): MergeResult {
  const records = plan.writes.length > 0 ? tx.mergeIn(plan.writes, plan.incomingRevs) : [];
  return { ...plan.result, conflicts: records.filter(holdsConflict).length };
}
