/** A recovery plan as it was signed: their goals in their words, the steps, and who helps. */
import { useTranslation } from 'react-i18next';
import type { RecoveryPlanFields } from '@shared/records/recovery-plan';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import { useDates } from '../../i18n/use-dates';

export function RecoveryPlanView({ fields }: { fields: RecoveryPlanFields }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <div className="plan-view">
      <ReadOnlyFields
        items={[
          [t('plans.recovery.view.lifeAreas'), fields.lifeDomains.join(', ')],
          [t('plans.recovery.view.strengths'), fields.strengths],
        ]}
      />
      {fields.goals.map((goal, index) => (
        <div key={goal.id} className="goal">
          <p className="goal-words">
            {t('plans.recovery.goalWords', { number: index + 1 })}: “{goal.inTheirWords}”
            {goal.domain && <span className="chip">{goal.domain}</span>}
          </p>
          <ol className="steps">
            {goal.steps.map((step) => (
              <li key={step.id}>
                {step.what}
                {step.whoHelps && ` (${t('plans.recovery.view.whoHelps', { who: step.whoHelps })})`}
                {step.byWhen && `, ${t('plans.recovery.view.byWhen', { date: dates.date(step.byWhen) })}`} ·{' '}
                {t(`plans.status.${step.status}`)}
              </li>
            ))}
          </ol>
        </div>
      ))}
      <ReadOnlyFields
        items={[
          [t('plans.recovery.view.supports'), fields.supports],
          [t('plans.recovery.view.reviewDate'), fields.reviewDate && dates.date(fields.reviewDate)],
        ]}
      />
    </div>
  );
}
