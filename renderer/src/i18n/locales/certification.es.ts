/** Las palabras de tu certificación y tu educación continua, en español (tú, claro y cálido). */
import type { Words } from './en';
import type { certificationEn } from './certification.en';

export const certificationEs: Words<typeof certificationEn> = {
  title: 'Tu certificación',
  certifiedOn: 'Fecha en que te certificaste o renovaste por última vez',
  hoursRequired: 'Horas de educación continua que tu junta pide para cada renovación',
  hoursRequiredHint: 'Cada estado tiene sus reglas; revisa las de tu junta.',
  renewsOn: 'Se renueva el {{date}}, dos años después.',
  noDateYet: 'Agrega la fecha en que te certificaste para ver cuándo se renueva.',
  hoursLogged: '{{logged}} de {{required}} horas registradas para esta renovación.',
  hoursStillNeeded_one: 'Te falta {{count}} hora.',
  hoursStillNeeded_other: 'Te faltan {{count}} horas.',
  hoursDone: 'Ya tienes todas las horas.',
  log: 'Educación continua',
  logList: 'Capacitaciones que registraste',
  none: 'Todavía no registraste ninguna capacitación.',
  entry: '{{date}}: {{title}}, {{hours}} h',
  on: 'Fecha de la capacitación',
  topic: 'Tema o capacitación',
  hours: 'Horas',
  add: 'Registrar esta capacitación',
  added: 'Registrada.',
  remove: 'Quitar',
  removeLabel: 'Quitar: {{title}}',
};
