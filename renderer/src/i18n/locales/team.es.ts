/** The words for team work, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { teamEn } from './team.en';

export const teamEs: Words<typeof teamEn> = {
  handedOverOn: 'Se entregó a otro par el',
  title: 'Tu equipo',
  fingerprint: 'La huella de tu clave de equipo',
  fingerprintHelp: 'Léesela al personal de informática de tu agencia cuando te agreguen al equipo, para que sepan que la clave es tuya.',
  notListed: 'Todavía no estás en la lista del equipo de tu agencia.',
  keysSent: 'Tus claves se enviaron al servidor de tu agencia; cuando informática te agregue al equipo, vuelve a revisar.',
  role: { peer: 'Estás en el equipo como par.', supervisor: 'Estás en el equipo como supervisor.' },
  check: 'Buscar novedades del equipo',
  checking: 'Buscando…',
  checked_one: 'Llegó {{count}} elemento nuevo.',
  checked_other: 'Llegaron {{count}} elementos nuevos.',
  problems: {
    'no-server':
      'El trabajo en equipo pasa por el servidor de sincronización de tu agencia. Primero configura la sincronización con el servidor en Configuración.',
    'not-a-member': 'Tu agencia todavía no te agregó a un equipo. Pregunta a tu supervisor o al personal de informática.',
    removed:
      'Tu agencia te quitó del equipo, así que aquí ya no se pueden enviar ni recibir mensajes del equipo. Tu propio cuaderno está a salvo.',
    'recipient-unknown': 'Esa persona ya no está en el equipo, así que no se envió nada. Busca novedades del equipo y vuelve a intentarlo.',
    unreachable:
      'No se pudo conectar con el servidor de la agencia. Revisa tu conexión a internet y vuelve a intentarlo; no se perdió nada.',
    refused: 'El servidor de la agencia no aceptó esto. Vuelve a intentarlo más tarde; si sigue pasando, avisa al personal de informática.',
  },
  queue: {
    unreadable: 'No se pudo mostrar: no se lee como una nota ni como un plan. Pide al par que lo envíe otra vez.',
    title: 'Esperando tu revisión',
    empty: 'No hay nada esperando tu revisión.',
    from: 'De {{peer}}',
    about: '{{kind}} sobre {{person}}, enviado el {{sentAt}}',
    comment: 'Comentario para {{peer}} (con palabras sencillas)',
    coSign: 'Firmar en conjunto',
    return: 'Devolver con comentario',
  },
  cameBack: {
    title: 'Volvió de revisión',
    empty: 'No volvió nada nuevo de revisión.',
    coSigned: '{{kind}}: {{reviewer}} lo firmó en conjunto.',
    returned: '{{kind}}: {{reviewer}} lo devolvió: "{{comment}}"',
    markRead: 'Marcar como leído',
    open: 'Ver lo que volvió en la pantalla Equipo',
  },
  submit: 'Enviar a mi supervisor para revisión',
  submitted: 'Se envió a tu supervisor. Verás la respuesta en Hoy.',
};
