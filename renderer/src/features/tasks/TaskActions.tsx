/** Done, or skip this one: a repeating task moves to its next date, a one-off is finished. */
import { useTranslation } from 'react-i18next';
import type { TaskFields } from '@shared/records/task';
import { useVault } from '../../ui/contexts';
import { Notice, useAction } from '../../ui/form';

export function TaskActions({ id, fields, onChanged }: { id: string; fields: TaskFields; onChanged(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const { run, busy, error } = useAction();
  const complete = (skipped: boolean) =>
    void run(async () => {
      await vault('tasks.complete', { id, skipped });
      onChanged();
    });
  return (
    <>
      <button type="button" disabled={busy} aria-label={t('tasks.doneLabel', { title: fields.title })} onClick={() => complete(false)}>
        {t('tasks.done')}
      </button>
      {fields.recurrence.every !== 'none' && (
        <button type="button" disabled={busy} aria-label={t('tasks.skipLabel', { title: fields.title })} onClick={() => complete(true)}>
          {t('tasks.skip')}
        </button>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </>
  );
}
