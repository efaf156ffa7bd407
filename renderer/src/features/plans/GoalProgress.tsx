/**
 * How each goal is going, over time: a dated timeline of changes in the person's words, and a
 * short form to add the next one. Pausing or changing their mind reads like any other change.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentStatus, progressTimeline, statusNow, type GoalProgressFields } from '@shared/records/goal-progress';
import { PROGRESS_STATUSES, type Goal, type ProgressStatus, type RecoveryPlanFields } from '@shared/records/recovery-plan';
import { useVault } from '../../ui/contexts';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { Notice, SelectField, TextArea, TextField, useAction } from '../../ui/form';
import { localToday } from '../../vault/clock';
import { useDates } from '../../i18n/use-dates';
import type { Entry } from '../entries/worker/entry-handlers';

interface ProgressDraft {
  stepId: string;
  status: ProgressStatus;
  on: string;
  words: string;
}

function RecordProgress({
  goal,
  number,
  plan,
  personId,
  entries,
  onSaved,
}: {
  goal: Goal;
  number: number;
  plan: RecoveryPlanFields;
  personId: string;
  /** This plan's progress entries, for where the goal or step is at now. */
  entries: Entry<GoalProgressFields>[];
  onSaved(): void;
}) {
  const vault = useVault();
  const { t } = useTranslation();
  const draftKey = `progress/${personId}/${goal.id}`;
  const kept = useKeptDraft<ProgressDraft>(draftKey);
  const [stepId, setStepId] = useState(kept?.values.stepId ?? '');
  // Until the peer picks another, "where it's at now" is where the chosen goal or step is at now.
  const [picked, setPicked] = useState<ProgressStatus | null>(kept?.values.status ?? null);
  const status = picked ?? statusNow(entries, goal, stepId || null);
  const [on, setOn] = useState(kept?.values.on ?? localToday());
  const [words, setWords] = useState(kept?.values.words ?? '');
  const [saved, setSaved] = useState(false);
  const draft = useMemo((): ProgressDraft => ({ stepId, status, on, words }), [stepId, status, on, words]);
  // Their words are what would be lost; the choices around them are quick to make again.
  useDraft({ key: draftKey, place: { screen: 'people', personId, tab: 'recoveryPlan' }, values: draft, changed: words !== '' });
  const { run, busy, error } = useAction();
  // Folded until the peer opens it (open at once when it kept their words): the goals' histories stay in view.
  return (
    <details className="fold" open={kept !== null && kept.values.words !== ''}>
      <summary id={`record-progress-${goal.id}`}>{t('plans.progress.record', { number })}</summary>
      <fieldset className="record-progress" aria-labelledby={`record-progress-${goal.id}`}>
        <div className="grid-3">
          <SelectField<string>
            label={t('plans.progress.about')}
            value={stepId}
            options={[
              { value: '', label: t('plans.progress.wholeGoal') },
              ...goal.steps.map((step) => ({ value: step.id, label: t('plans.progress.step', { what: step.what }) })),
            ]}
            onChange={(chosen) => {
              setStepId(chosen);
              setPicked(null);
            }}
          />
          <SelectField<ProgressStatus>
            label={t('plans.progress.status')}
            value={status}
            options={PROGRESS_STATUSES.map((value) => ({ value, label: t(`plans.status.${value}`) }))}
            onChange={setPicked}
          />
          <TextField label={t('plans.progress.on')} type="date" value={on} onChange={setOn} />
        </div>
        <TextArea
          label={t('plans.progress.theirWords')}
          value={words}
          onChange={(value) => {
            setSaved(false);
            setWords(value);
          }}
          rows={2}
        />
        {kept && words !== '' && <KeptDraftLine keptAt={kept.keptAt} />}
        {error && <Notice tone="error">{error}</Notice>}
        {saved && <Notice tone="success">{t('plans.progress.saved')}</Notice>}
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const fields: GoalProgressFields = {
                planSeriesId: plan.seriesId,
                goalId: goal.id,
                stepId: stepId || null,
                on,
                status,
                inTheirWords: words,
                recordedAt: new Date().toISOString(),
              };
              await vault('entries.add', { personId, kind: 'goal-progress', fields: { ...fields } });
              setWords('');
              setSaved(true);
              onSaved();
            })
          }
        >
          {t('plans.progress.save')}
        </button>
      </fieldset>
    </details>
  );
}

export function GoalProgress({
  plan,
  personId,
  entries,
  onChanged,
}: {
  plan: RecoveryPlanFields;
  personId: string;
  entries: Entry<GoalProgressFields>[];
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const ofThisPlan = entries.filter((entry) => entry.fields.planSeriesId === plan.seriesId);
  return (
    <section className="progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('plans.progress.title')}</h2>
      <p className="hint">{t('plans.progress.intro')}</p>
      {plan.goals.map((goal, index) => {
        const moments = progressTimeline(ofThisPlan, goal.id);
        const now = currentStatus(ofThisPlan, goal.id);
        const stepName = (id: string | null) => goal.steps.find((step) => step.id === id)?.what;
        return (
          <div key={goal.id} className="goal-progress">
            <p className="goal-words">
              “{goal.inTheirWords}” {now && <span className="chip">{t('plans.progress.now', { status: t(`plans.status.${now}`) })}</span>}
            </p>
            <h3>{t('plans.progress.timeline', { number: index + 1 })}</h3>
            {moments.length === 0 ? (
              <p className="empty">{t('plans.progress.nothingYet')}</p>
            ) : (
              <ol className="timeline" aria-label={t('plans.progress.timeline', { number: index + 1 })}>
                {moments.map((moment) => (
                  <li key={moment.id}>
                    <strong>{dates.date(moment.on)}</strong>: {t(`plans.progress.describe.${moment.change}`)}
                    {moment.stepId && ` (${stepName(moment.stepId) ?? ''})`}
                    {moment.inTheirWords && ` · “${moment.inTheirWords}”`}
                  </li>
                ))}
              </ol>
            )}
            <RecordProgress goal={goal} number={index + 1} plan={plan} personId={personId} entries={ofThisPlan} onSaved={onChanged} />
          </div>
        );
      })}
    </section>
  );
}
