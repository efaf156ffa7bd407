/**
 * Entries: records written once about a person and never edited afterwards, only added to (a
 * step of progress on a goal, a BARC-10 assessment). Each is its own record under the person, so
 * a history only grows and two devices adding entries never conflict. The vault refuses any change
 * to one (their kinds are append-only). Runs in the vault worker.
 */
import { recordKinds, type KindFields } from '@shared/records/record-kinds';
import type { Vault } from '../../../vault/vault';
import { parseOrExplain } from '../../../vault/parse-input';

export const ENTRY_KINDS = ['goal-progress', 'barc10'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export type EntryFields<K extends EntryKind> = KindFields<K>;

export interface Entry<F> {
  id: string;
  fields: F;
}

function assertEntryKind(kind: string): asserts kind is EntryKind {
  if (!(ENTRY_KINDS as readonly string[]).includes(kind)) throw new Error(`Unknown kind of entry: ${kind}`);
}

export function entryHandlers({ records }: Pick<Vault, 'records'>) {
  return {
    'entries.list': async ({ personId, kind }: { personId: string; kind: EntryKind }): Promise<Entry<unknown>[]> => {
      assertEntryKind(kind);
      return (await records.children(personId, kind)).map(({ id, fields }) => ({ id, fields }));
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
      const parsed = parseOrExplain(recordKinds[kind].fields, fields) as Record<string, unknown>;
      const record = await records.save({ id: null, kind, parentId: personId, changes: parsed });
      return { id: record.id, fields: record.fields };
    },
  };
}
