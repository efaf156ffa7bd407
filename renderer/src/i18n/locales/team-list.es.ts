/** The words for taking the team list from a file, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { teamListEn } from './team-list.en';

export const teamListEs: Words<typeof teamListEn> = {
  title: 'La lista del equipo desde un archivo',
  hint: 'Si esta computadora no llega al servidor de tu agencia, informática de tu agencia puede enviarte la lista del equipo como archivo.',
  open: 'Abrir un archivo de lista del equipo',
  checking: 'Revisando la lista del equipo…',
  signed: 'Esta lista del equipo ({{name}}) se firmó con la clave de tu agencia.',
  signedBy: 'Huella de la clave de la agencia',
  serial: 'Número de lista',
  issuedAt: 'Hecha el',
  members: 'En la lista',
  memberCount: 'Pares: {{peers}}. Supervisores: {{supervisors}}.',
  replaces: 'Reemplaza la lista número {{serial}}, que tienes ahora.',
  you: {
    peer: 'Estás en ella como par.',
    supervisor: 'Estás en ella como supervisor.',
    none: 'Tu clave de equipo todavía no está en ella. Puedes usarla igual; pide a informática de tu agencia que te agregue.',
  },
  accept: 'Usar esta lista del equipo',
  reject: 'No usarla',
  accepted: 'La lista del equipo número {{serial}} está en uso ahora.',
  problems: {
    'too-large':
      'Ese archivo es demasiado grande para ser una lista del equipo, así que no se cambió nada. Revisa que elegiste el archivo que envió tu agencia.',
    'drive-unavailable':
      'No se pudo leer el archivo: su unidad o carpeta ya no está. Vuelve a conectarla o elígelo otra vez; no se cambió nada.',
    'not-readable':
      'Esta computadora no te deja leer ese archivo, así que no se cambió nada. Cópialo a un lugar donde puedas abrirlo y vuelve a intentarlo.',
  },
};
