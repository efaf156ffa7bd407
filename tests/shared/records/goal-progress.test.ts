import { describe, expect, it } from 'vitest';
import { englishOfIssue } from '../../support/english';
import {
  currentStatus,
  statusChange,
  statusNow,
  GoalProgressFields,
  progressTimeline,
  type GoalProgressInput,
} from '@shared/records/goal-progress';

let made = 0;
const entry = (id: string, over: Partial<GoalProgressInput>) => ({
  id,
  fields: GoalProgressFields.parse({
    planSeriesId: 'plan-1',
    goalId: 'g-home',
    on: '2026-03-01',
    status: 'started',
    recordedAt: `2026-03-20T12:00:${String(made++ % 60).padStart(2, '0')}Z`,
    ...over,
  }),
});

describe('a progress entry', () => {
  it("is about a goal as a whole unless it names a step, and keeps the person's words", () => {
    const whole = entry('e1', { inTheirWords: 'Feeling good about it' });
    expect(whole.fields).toMatchObject({ stepId: null, inTheirWords: 'Feeling good about it' });
    expect(entry('e2', { stepId: 's-list' }).fields.stepId).toBe('s-list');
  });

  it('needs a date, a status and when it was written down; no status is assumed', () => {
    const result = GoalProgressFields.safeParse({ planSeriesId: 'plan-1', goalId: 'g-home' });
    expect(result.error?.issues.map(englishOfIssue)).toEqual([
      'Add the date.',
      "Choose where it's at: not started, started, paused, done, or changed my mind.",
      'This entry is missing the time it was written down.',
    ]);
  });
});

describe('the progress timeline', () => {
  const entries = [
    entry('e-done', { stepId: 's-list', on: '2026-04-10', status: 'done', inTheirWords: 'On the list!' }),
    entry('e-start', { on: '2026-03-01', status: 'started' }),
    entry('e-other-goal', { goalId: 'g-work', on: '2026-03-02', status: 'paused' }),
    entry('e-pause', { on: '2026-03-15', status: 'paused', inTheirWords: 'Too much going on this month' }),
    entry('e-again', { on: '2026-04-01', status: 'started' }),
    entry('e-step', { stepId: 's-list', on: '2026-03-01', status: 'started' }),
  ];

  it("is one goal's history, its steps included, oldest first", () => {
    expect(progressTimeline(entries, 'g-home').map((moment) => moment.id)).toEqual(['e-start', 'e-step', 'e-pause', 'e-again', 'e-done']);
    expect(progressTimeline(entries, 'g-none')).toEqual([]);
  });

  it('describes each change in plain words, next to what came before for that goal or step', () => {
    expect(progressTimeline(entries, 'g-home')).toEqual([
      { id: 'e-start', on: '2026-03-01', stepId: null, status: 'started', inTheirWords: '', change: 'started' },
      { id: 'e-step', on: '2026-03-01', stepId: 's-list', status: 'started', inTheirWords: '', change: 'started' },
      { id: 'e-pause', on: '2026-03-15', stepId: null, status: 'paused', inTheirWords: 'Too much going on this month', change: 'paused' },
      { id: 'e-again', on: '2026-04-01', stepId: null, status: 'started', inTheirWords: '', change: 'started-again' },
      { id: 'e-done', on: '2026-04-10', stepId: 's-list', status: 'done', inTheirWords: 'On the list!', change: 'done' },
    ]);
  });

  it('keeps entries made on the same day in the order they were written down', () => {
    const sameDay = [
      entry('b', { on: '2026-05-01', status: 'done', recordedAt: '2026-05-01T18:00:00Z' }),
      entry('a', { on: '2026-05-01', status: 'paused', recordedAt: '2026-05-01T09:00:00Z' }),
    ];
    expect(progressTimeline(sameDay, 'g-home').map((moment) => moment.id)).toEqual(['a', 'b']);
  });

  it("orders two devices' entries the same way everywhere, even with the same stamp", () => {
    const stamp = { on: '2026-05-01', recordedAt: '2026-05-01T09:00:00Z' };
    const one = entry('device-a', { ...stamp, status: 'paused' });
    const two = entry('device-b', { ...stamp, status: 'started' });
    expect(progressTimeline([two, one], 'g-home').map((moment) => moment.id)).toEqual(['device-a', 'device-b']);
    expect(progressTimeline([one, two], 'g-home').map((moment) => moment.id)).toEqual(['device-a', 'device-b']);
  });

  it('does not reorder what it was given', () => {
    const given = [...entries];
    progressTimeline(given, 'g-home');
    currentStatus(given, 'g-home');
    expect(given.map((item) => item.id)).toEqual(entries.map((item) => item.id));
  });
});

describe('where a goal or step is at now', () => {
  const entries = [
    entry('late', { on: '2026-04-01', status: 'done' }),
    entry('early', { on: '2026-03-01', status: 'paused' }),
    entry('step', { stepId: 's-id', on: '2026-05-01', status: 'changed-my-mind' }),
  ];

  it('is the latest entry by date, not by when it was synced', () => {
    expect(currentStatus(entries, 'g-home')).toBe('done');
  });

  it('keeps a goal and its steps apart', () => {
    expect(currentStatus(entries, 'g-home', 's-id')).toBe('changed-my-mind');
    expect(currentStatus(entries, 'g-home', 's-list')).toBeNull();
  });

  it("is unknown (null) before anything is recorded, so the plan's own status shows", () => {
    expect(currentStatus([], 'g-home')).toBeNull();
  });

  it('follows the latest written down on the same day', () => {
    const sameDay = [
      entry('evening', { on: '2026-06-01', status: 'started', recordedAt: '2026-06-01T22:00:00Z' }),
      entry('morning', { on: '2026-06-01', status: 'paused', recordedAt: '2026-06-01T08:00:00Z' }),
    ];
    expect(currentStatus(sameDay, 'g-home')).toBe('started');
  });
});

describe('a change', () => {
  it('is a start, a pause, done or a change of mind; picking up again after any of those is "started again"', () => {
    expect(statusChange(null, 'started')).toBe('started');
    expect(statusChange('not-started', 'started')).toBe('started');
    expect(statusChange('paused', 'started')).toBe('started-again');
    expect(statusChange('done', 'started')).toBe('started-again');
    expect(statusChange('changed-my-mind', 'started')).toBe('started-again');
    expect(statusChange('started', 'paused')).toBe('paused');
    expect(statusChange('started', 'done')).toBe('done');
    expect(statusChange('started', 'changed-my-mind')).toBe('changed-my-mind');
    expect(statusChange(null, 'not-started')).toBe('not-started');
  });
});

describe('where the progress form starts', () => {
  const goal = {
    id: 'g-home',
    steps: [
      { id: 's-call', what: 'Call the housing office', whoHelps: '', byWhen: '', status: 'started' as const },
      { id: 's-list', what: 'Get on the list', whoHelps: '', byWhen: '', status: 'not-started' as const },
    ],
  };
  const entries = [entry('paused', { on: '2026-03-20', status: 'paused' }), entry('call', { stepId: 's-call', status: 'done' })];

  it('is the goal’s status now, not a fixed "started"', () => {
    expect(statusNow(entries, goal, null)).toBe('paused');
    expect(statusNow([], goal, null)).toBe('not-started');
  });

  it('is the chosen step’s own status now: its latest entry, else the plan’s word for it', () => {
    expect(statusNow(entries, goal, 's-call')).toBe('done');
    expect(statusNow(entries, goal, 's-list')).toBe('not-started');
    expect(statusNow([], goal, 's-call')).toBe('started');
  });
});
