import { describe, expect, it } from 'vitest';
import { taskHandlers } from '../../../../renderer/src/features/tasks/worker/task-handlers';
import { peopleHandlers } from '../../../../renderer/src/features/people/worker/people-handlers';
import { InvalidInputError } from '../../../../renderer/src/vault/errors';
import { createdVault, TestClock } from '../../vault/vault-fixture';

async function withJordan() {
  const clock = new TestClock();
  const { vault } = await createdVault({ clock });
  const jordan = (await peopleHandlers(vault)['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } })).id;
  const tasks = taskHandlers(vault);
  /** Done (or skipped) on `day`, by the vault's clock. */
  const completeOn = (day: string, id: string, skipped = false) => {
    clock.set(`${day}T12:00:00`);
    return tasks['tasks.complete']({ id, skipped });
  };
  return { vault, jordan, tasks, completeOn };
}

describe('tasks and check-ins', () => {
  it('says what is missing instead of keeping a task with no title or date', async () => {
    const { tasks, jordan } = await withJordan();
    const saving = tasks['tasks.save']({ id: null, personId: jordan, fields: { title: '', dueOn: '' } });
    await expect(saving).rejects.toThrow(InvalidInputError);
    await expect(tasks['tasks.save']({ id: null, personId: jordan, fields: { title: '', dueOn: '' } })).rejects.toThrow(
      'Write what needs doing',
    );
    expect(await tasks['tasks.list']({ personId: jordan })).toEqual([]);
  });

  it("lists a person's own tasks, open ones first by date, and not general ones", async () => {
    const { tasks, jordan, completeOn } = await withJordan();
    await tasks['tasks.save']({ id: null, personId: jordan, fields: { title: 'Later', dueOn: '2026-12-10' } });
    const sooner = await tasks['tasks.save']({ id: null, personId: jordan, fields: { title: 'Sooner', dueOn: '2026-12-01' } });
    await tasks['tasks.save']({ id: null, personId: null, fields: { title: 'Team meeting', dueOn: '2026-11-30' } });
    await completeOn('2026-11-23', sooner.id);
    expect((await tasks['tasks.list']({ personId: jordan })).map((task) => [task.fields.title, task.fields.closed])).toEqual([
      ['Later', false],
      ['Sooner', true],
    ]);
  });

  it('every few weeks and every month move on by their own step; a finished task takes no more completions', async () => {
    const { tasks, jordan, completeOn } = await withJordan();
    const fortnightly = await tasks['tasks.save']({
      id: null,
      personId: jordan,
      fields: { kind: 'check-in', title: 'Call', dueOn: '2026-11-23', recurrence: { every: 'week', interval: 2 } },
    });
    expect((await completeOn('2026-11-24', fortnightly.id)).fields.dueOn).toBe('2026-12-07');
    const monthly = await tasks['tasks.save']({
      id: null,
      personId: jordan,
      fields: { title: 'Bus pass', dueOn: '2026-01-31', recurrence: { every: 'month', interval: 1 } },
    });
    expect((await completeOn('2026-01-31', monthly.id)).fields.dueOn).toBe('2026-02-28');

    const once = await tasks['tasks.save']({ id: null, personId: jordan, fields: { title: 'Once', dueOn: '2026-11-23' } });
    await completeOn('2026-11-23', once.id);
    await expect(completeOn('2026-11-23', once.id)).rejects.toThrow('This task is already closed.');
  });

  it('changes and removes a task, and each step is in the person’s history', async () => {
    const { vault, tasks, jordan } = await withJordan();
    const task = await tasks['tasks.save']({ id: null, personId: jordan, fields: { title: 'Call back', dueOn: '2026-11-23' } });
    const moved = await tasks['tasks.save']({ id: task.id, personId: jordan, fields: { dueOn: '2026-11-25' } });
    expect(moved.fields).toMatchObject({ title: 'Call back', dueOn: '2026-11-25' });
    await tasks['tasks.remove']({ id: task.id });
    expect(await tasks['tasks.list']({ personId: jordan })).toEqual([]);
    const { events } = await vault.audit.trail({ personId: jordan });
    expect(events.filter((event) => event.recordKind === 'task').map((event) => event.summary)).toEqual([
      'Task added',
      'Task changed',
      'Task removed',
    ]);
  });
});
