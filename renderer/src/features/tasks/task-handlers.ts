/**
 * Tasks and scheduled check-ins, for one person (parent: the person) or general (no parent).
 * Runs in the vault worker. The screen passes its own date: "done today" is the peer's today.
 */
import { completeTask, TaskFields, type TaskInput } from '@shared/records/task';
import type { DecryptedRecord, Vault } from '../../vault/vault';
import { RecordNotFoundError } from '../../vault/errors';
import { parseOrExplain } from '../documents/document-handlers';

export interface Task {
  id: string;
  personId: string | null;
  fields: TaskFields;
}

export const readTask = ({ id, body }: DecryptedRecord): Task => ({ id, personId: body.parentId, fields: TaskFields.parse(body.fields) });

/** Open tasks first, soonest due first; closed ones after. */
const byDue = (a: Task, b: Task) => Number(a.fields.closed) - Number(b.fields.closed) || a.fields.dueOn.localeCompare(b.fields.dueOn);

export function taskHandlers(vault: Vault) {
  const open = async (id: string): Promise<Task> => {
    const record = await vault.getRecord(id);
    if (!record || record.body.kind !== 'task') throw new RecordNotFoundError('That task');
    return readTask(record);
  };

  return {
    /** One person's tasks and check-ins. */
    'tasks.list': async ({ personId }: { personId: string }): Promise<Task[]> =>
      (await vault.listChildren(personId, 'task')).map(readTask).sort(byDue),

    /** Adds a task (id null) or changes some of its fields; personId null for a general task. */
    'tasks.save': async ({
      id,
      personId,
      fields,
    }: {
      id: string | null;
      personId: string | null;
      fields: Partial<TaskInput>;
    }): Promise<Task> => {
      const existing = id ? await open(id) : null;
      const parsed = parseOrExplain(TaskFields, { ...existing?.fields, ...fields });
      const record = await vault.saveRecord({
        id,
        kind: 'task',
        parentId: personId,
        changes: parsed,
        audit: { summary: id ? 'Task changed' : 'Task added' },
      });
      return readTask(record);
    },

    /** Done (or skipped) for this time: a one-off closes, a repeating one moves to its next date. */
    'tasks.complete': async ({ id, today, skipped = false }: { id: string; today: string; skipped?: boolean }): Promise<Task> => {
      const task = await open(id);
      const fields = completeTask(task.fields, today, { skipped });
      const record = await vault.saveRecord({
        id,
        kind: 'task',
        changes: fields,
        audit: { summary: skipped ? 'Task skipped this time' : 'Task done' },
      });
      return readTask(record);
    },

    'tasks.remove': async ({ id }: { id: string }): Promise<void> => {
      const task = await open(id);
      await vault.deleteRecord(id, { personId: task.personId, summary: 'Task removed' });
    },
  };
}
