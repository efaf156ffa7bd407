/**
 * The words of the peer's own certification: when it renews (every two years) and the
 * continuing-education hours logged toward it. Wired into en.ts as `certification`.
 */
export const certificationEn = {
  title: 'Your certification',
  certifiedOn: 'Date you were certified or last renewed',
  hoursRequired: 'Continuing-education hours your board asks for each renewal',
  hoursRequiredHint: 'Boards differ from state to state; check yours.',
  renewsOn: 'Renews on {{date}}, two years after.',
  noDateYet: 'Add the date you were certified to see when it renews.',
  hoursLogged: '{{logged}} of {{required}} hours logged for this renewal.',
  hoursStillNeeded_one: '{{count}} more hour to go.',
  hoursStillNeeded_other: '{{count}} more hours to go.',
  hoursDone: 'All the hours are in.',
  log: 'Continuing education',
  logList: 'Trainings you logged',
  none: 'No trainings logged yet.',
  entry: '{{date}}: {{title}}, {{hours}} h',
  on: 'Date of the training',
  topic: 'Topic or training',
  hours: 'Hours',
  add: 'Log this training',
  added: 'Logged.',
  remove: 'Remove',
  removeLabel: 'Remove: {{title}}',
} as const;
