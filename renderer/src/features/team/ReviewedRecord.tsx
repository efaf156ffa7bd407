/**
 * What a supervisor reads in the review queue: the note or plan as its own form labels and orders
 * it (the same view the peer's page shows), only what a review needs: not its bookkeeping fields.
 */
import { useTranslation } from 'react-i18next';
import { recordKinds } from '@shared/records/record-kinds';
import type { RecoveryPlanFields } from '@shared/records/recovery-plan';
import type { ServiceNoteFields } from '@shared/records/service-note';
import type { WellnessPlanFields } from '@shared/records/wellness-plan';
import { NoteFields } from '../notes/NoteFields';
import { RecoveryPlanView } from '../plans/RecoveryPlanView';
import { WellnessView } from '../plans/WellnessPlanTab';

export function ReviewedRecord({ recordKind, fields }: { recordKind: string; fields: Record<string, unknown> }) {
  const { t } = useTranslation();
  if (recordKind !== 'service-note' && recordKind !== 'recovery-plan' && recordKind !== 'wellness-plan')
    return <p>{t('team.queue.unreadable')}</p>;
  const parsed = recordKinds[recordKind].fields.safeParse(fields);
  if (!parsed.success) return <p>{t('team.queue.unreadable')}</p>;
  switch (recordKind) {
    case 'service-note':
      return <NoteFields fields={parsed.data as ServiceNoteFields} withDate />;
    case 'recovery-plan':
      return <RecoveryPlanView fields={parsed.data as RecoveryPlanFields} />;
    case 'wellness-plan':
      return <WellnessView fields={parsed.data as WellnessPlanFields} />;
  }
}
