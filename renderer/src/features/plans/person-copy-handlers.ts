/**
 * The vault's side of the person's own copy: saving it takes the plan out of the notebook, so it
 * goes into the person's history as an export (the copy itself is made and saved in the window).
 */
import { LANGUAGES, type Language } from '../../i18n/languages';
import type { Vault } from '../../vault/vault';
import { RecordNotFoundError } from '../../vault/errors';
import type { PlanForCopy } from './person-copy';

const PLAN_NAMES: Record<PlanForCopy['kind'], string> = { 'recovery-plan': 'recovery plan', 'wellness-plan': 'wellness and crisis plan' };

export interface SavedCopy {
  personId: string;
  kind: PlanForCopy['kind'];
  format: 'pdf' | 'html';
  language: Language;
}

export function personCopyHandlers(vault: Vault) {
  return {
    'personCopy.saved': async ({ personId, kind, format, language }: SavedCopy): Promise<void> => {
      const person = await vault.getRecord(personId);
      if (!person || person.body.kind !== 'person') throw new RecordNotFoundError('That person');
      const summary = `Their own copy of their ${PLAN_NAMES[kind]} (${format === 'pdf' ? 'PDF' : 'web page'}, ${LANGUAGES[language].name})`;
      await vault.recordAccess(person, 'export', { personId, summary });
    },
  };
}
