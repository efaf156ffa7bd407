/**
 * The vault's side of the person's own copy: saving it takes the plan out of the notebook, so it
 * goes into the person's history as an export (the copy itself is made and saved in the window).
 */
import { say } from '@shared/messages';
import { LANGUAGES, type Language } from '@shared/languages';
import type { Vault } from '../../vault/vault';
import type { PlanForCopy } from './person-copy';

const PLAN_NAMES = { 'recovery-plan': 'history.document.recoveryPlan', 'wellness-plan': 'history.document.wellnessPlan' } as const;

export interface SavedCopy {
  personId: string;
  kind: PlanForCopy['kind'];
  format: 'pdf' | 'html';
  language: Language;
}

export function personCopyHandlers({ records }: Pick<Vault, 'records'>) {
  return {
    'personCopy.saved': async ({ personId, kind, format, language }: SavedCopy): Promise<void> => {
      await records.require('person', personId, 'notFound.person');
      const note = say('history.personCopy', {
        plan: say(PLAN_NAMES[kind]),
        format: say(format === 'pdf' ? 'history.format.pdf' : 'history.format.web'),
        language: LANGUAGES[language].name,
      });
      await records.note({ id: personId, kind: 'person', parentId: null }, 'export', { personId, note });
    },
  };
}
