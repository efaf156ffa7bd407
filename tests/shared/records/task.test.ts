import { describe, expect, it } from 'vitest';
import { english, englishOfIssue } from '../../support/english';
import { completeTask, describeRecurrence, nextOccurrence, TaskFields, taskState, type TaskInput } from '@shared/records/task';

const task = (over: Partial<TaskInput> = {}) => TaskFields.parse({ title: 'Weekly call with Jordan', dueOn: '2026-03-03', ...over });

describe('recurrence', () => {
  it('steps by days, weeks and months (keeping the day of the month where it exists)', () => {
    expect(nextOccurrence('2026-03-03', { every: 'none' })).toBeNull();
    expect(nextOccurrence('2026-03-03', { every: 'day', interval: 2 })).toBe('2026-03-05');
    expect(nextOccurrence('2026-03-03', { every: 'week', interval: 1 })).toBe('2026-03-10');
    expect(nextOccurrence('2026-12-29', { every: 'week', interval: 2 })).toBe('2027-01-12');
    expect(nextOccurrence('2026-01-31', { every: 'month', interval: 1 })).toBe('2026-02-28');
  });

  it('reads plainly', () => {
    expect(english(describeRecurrence({ every: 'none' }))).toBe('Once');
    expect(english(describeRecurrence({ every: 'week', interval: 1 }))).toBe('Every week');
    expect(english(describeRecurrence({ every: 'week', interval: 2 }))).toBe('Every 2 weeks');
  });
});

describe('a task', () => {
  it('is upcoming, due today, then overdue, and closed once done', () => {
    const once = task();
    expect(taskState(once, '2026-03-02')).toBe('upcoming');
    expect(taskState(once, '2026-03-03')).toBe('today');
    expect(taskState(once, '2026-03-04')).toBe('overdue');
    const done = completeTask(once, '2026-03-04');
    expect(done.closed).toBe(true);
    expect(done.completions).toEqual([{ dueOn: '2026-03-03', doneOn: '2026-03-04', skipped: false }]);
    expect(taskState(done, '2026-03-10')).toBe('closed');
    expect(() => completeTask(done, '2026-03-10')).toThrow(/already closed/);
  });

  it('that repeats weekly moves to the next week when done, even if done late', () => {
    const weekly = task({ kind: 'check-in', recurrence: { every: 'week', interval: 1 } });
    const afterOne = completeTask(weekly, '2026-03-05');
    expect(afterOne).toMatchObject({ dueOn: '2026-03-10', closed: false });
    const afterSkip = completeTask(afterOne, '2026-03-10', { skipped: true });
    expect(afterSkip.dueOn).toBe('2026-03-17');
    expect(afterSkip.completions.map((c) => c.skipped)).toEqual([false, true]);
  });

  it('needs words for what to do, and a due date', () => {
    const result = TaskFields.safeParse({ title: ' ', dueOn: 'soon' });
    expect(result.error?.issues.map(englishOfIssue)).toEqual([
      'Write what needs doing, like "Call Jordan about the housing form".',
      'Add the date this is due.',
    ]);
  });
});
