/**
 * The words of Today: what needs the peer now, each line leading to where they act on it.
 * Wired into en.ts as `today`; es.ts fills the same shape.
 */
export const todayEn = {
  title: 'Today',
  opening: 'Gathering your day',
  list: 'Your day',
  nothingDue: "Nothing is waiting on you today. Enjoy the time with the people you'll see.",
  groups: {
    tasks: 'Tasks and check-ins',
    notes: 'Notes to sign',
    paperwork: 'To go over together',
    certification: 'Your certification',
  },
  addTask: 'Add a task or check-in for yourself',
  taskWith: '{{title}}, with {{name}}',
  writeNote: 'Write a note',
  writeNoteLabel: 'Write a note: {{title}}, with {{name}}',
  note: {
    due: 'Note with {{name}} from {{date}}: sign it by {{dueAt}}',
    overdue: 'Note with {{name}} from {{date}}: it was due {{dueAt}}',
  },
  agreement: {
    overdue: 'The agreement with {{name}} is past its review date',
    'due-soon': 'The agreement with {{name}} is due for review soon',
  },
  recoveryPlan: {
    overdue: "{{name}}'s recovery plan was due for review on {{date}}",
    'due-soon': "{{name}}'s recovery plan is due for review on {{date}}",
  },
  release: {
    endsToday: "{{name}}'s release to {{recipients}} ends today",
    endsSoon_one: "{{name}}'s release to {{recipients}} ends on {{date}} (tomorrow)",
    endsSoon_other: "{{name}}'s release to {{recipients}} ends on {{date}} (in {{count}} days)",
  },
  referral: 'Check in with {{name}} about {{resource}}',
  referralNoResource: 'Check in with {{name}} about a referral',
  crisisFollowUp: 'Follow up with {{name}} by {{date}}',
  certification: {
    renews_one: 'Your certification renews on {{date}}, tomorrow',
    renews_other: 'Your certification renews on {{date}}, in {{count}} days',
    renewsToday: 'Your certification renews today',
    passed: 'Your certification renewal date, {{date}}, has passed',
    hoursStillNeeded_one: '{{count}} more hour of continuing education to log',
    hoursStillNeeded_other: '{{count}} more hours of continuing education to log',
    hoursDone: 'Your continuing-education hours are all in',
  },
} as const;
