/** The words of the billing export, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { billingEn } from './billing.en';

export const billingEs: Words<typeof billingEn> = {
  title: 'Facturación',
  intro:
    'Revisa tus notas según lo que paga la aseguradora, corrige lo que rechazaría y guarda los cobros para el personal de facturación.',
  personIntro: 'Revisa las notas de esta persona según lo que paga la aseguradora antes de que el personal de facturación las envíe.',
  show: 'Revisar notas para facturar',
  hide: 'Cerrar la revisión de facturación',
  from: 'Notas desde',
  to: 'Hasta',
  payer: 'Aseguradora',
  check: 'Revisar estas notas',
  checking: 'Revisando las notas',
  datesOutOfOrder: 'La primera fecha tiene que ser antes de la última.',
  ready_zero: 'No hay notas firmadas listas para facturar en estas fechas.',
  ready_one: '1 nota está lista para facturar.',
  ready_other: '{{count}} notas están listas para facturar.',
  refusedTitle_one: '1 nota que la aseguradora rechazaría',
  refusedTitle_other: '{{count}} notas que la aseguradora rechazaría',
  allClear: 'Nada que la aseguradora rechazaría. ¡Bien hecho!',
  refusedNote: '{{person}}, nota del {{date}}',
  refusedNoteAt: '{{person}}, nota del {{date}} a las {{time}}',
  openNote: 'Abrir esta nota para corregirla',
  save: 'Guardar los cobros (CSV)',
  saving: 'Guardando los cobros',
  saved: 'Guardado como {{name}}. Las notas que la aseguradora rechazaría quedaron fuera; corrígelas y guarda de nuevo.',
  savedAll: 'Guardado como {{name}}.',
  fileName: 'Cobros {{payer}} {{from}} a {{to}}',
  failed: 'No se pudieron guardar los cobros. Inténtalo de nuevo o elige otro lugar.',
  problems: {
    'disk-full': 'El disco está lleno, así que los cobros no se guardaron. Libera espacio o elige otro lugar e inténtalo de nuevo.',
    'drive-unavailable':
      'No se pudo llegar a ese lugar (¿se quitó una unidad?), así que no se guardó nada. Vuelve a conectarla o elige otro lugar e inténtalo de nuevo.',
    'not-writable': 'Peer Notebook no tiene permiso para guardar en esa carpeta. Elige otro lugar e inténtalo de nuevo.',
  },
};
