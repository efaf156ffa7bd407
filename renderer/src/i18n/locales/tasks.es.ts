/** Las palabras de las tareas y llamadas de seguimiento, en español (tú, claro y cálido). */
import type { Words } from './en';
import type { tasksEn } from './tasks.en';

export const tasksEs: Words<typeof tasksEn> = {
  list: 'Tareas y llamadas con {{name}}',
  none: 'Todavía no hay tareas ni llamadas con {{name}}. Una llamada de cada semana, algo que prometiste: guárdalo aquí y aparecerá en Hoy cuando toque.',
  closed: 'Hechas y terminadas',
  add: 'Agregar una tarea o llamada',
  form: 'Una tarea o llamada nueva',
  title: 'Qué hay que hacer',
  titleExample: 'por ejemplo: Llamada de cada semana para ver cómo le fue',
  kind: 'De qué tipo',
  kinds: {
    task: 'Una tarea',
    'check-in': 'Una llamada o visita programada',
  },
  dueOn: 'Cuándo (la primera vez, si se repite)',
  repeats: 'Se repite',
  repeat: {
    none: 'No se repite',
    day: 'Todos los días',
    week: 'Todas las semanas',
    weeks: 'Cada varias semanas',
    month: 'Todos los meses',
  },
  weeksApart: 'Cada cuántas semanas',
  save: 'Guardarla',
  saved: 'Guardada. Aparece en Hoy a partir del {{date}}.',
  state: {
    overdue: 'Tocaba el {{date}}',
    today: 'Toca hoy',
    upcoming: 'La próxima: {{date}}',
    closed: 'Hecha',
  },
  lastDone: 'La última vez: {{date}}',
  lastSkipped: 'Saltaste la del {{date}}',
  kindChip: {
    task: 'Tarea',
    'check-in': 'Llamada',
  },
  done: 'Hecha',
  doneLabel: 'Hecha: {{title}}',
  skip: 'Saltar esta vez',
  skipLabel: 'Saltar esta vez: {{title}}',
  remove: 'Quitar',
  removeLabel: 'Quitar: {{title}}',
};
