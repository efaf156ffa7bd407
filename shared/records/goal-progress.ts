/**
 * Progress on a goal or a step, over time. Each entry is its own record (parent: the person), so
 * the history only ever grows and two devices offline never overwrite each other: both entries
 * are kept. Goal and step ids stay the same from one plan version to the next, so the history
 * follows a goal through every revision.
 *
 * Recovery is not a straight line: pausing or changing one's mind is part of it, and is told in
 * the same plain words as being done.
 */
import { z } from 'zod';
import { issue } from '../messages';
import { isoDate, isoDateTime } from './dates';
import { PROGRESS_STATUSES, type Goal, type ProgressStatus } from './recovery-plan';
import type { RecordWithFields } from './signed-versions';
import { compareText, text } from './text';

export const GoalProgressFields = z.object({
  planSeriesId: z.string().trim().min(1, issue('goalProgress.planMissing')),
  goalId: z.string().trim().min(1, issue('goalProgress.goalMissing')),
  /** Null when the entry is about the goal as a whole. */
  stepId: z.string().trim().min(1, issue('goalProgress.stepMissing')).nullable().default(null),
  on: isoDate(issue('goalProgress.dateMissing')),
  status: z.enum(PROGRESS_STATUSES, { error: issue('goalProgress.statusMissing') }),
  inTheirWords: text(1000).default(''),
  /** When the entry was written down, in UTC (toISOString): keeps entries made on the same day in the order they were made. */
  recordedAt: isoDateTime(issue('goalProgress.recordedAtMissing')),
});
export type GoalProgressFields = z.infer<typeof GoalProgressFields>;
export type GoalProgressInput = z.input<typeof GoalProgressFields>;

type ProgressRecord = RecordWithFields<GoalProgressFields>;

/**
 * What kind of change an entry is, next to the previous status of the same goal or step. The
 * screens put it in words (without judgement: pausing reads like any other change); picking up
 * again after a pause, being done or changing one's mind is "started again", not a new start.
 */
export type StatusChange = ProgressStatus | 'started-again';

export function statusChange(previous: ProgressStatus | null, next: ProgressStatus): StatusChange {
  return next === 'started' && previous !== null && previous !== 'not-started' && previous !== 'started' ? 'started-again' : next;
}

// Oldest first; the same day by the time written down; the id settles the rest the same way everywhere.
const byTime = (a: ProgressRecord, b: ProgressRecord): number =>
  compareText(a.fields.on, b.fields.on) || compareText(a.fields.recordedAt, b.fields.recordedAt) || compareText(a.id, b.id);

export interface ProgressMoment {
  id: string;
  on: string;
  /** Null when it is about the goal as a whole. */
  stepId: string | null;
  status: ProgressStatus;
  inTheirWords: string;
  /** The kind of change, next to the goal's or step's previous status. */
  change: StatusChange;
}

/** A goal's history (the goal's own entries and its steps'), oldest first. Pass one person's entries. */
export function progressTimeline(entries: readonly ProgressRecord[], goalId: string): ProgressMoment[] {
  const previousStatus = new Map<string | null, ProgressStatus>();
  return entries
    .filter((entry) => entry.fields.goalId === goalId)
    .sort(byTime)
    .map(({ id, fields }) => {
      const change = statusChange(previousStatus.get(fields.stepId) ?? null, fields.status);
      previousStatus.set(fields.stepId, fields.status);
      return { id, on: fields.on, stepId: fields.stepId, status: fields.status, inTheirWords: fields.inTheirWords, change };
    });
}

/**
 * Where a goal (no stepId) or one of its steps is at now: its latest entry's status. Null when
 * nothing has been recorded yet; the plan's own status for the step applies then.
 */
export function currentStatus(entries: readonly ProgressRecord[], goalId: string, stepId?: string): ProgressStatus | null {
  const latest = entries
    .filter((entry) => entry.fields.goalId === goalId && entry.fields.stepId === (stepId ?? null))
    .sort(byTime)
    .at(-1);
  return latest?.fields.status ?? null;
}

/**
 * Where the goal as a whole (stepId null) or one of its steps is at now, for the progress form to
 * start from: the latest entry's status, else the step's status in the plan, else not started.
 */
export function statusNow(entries: readonly ProgressRecord[], goal: Pick<Goal, 'id' | 'steps'>, stepId: string | null): ProgressStatus {
  return (
    currentStatus(entries, goal.id, stepId ?? undefined) ??
    (stepId ? goal.steps.find((step) => step.id === stepId)?.status : undefined) ??
    'not-started'
  );
}
