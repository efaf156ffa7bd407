/** A new task or scheduled check-in: what, which kind, when, and whether it repeats. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recurrence, TaskKind } from '@shared/records/task';
import { useVault } from '../../ui/contexts';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { Form, Notice, SelectField, TextField, useAction } from '../../ui/form';
import { localToday } from '../../vault/clock';
import type { Task } from './worker/task-handlers';

/** The choices a peer sees; "every few weeks" is a weekly recurrence with a gap of N weeks. */
const REPEATS = ['none', 'day', 'week', 'weeks', 'month'] as const;
type Repeat = (typeof REPEATS)[number];

function recurrenceOf(repeat: Repeat, weeksApart: number): Recurrence {
  if (repeat === 'weeks') return { every: 'week', interval: weeksApart };
  return repeat === 'none' ? { every: 'none' } : { every: repeat, interval: 1 };
}

interface TaskDraft {
  title: string;
  kind: TaskKind;
  dueOn: string;
  repeat: Repeat;
  weeksApart: string;
}

/** One new task at a time, for a person or for no one. */
export const taskDraftKey = (personId: string | null) => (personId ? `task/${personId}/new` : 'task/new');

/** `personId` null: a general task, about no one in particular. */
export function TaskForm({ personId, onSaved, onCancel }: { personId: string | null; onSaved(task: Task): void; onCancel(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const kept = useKeptDraft<TaskDraft>(taskDraftKey(personId));
  const [title, setTitle] = useState(kept?.values.title ?? '');
  const [kind, setKind] = useState<TaskKind>(kept?.values.kind ?? 'task');
  const [dueOn, setDueOn] = useState(kept?.values.dueOn ?? localToday);
  const [repeat, setRepeat] = useState<Repeat>(kept?.values.repeat ?? 'none');
  const [weeksApart, setWeeksApart] = useState(kept?.values.weeksApart ?? '2');
  const [changed, setChanged] = useState(kept !== null);
  const draft = useMemo((): TaskDraft => ({ title, kind, dueOn, repeat, weeksApart }), [title, kind, dueOn, repeat, weeksApart]);
  useDraft({
    key: taskDraftKey(personId),
    place: personId ? { screen: 'people', personId, tab: 'tasks' } : { screen: 'today' },
    values: draft,
    changed,
  });
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setChanged(true);
    };
  const { run, busy, error } = useAction();

  return (
    <Form
      className="document-editor task-form"
      aria-label={t('tasks.form')}
      onSubmit={() => {
        void run(async () => {
          const fields = { title, kind, dueOn, recurrence: recurrenceOf(repeat, Number(weeksApart)) };
          onSaved(await vault('tasks.save', { id: null, personId, fields }));
        });
      }}
    >
      <TextField label={t('tasks.title')} value={title} placeholder={t('tasks.titleExample')} onChange={edited(setTitle)} />
      <SelectField<TaskKind>
        label={t('tasks.kind')}
        value={kind}
        options={(['task', 'check-in'] as const).map((value) => ({ value, label: t(`tasks.kinds.${value}`) }))}
        onChange={edited(setKind)}
      />
      <TextField label={t('tasks.dueOn')} type="date" value={dueOn} onChange={edited(setDueOn)} />
      <SelectField<Repeat>
        label={t('tasks.repeats')}
        value={repeat}
        options={REPEATS.map((value) => ({ value, label: t(`tasks.repeat.${value}`) }))}
        onChange={edited(setRepeat)}
      />
      {repeat === 'weeks' && (
        <TextField label={t('tasks.weeksApart')} type="number" min={2} max={52} value={weeksApart} onChange={edited(setWeeksApart)} />
      )}
      {kept && <KeptDraftLine keptAt={kept.keptAt} />}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('tasks.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Form>
  );
}
