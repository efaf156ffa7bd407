/** A person's tasks and scheduled check-ins: what is coming, what was done, and adding one. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRecurrence, taskState } from '@shared/records/task';
import { useVault } from '../../ui/contexts';
import { useDates } from '../../i18n/use-dates';
import { useMessage } from '../../i18n/use-message';
import { Notice, Working, useAction } from '../../ui/form';
import { localToday } from '../../vault/clock';
import { TaskActions } from './TaskActions';
import { TaskForm, taskDraftKey } from './TaskForm';
import type { Task } from './worker/task-handlers';
import { useKeptDraft } from '../../ui/use-draft';

function TaskLine({ task, onChanged }: { task: Task; onChanged(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const message = useMessage();
  const { run, busy, error } = useAction();
  const { fields } = task;
  const state = taskState(fields, localToday());
  const last = fields.completions.at(-1);
  return (
    <li className={`task task-${state}`}>
      <div>
        <strong>{fields.title}</strong> <span className="chip">{t(`tasks.kindChip.${fields.kind}`)}</span>
        <div className="hint">
          {t(`tasks.state.${state}`, { date: dates.date(fields.dueOn) })} · {message(describeRecurrence(fields.recurrence))}
          {last &&
            ` · ${t(last.skipped ? 'tasks.lastSkipped' : 'tasks.lastDone', { date: dates.date(last.skipped ? last.dueOn : last.doneOn) })}`}
        </div>
      </div>
      <div className="task-actions">
        {!fields.closed && <TaskActions id={task.id} fields={fields} onChanged={onChanged} />}
        <button
          type="button"
          className="link"
          disabled={busy}
          aria-label={t('tasks.removeLabel', { title: fields.title })}
          onClick={() =>
            void run(async () => {
              await vault('tasks.remove', { id: task.id });
              onChanged();
            })
          }
        >
          {t('tasks.remove')}
        </button>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
    </li>
  );
}

export function TasksTab({ personId, personName }: { personId: string; personName: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const [tasks, setTasks] = useState<Task[] | null>(null);
  // A task being written when the notebook locked: its form opens again.
  const taskKept = useKeptDraft(taskDraftKey(personId)) !== null;
  const [adding, setAdding] = useState(taskKept);
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const reload = useCallback(() => void vault('tasks.list', { personId }).then(setTasks), [vault, personId]);
  useEffect(reload, [reload]);
  if (!tasks) return <Working label={t('common.opening')} />;
  const open = tasks.filter((task) => !task.fields.closed);
  const closed = tasks.filter((task) => task.fields.closed);

  return (
    <div>
      {adding ? (
        <TaskForm
          personId={personId}
          onCancel={() => setAdding(false)}
          onSaved={(task) => {
            setAdding(false);
            setSavedFor(task.fields.dueOn);
            reload();
          }}
        />
      ) : (
        <button
          type="button"
          className="primary"
          onClick={() => {
            setSavedFor(null);
            setAdding(true);
          }}
        >
          {t('tasks.add')}
        </button>
      )}
      {savedFor && <Notice tone="success">{t('tasks.saved', { date: dates.date(savedFor) })}</Notice>}
      {open.length === 0 && closed.length === 0 ? (
        <p className="empty">{t('tasks.none', { name: personName })}</p>
      ) : (
        <ul className="task-list" aria-label={t('tasks.list', { name: personName })}>
          {open.map((task) => (
            <TaskLine key={task.id} task={task} onChanged={reload} />
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <>
          <h3>{t('tasks.closed')}</h3>
          <ul className="task-list" aria-label={t('tasks.closed')}>
            {closed.map((task) => (
              <TaskLine key={task.id} task={task} onChanged={reload} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
