/**
 * The words of tasks and scheduled check-ins, on a person's page and on Today.
 * Wired into en.ts as `tasks`; es.ts fills the same shape.
 */
export const tasksEn = {
  list: 'Tasks and check-ins with {{name}}',
  none: 'No tasks or check-ins with {{name}} yet. A regular call, a follow-up you promised: keep them here and they show on Today when due.',
  closed: 'Done and finished',
  add: 'Add a task or check-in',
  form: 'A new task or check-in',
  title: 'What needs doing',
  titleExample: 'for example: Weekly call to see how the week went',
  kind: 'What kind',
  kinds: {
    task: 'A task',
    'check-in': 'A scheduled check-in',
  },
  dueOn: 'When (the first time, if it repeats)',
  repeats: 'Repeats',
  repeat: {
    none: "Doesn't repeat",
    day: 'Every day',
    week: 'Every week',
    weeks: 'Every few weeks',
    month: 'Every month',
  },
  weeksApart: 'How many weeks apart',
  save: 'Keep it',
  saved: 'Kept. It shows on Today from {{date}}.',
  state: {
    overdue: 'Was due {{date}}',
    today: 'Due today',
    upcoming: 'Next: {{date}}',
    closed: 'Done',
  },
  lastDone: 'Last done {{date}}',
  lastSkipped: 'Skipped the one on {{date}}',
  kindChip: {
    task: 'Task',
    'check-in': 'Check-in',
  },
  done: 'Done',
  doneLabel: 'Done: {{title}}',
  skip: 'Skip this one',
  skipLabel: 'Skip this one: {{title}}',
  remove: 'Remove',
  removeLabel: 'Remove: {{title}}',
} as const;
