/**
 * Tasks and scheduled check-ins: follow-ups ("call the housing office back") and regular contact
 * ("weekly telephone recovery support call on Tuesdays"), for one person (parent: the person) or
 * general (no parent).
 *
 * A repeating task has one due date at a time. Marking it done records that occurrence and moves
 * the due date to the next one after it, so a missed week stays visible as overdue until the peer
 * marks it done or skips it; nothing piles up as a list of past occurrences.
 */
import { z } from 'zod';
import { issue, type Message, MessageError, say } from '../messages';
import { addDays, addMonths, isoDate } from './dates';
import { text } from './text';

export const TASK_KINDS = ['task', 'check-in'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const Recurrence = z.discriminatedUnion('every', [
  z.object({ every: z.literal('none') }),
  z.object({ every: z.literal('day'), interval: z.number().int().min(1).max(365).default(1) }),
  z.object({ every: z.literal('week'), interval: z.number().int().min(1).max(52).default(1) }),
  z.object({ every: z.literal('month'), interval: z.number().int().min(1).max(12).default(1) }),
]);
export type Recurrence = z.infer<typeof Recurrence>;

export const TaskCompletion = z.object({
  dueOn: isoDate(issue('task.completionDateMissing')),
  doneOn: isoDate(issue('task.completionDateMissing')),
  skipped: z.boolean().default(false),
});
export type TaskCompletion = z.infer<typeof TaskCompletion>;

export const TaskFields = z.object({
  kind: z.enum(TASK_KINDS).default('task'),
  title: text(500).min(1, issue('task.titleMissing')),
  notes: text(5000).default(''),
  dueOn: isoDate(issue('task.dueOnMissing')),
  recurrence: Recurrence.default({ every: 'none' }),
  /** Past occurrences, newest last: what was done (or skipped) and when. */
  completions: z.array(TaskCompletion).default([]),
  /** A one-off task that is done, or a repeating one that was stopped. */
  closed: z.boolean().default(false),
});
export type TaskFields = z.infer<typeof TaskFields>;
export type TaskInput = z.input<typeof TaskFields>;

/** The occurrence after `date` for a recurrence (null when it does not repeat). */
export function nextOccurrence(date: string, recurrence: Recurrence): string | null {
  switch (recurrence.every) {
    case 'none':
      return null;
    case 'day':
      return addDays(date, recurrence.interval);
    case 'week':
      return addDays(date, 7 * recurrence.interval);
    case 'month':
      return addMonths(date, recurrence.interval);
  }
}

/**
 * Marks the current occurrence done (or skipped) on `today`. A one-off task closes; a repeating
 * one moves to its next occurrence after the one just handled.
 */
export function completeTask(task: TaskFields, today: string, options: { skipped?: boolean } = {}): TaskFields {
  if (task.closed) throw new MessageError(say('task.alreadyClosed'));
  const completions = [...task.completions, { dueOn: task.dueOn, doneOn: today, skipped: options.skipped ?? false }];
  const next = nextOccurrence(task.dueOn, task.recurrence);
  return next ? { ...task, completions, dueOn: next } : { ...task, completions, closed: true };
}

export type TaskState = 'overdue' | 'today' | 'upcoming' | 'closed';

/** Where a task stands on `today`, recomputed every time it is shown. */
export function taskState(task: Pick<TaskFields, 'dueOn' | 'closed'>, today: string): TaskState {
  if (task.closed) return 'closed';
  if (task.dueOn < today) return 'overdue';
  return task.dueOn === today ? 'today' : 'upcoming';
}

/** How a recurrence reads on screen. */
export function describeRecurrence(recurrence: Recurrence): Message {
  if (recurrence.every === 'none') return say('task.once');
  return recurrence.interval === 1
    ? say(`task.every.${recurrence.every}`)
    : say(`task.everyN.${recurrence.every}`, { count: recurrence.interval });
}
