/**
 * The supervisor's own record of a caseload they reassigned (the main process did the work,
 * ReassignCaseload.tsx saw it sent): a line in this notebook's history, about its team membership,
 * naming both members and how many people went. Nothing of the people themselves is kept here.
 */
import { say } from '@shared/messages';
import type { Vault } from '../../../vault/vault';

export function reassignHandlers({ records }: Pick<Vault, 'records'>) {
  return {
    'team.reassigned': async ({ from, to, people }: { from: string; to: string; people: number }): Promise<void> => {
      const [membership] = await records.list('team-membership');
      if (!membership) return;
      const note = say(people === 1 ? 'reassign.youReassigned.one' : 'reassign.youReassigned.many', { from, to, count: people });
      await records.note({ id: membership.id, kind: 'team-membership', parentId: null }, 'disclose', { personId: null, note });
    },
  };
}
