/**
 * Tasks and scheduled check-ins, for one person (parent: the person) or general (no parent).
 * Runs in the vault worker. "Done today" is today on the vault's clock.
 */
import { say } from '@shared/messages';
import { completeTask, TaskFields, type TaskInput } from '@shared/records/task';
import type { Vault } from '../../../vault/vault';
import type { KindRecord } from '../../../vault/record-store';
import { localToday } from '../../../vault/clock';
import { parseOrExplain } from '../../../vault/parse-input';

export interface Task {
  id: string;
  personId: string | null;
  fields: TaskFields;
}

export const taskOf = ({ id, parentId, fields }: KindRecord<'task'>): Task => ({ id, personId: parentId, fields });

/** Open tasks first, soonest due first; closed ones after. */
const byDue = (a: Task, b: Task) => Number(a.fields.closed) - Number(b.fields.closed) || a.fields.dueOn.localeCompare(b.fields.dueOn);

export function taskHandlers({ records, clock }: Pick<Vault, 'records' | 'clock'>) {
  return {
    /** One person's tasks and check-ins. */
    'tasks.list': async ({ personId }: { personId: string }): Promise<Task[]> =>
      (await records.children(personId, 'task')).map(taskOf).sort(byDue),

    /** Adds a task (id null) or changes some of its fields; personId null for a general task. */
    'tasks.save': ({ id, personId, fields }: { id: string | null; personId: string | null; fields: Partial<TaskInput> }): Promise<Task> =>
      records.write(async (tx) => {
        const existing = id ? await tx.require('task', id, 'notFound.task') : null;
        const parsed = parseOrExplain(TaskFields, { ...existing?.fields, ...fields });
        return taskOf(await tx.save({ id, kind: 'task', parentId: personId, changes: parsed }));
      }),

    /** Done (or skipped) for this time: a one-off closes, a repeating one moves to its next date. Read and written in one unit, so two clicks move it twice. */
    'tasks.complete': ({ id, skipped = false }: { id: string; skipped?: boolean }): Promise<Task> =>
      records.write(async (tx) => {
        const task = await tx.require('task', id, 'notFound.task');
        const fields = completeTask(task.fields, localToday(clock.now()), { skipped });
        const note = say(skipped ? 'history.task.skipped' : 'history.task.done');
        return taskOf(await tx.save({ id, kind: 'task', changes: fields, history: { note } }));
      }),

    'tasks.remove': async ({ id }: { id: string }): Promise<void> => {
      await records.remove('task', id);
    },
  };
}
