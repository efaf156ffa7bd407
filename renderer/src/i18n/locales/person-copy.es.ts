/**
 * The person's own copy of their plans, in Spanish: warm and plain, in their voice ("Mi plan de
 * recuperación"), with tú in the words for the peer. Typed against the English.
 */
import type { Translation } from './en';

export const personCopyEs: Translation['personCopy'] = {
  page: {
    version: 'Versión {{version}}',
    signedOn: 'firmado el {{date}}',
    notSignedYet: 'todavía sin firmar',
    madeOn: 'Esta copia se hizo el {{date}}.',
    itIsMine: 'Este plan es mío. Puedo pedir cambiarlo cuando quiera.',
    signatures: 'Firmas',
    signedBy: 'Firmado por {{name}} el {{date}}',
    agreedOutLoud: 'Aceptado de palabra por {{name}} el {{date}}, con {{witness}} como testigo',
    signatureOf: 'Firma de {{name}}',
  },
  recovery: {
    title: 'Mi plan de recuperación',
    lifeAreas: 'Las partes de mi vida en las que me estoy enfocando',
    strengths: 'Mis fortalezas',
    goals: 'En lo que estoy trabajando',
    noGoalsYet: 'Todavía no hay metas escritas.',
    goalNumber: 'Meta {{number}}',
    steps: 'Mis pasos',
    whoHelps: 'Quién me ayuda',
    byWhen: 'Para cuándo',
    statuses: {
      'not-started': 'Todavía sin empezar',
      started: 'Empezado',
      paused: 'En pausa',
      done: 'Hecho',
      'changed-my-mind': 'Cambié de opinión',
    },
    supports: 'Quién me puede ayudar',
    reviewDate: 'Cuándo lo volvemos a ver',
    reviewOn: 'Volveremos a ver este plan juntos el {{date}}.',
    roles: { person: 'Yo', peer: 'Mi especialista de apoyo entre pares', supervisor: 'Supervisor o supervisora' },
    suggestedLifeAreas: {
      Housing: 'Vivienda',
      'Work and learning': 'Trabajo y estudios',
      Health: 'Salud',
      Relationships: 'Relaciones',
      'Recovery and wellness': 'Recuperación y bienestar',
      Money: 'Dinero',
      Legal: 'Asuntos legales',
      Spirituality: 'Espiritualidad',
      'Fun and community': 'Diversión y comunidad',
    },
  },
  wellness: {
    title: 'Mi plan de bienestar y de crisis',
    intro: 'Lo que me mantiene bien, y cómo otras personas me pueden ayudar cuando las cosas se ponen difíciles.',
    sections: {
      'wellness-toolbox': 'Mi caja de herramientas para el bienestar',
      'daily-maintenance': 'Mantenerme bien cada día',
      triggers: 'Lo que me puede desequilibrar, y lo que haré',
      'early-warning-signs': 'Las primeras señales de alerta, y lo que haré',
      'breaking-down': 'Cuando las cosas se ponen más difíciles, y lo que haré',
      'crisis-plan': 'Mi plan de crisis: cuando otras personas me ayudan',
      'after-crisis': 'Después de una crisis',
    },
  },
  save: {
    language: 'Idioma de su copia',
    print: 'Imprimir su copia (PDF)',
    webPage: 'Guardar su copia como página web',
    working: 'Preparando su copia',
    saved: 'Se guardó {{name}}.',
    problems: {
      'disk-full': 'La unidad está llena, así que su copia no se guardó. Libera espacio o elige otro lugar, y vuelve a intentarlo.',
      'drive-unavailable':
        'No se pudo llegar a ese lugar (¿se desconectó una unidad?), así que no se guardó nada. Vuelve a conectarla o elige otro lugar, y vuelve a intentarlo.',
      'not-writable': 'Peer Notebook no tiene permiso para guardar en esa carpeta. Elige otro lugar y vuelve a intentarlo.',
      'too-large':
        'Esta copia es demasiado grande para imprimirla (puede que las firmas dibujadas sean muy grandes). Guárdala como página web.',
    },
    failed: 'No se pudo preparar su copia, así que no se guardó nada. Vuelve a intentarlo; si sigue pasando, guárdala como página web.',
  },
};
