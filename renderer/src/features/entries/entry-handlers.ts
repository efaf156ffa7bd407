/**
 * Entries: records written once about a person and never edited afterwards, only added to (a
 * step of progress on a goal, a BARC-10 assessment). Each is its own record under the person, so
 * a history only grows and two devices adding entries never conflict. Runs in the vault worker.
 */
import type { z } from 'zod';
import { BarcFields } from '@shared/records/barc10';
import { GoalProgressFields } from '@shared/records/goal-progress';
import type { Vault } from '../../vault/vault';
import { InvalidInputError } from '../../vault/errors';
import { parseOrExplain } from '../documents/document-handlers';

export const ENTRY_KINDS = {
  'goal-progress': { schema: GoalProgressFields, summary: 'Progress on a goal recorded' },
  barc10: { schema: BarcFields, summary: 'Recovery capital (BARC-10) recorded' },
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;
export type EntryFields<K extends EntryKind> = z.output<(typeof ENTRY_KINDS)[K]['schema']>;

export interface Entry<F> {
  id: string;
  fields: F;
}

function assertEntryKind(kind: string): asserts kind is EntryKind {
  if (!Object.hasOwn(ENTRY_KINDS, kind)) throw new InvalidInputError(`Unknown kind of entry: ${kind}`);
}

export function entryHandlers(vault: Vault) {
  return {
    'entries.list': async ({ personId, kind }: { personId: string; kind: EntryKind }): Promise<Entry<unknown>[]> => {
      assertEntryKind(kind);
      const records = await vault.listChildren(personId, kind);
      return records.map(({ id, body }) => ({ id, fields: ENTRY_KINDS[kind].schema.parse(body.fields) }));
    },

    'entries.add': async ({
      personId,
      kind,
      fields,
    }: {
      personId: string;
      kind: EntryKind;
      fields: Record<string, unknown>;
    }): Promise<Entry<unknown>> => {
      assertEntryKind(kind);
      const parsed = parseOrExplain(ENTRY_KINDS[kind].schema, fields) as Record<string, unknown>;
      const record = await vault.saveRecord({
        id: null,
        kind,
        parentId: personId,
        changes: parsed,
        audit: { personId, summary: ENTRY_KINDS[kind].summary },
      });
      return { id: record.id, fields: parsed };
    },
  };
}
