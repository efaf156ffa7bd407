/**
 * Writing the recovery plan together. The person's words come first: a goal is a text box, and a
 * life area is an optional tag beside it, never a list to pick the goal from.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { randomId } from '@shared/crypto/bytes';
import {
  PROGRESS_STATUSES,
  SUGGESTED_LIFE_DOMAINS,
  lifeAreaForNewGoal,
  type ActionStep,
  type Goal,
  type RecoveryPlanFields,
} from '@shared/records/recovery-plan';
import { CheckBox, SelectField, TextArea, TextField } from '../../ui/form';

function StepEditor({
  step,
  number,
  onChange,
  onRemove,
}: {
  step: ActionStep;
  number: number;
  onChange(step: ActionStep): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="plan-step">
      <TextField label={t('plans.recovery.stepWhat', { number })} value={step.what} onChange={(what) => onChange({ ...step, what })} />
      <div className="grid-3">
        <TextField label={t('plans.recovery.stepWho')} value={step.whoHelps} onChange={(whoHelps) => onChange({ ...step, whoHelps })} />
        <TextField
          label={t('plans.recovery.stepByWhen')}
          type="date"
          value={step.byWhen}
          onChange={(byWhen) => onChange({ ...step, byWhen })}
        />
        <SelectField<ActionStep['status']>
          label={t('plans.recovery.stepStatus')}
          value={step.status}
          options={PROGRESS_STATUSES.map((status) => ({ value: status, label: t(`plans.status.${status}`) }))}
          onChange={(status) => onChange({ ...step, status })}
        />
      </div>
      <button type="button" onClick={onRemove}>
        {t('plans.recovery.removeStep', { number })}
      </button>
    </div>
  );
}

function GoalEditor({
  goal,
  number,
  areas,
  onChange,
  onRemove,
}: {
  goal: Goal;
  number: number;
  areas: string[];
  onChange(goal: Goal): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const setStep = (index: number, step: ActionStep | null) =>
    onChange({ ...goal, steps: step ? goal.steps.map((s, i) => (i === index ? step : s)) : goal.steps.filter((_, i) => i !== index) });
  return (
    <fieldset className="plan-goal">
      <legend>{t('plans.recovery.goal', { number })}</legend>
      <TextArea
        label={t('plans.recovery.goalWords', { number })}
        value={goal.inTheirWords}
        onChange={(inTheirWords) => onChange({ ...goal, inTheirWords })}
        rows={2}
      />
      <SelectField<string>
        label={t('plans.recovery.goalArea', { number })}
        value={goal.domain}
        options={[
          { value: '', label: t('plans.recovery.noArea') },
          ...[...new Set([...areas, ...(goal.domain ? [goal.domain] : [])])].map((area) => ({ value: area, label: area })),
        ]}
        onChange={(domain) => onChange({ ...goal, domain })}
      />
      <h4>{t('plans.recovery.steps')}</h4>
      {goal.steps.map((step, index) => (
        <StepEditor
          key={step.id}
          step={step}
          number={index + 1}
          onChange={(next) => setStep(index, next)}
          onRemove={() => setStep(index, null)}
        />
      ))}
      <div className="row">
        <button
          type="button"
          onClick={() =>
            onChange({ ...goal, steps: [...goal.steps, { id: randomId(), what: '', whoHelps: '', byWhen: '', status: 'not-started' }] })
          }
        >
          {t('plans.recovery.addStep', { number })}
        </button>
        <button type="button" onClick={onRemove}>
          {t('plans.recovery.removeGoal', { number })}
        </button>
      </div>
    </fieldset>
  );
}

export function RecoveryPlanEditor({ value, onChange }: { value: RecoveryPlanFields; onChange(value: RecoveryPlanFields): void }) {
  const { t } = useTranslation();
  const [newArea, setNewArea] = useState('');
  const [newGoal, setNewGoal] = useState('');
  const set =
    <K extends keyof RecoveryPlanFields>(key: K) =>
    (next: RecoveryPlanFields[K]) =>
      onChange({ ...value, [key]: next });
  const areas = [...new Set([...SUGGESTED_LIFE_DOMAINS, ...value.lifeDomains])];
  const setGoal = (index: number, goal: Goal | null) =>
    set('goals')(goal ? value.goals.map((g, i) => (i === index ? goal : g)) : value.goals.filter((_, i) => i !== index));

  return (
    <div className="document-editor">
      <fieldset>
        <legend>{t('plans.recovery.lifeAreas')}</legend>
        <div className="checkbox-grid">
          {areas.map((area) => (
            <CheckBox
              key={area}
              label={area}
              checked={value.lifeDomains.includes(area)}
              onChange={(checked) =>
                set('lifeDomains')(checked ? [...value.lifeDomains, area] : value.lifeDomains.filter((chosen) => chosen !== area))
              }
            />
          ))}
        </div>
        <div className="row align-end">
          <TextField label={t('plans.recovery.addLifeArea')} value={newArea} onChange={setNewArea} />
          <button
            type="button"
            disabled={!newArea.trim()}
            onClick={() => {
              if (!value.lifeDomains.includes(newArea.trim())) set('lifeDomains')([...value.lifeDomains, newArea.trim()]);
              setNewArea('');
            }}
          >
            {t('plans.recovery.addLifeAreaButton')}
          </button>
        </div>
      </fieldset>
      <TextArea label={t('plans.recovery.strengths')} value={value.strengths} onChange={set('strengths')} />
      <h3>{t('plans.recovery.goals')}</h3>
      {value.goals.map((goal, index) => (
        <GoalEditor
          key={goal.id}
          goal={goal}
          number={index + 1}
          areas={value.lifeDomains}
          onChange={(next) => setGoal(index, next)}
          onRemove={() => setGoal(index, null)}
        />
      ))}
      {/* A goal starts from their words: there is nothing to add until something is written. */}
      <div className="row align-end">
        <TextArea label={t('plans.recovery.newGoalWords')} value={newGoal} onChange={setNewGoal} rows={2} />
        <button
          type="button"
          disabled={!newGoal.trim()}
          onClick={() => {
            set('goals')([
              ...value.goals,
              { id: randomId(), inTheirWords: newGoal.trim(), domain: lifeAreaForNewGoal(value.lifeDomains, value.goals), steps: [] },
            ]);
            setNewGoal('');
          }}
        >
          {t('plans.recovery.addGoal')}
        </button>
      </div>
      <TextArea label={t('plans.recovery.supports')} value={value.supports} onChange={set('supports')} />
      <TextField label={t('plans.recovery.reviewDate')} type="date" value={value.reviewDate} onChange={set('reviewDate')} />
    </div>
  );
}
