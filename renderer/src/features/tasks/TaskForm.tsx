/** A new task or scheduled check-in: what, which kind, when, and whether it repeats. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recurrence, TaskKind } from '@shared/records/task';
import { useVault } from '../../app/contexts';
import { Notice, SelectField, TextField, useAction } from '../../ui/form';
import { localToday } from '../../vault/clock';
import type { Task } from './task-handlers';

/** The choices a peer sees; "every few weeks" is a weekly recurrence with a gap of N weeks. */
const REPEATS = ['none', 'day', 'week', 'weeks', 'month'] as const;
type Repeat = (typeof REPEATS)[number];

function recurrenceOf(repeat: Repeat, weeksApart: number): Recurrence {
  if (repeat === 'weeks') return { every: 'week', interval: weeksApart };
  return repeat === 'none' ? { every: 'none' } : { every: repeat, interval: 1 };
}

/** `personId` null: a general task, about no one in particular. */
export function TaskForm({ personId, onSaved, onCancel }: { personId: string | null; onSaved(task: Task): void; onCancel(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<TaskKind>('task');
  const [dueOn, setDueOn] = useState(localToday);
  const [repeat, setRepeat] = useState<Repeat>('none');
  const [weeksApart, setWeeksApart] = useState('2');
  const { run, busy, error } = useAction();

  return (
    <form
      className="document-editor task-form"
      aria-label={t('tasks.form')}
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const fields = { title, kind, dueOn, recurrence: recurrenceOf(repeat, Number(weeksApart)) };
          onSaved(await vault('tasks.save', { id: null, personId, fields }));
        });
      }}
    >
      <TextField label={t('tasks.title')} value={title} placeholder={t('tasks.titleExample')} onChange={setTitle} />
      <SelectField<TaskKind>
        label={t('tasks.kind')}
        value={kind}
        options={(['task', 'check-in'] as const).map((value) => ({ value, label: t(`tasks.kinds.${value}`) }))}
        onChange={setKind}
      />
      <TextField label={t('tasks.dueOn')} type="date" value={dueOn} onChange={setDueOn} />
      <SelectField<Repeat>
        label={t('tasks.repeats')}
        value={repeat}
        options={REPEATS.map((value) => ({ value, label: t(`tasks.repeat.${value}`) }))}
        onChange={setRepeat}
      />
      {repeat === 'weeks' && (
        <TextField label={t('tasks.weeksApart')} type="number" min={2} max={52} value={weeksApart} onChange={setWeeksApart} />
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('tasks.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
