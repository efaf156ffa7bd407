/** Las palabras de Hoy, en español (tú, claro y cálido). Tipadas contra el inglés. */
import type { Words } from './en';
import type { todayEn } from './today.en';

export const todayEs: Words<typeof todayEn> = {
  title: 'Hoy',
  opening: 'Reuniendo tu día',
  list: 'Tu día',
  nothingDue: 'Hoy no hay nada pendiente. Disfruta el tiempo con las personas que vas a ver.',
  groups: {
    tasks: 'Tareas y llamadas de seguimiento',
    notes: 'Notas por firmar',
    paperwork: 'Para repasar juntos',
    certification: 'Tu certificación',
  },
  addTask: 'Agregar una tarea o llamada para ti',
  taskWith: '{{title}}, con {{name}}',
  writeNote: 'Escribir una nota',
  writeNoteLabel: 'Escribir una nota: {{title}}, con {{name}}',
  note: {
    due: 'Nota con {{name}} del {{date}}: fírmala antes del {{dueAt}}',
    overdue: 'Nota con {{name}} del {{date}}: había que firmarla antes del {{dueAt}}',
  },
  agreement: {
    overdue: 'Ya pasó la fecha para repasar el acuerdo con {{name}}',
    'due-soon': 'Pronto toca repasar el acuerdo con {{name}}',
  },
  recoveryPlan: {
    overdue: 'El plan de recuperación de {{name}} había que repasarlo el {{date}}',
    'due-soon': 'El plan de recuperación de {{name}} toca repasarlo el {{date}}',
  },
  release: {
    endsToday: 'La autorización de {{name}} para {{recipients}} termina hoy',
    endsSoon_one: 'La autorización de {{name}} para {{recipients}} termina el {{date}} (mañana)',
    endsSoon_other: 'La autorización de {{name}} para {{recipients}} termina el {{date}} (en {{count}} días)',
  },
  referral: 'Pregúntale a {{name}} cómo le fue con {{resource}}',
  referralNoResource: 'Pregúntale a {{name}} cómo le fue con una referencia',
  crisisFollowUp: 'Dar seguimiento a {{name}} antes del {{date}}',
  certification: {
    renews_one: 'Tu certificación se renueva el {{date}}, mañana',
    renews_other: 'Tu certificación se renueva el {{date}}, en {{count}} días',
    renewsToday: 'Tu certificación se renueva hoy',
    passed: 'Ya pasó la fecha de renovación de tu certificación, el {{date}}',
    hoursStillNeeded_one: 'Te falta registrar {{count}} hora de educación continua',
    hoursStillNeeded_other: 'Te falta registrar {{count}} horas de educación continua',
    hoursDone: 'Ya tienes todas tus horas de educación continua',
  },
};
