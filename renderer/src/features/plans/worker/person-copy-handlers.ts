/**
 * The vault's side of the person's own copy: saving it takes the plan out of the notebook, so it
 * goes into the person's history as an export (the copy itself is made and saved in the window).
 */
import { LANGUAGES, type Language } from '@shared/languages';
import type { Vault } from '../../../vault/vault';
import type { RecordKind } from '@shared/records/record-kinds';

const PLAN_NAMES = { 'recovery-plan': 'recovery plan', 'wellness-plan': 'wellness and crisis plan' } as const satisfies Partial<
  Record<RecordKind, string>
>;

export interface SavedCopy {
  personId: string;
  kind: keyof typeof PLAN_NAMES;
  format: 'pdf' | 'html';
  language: Language;
}

export function personCopyHandlers({ records }: Pick<Vault, 'records'>) {
  return {
    'personCopy.saved': async ({ personId, kind, format, language }: SavedCopy): Promise<void> => {
      await records.require('person', personId, 'That person');
      const summary = `Their own copy of their ${PLAN_NAMES[kind]} (${format === 'pdf' ? 'PDF' : 'web page'}, ${LANGUAGES[language].name})`;
      await records.note({ id: personId, kind: 'person', parentId: null }, 'export', { personId, summary });
    },
  };
}
