/**
 * Damaged records, as the peer hears of them: which records of the notebook did not open (changed
 * on disk, cut short, or written by a newer version of the app), what kind each was and whom it
 * was about (when that person's own record still opens), so the peer can restore them from a
 * backup or the sync folder. Nothing of a damaged record was opened, and its id is never shown.
 */
import type { Vault } from '../../../vault/vault';
import type { DamageReason } from '../../../vault/damaged-records';
import { PAGE_SIZE } from '../../../vault/record-store';

export interface DamagedRecordEntry {
  /** For the list's keys only. */
  id: string;
  kind: string;
  /** The person it seems to be about, by the name they like to be called; null when none or unknown. */
  personName: string | null;
  reason: DamageReason;
}

export function damagedRecordHandlers({ records }: Pick<Vault, 'records'>) {
  const describe = async (): Promise<DamagedRecordEntry[]> => {
    const damaged = records.damaged();
    const people = new Map((await records.list('person')).map(({ id, fields }) => [id, fields.preferredName]));
    return damaged.map(({ id, kind, parentId, reason }) => ({
      id,
      kind,
      personName: (kind === 'person' ? null : parentId && people.get(parentId)) ?? null,
      reason,
    }));
  };

  return {
    /** How many damaged records were found so far (the top bar asks often: nothing is opened). */
    'damaged.count': async (): Promise<number> => records.damaged().length,

    /** The damaged records found so far while the notebook has been open. */
    'damaged.list': describe,

    /** One page of a check of the whole notebook: every stored revision after `after` opened once (nothing kept open). */
    'damaged.checkPage': async ({ after }: { after: string }): Promise<{ after: string | null; read: number; total: number }> => {
      const [{ next, read }, total] = await Promise.all([records.checkPage(after, PAGE_SIZE * 4), records.count()]);
      return { after: next, read, total };
    },
  };
}
