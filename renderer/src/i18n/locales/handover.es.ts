/** The words for handing people over to another peer, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { handOverEn } from './handover.en';

export const handOverEs: Words<typeof handOverEn> = {
  personAction: 'Entregar a otro par',
  listChip: 'Ya se entregó, solo para leer',
  caseloadTitle: 'Entregar tu grupo de personas',
  caseloadHint:
    'Cuando dejas el equipo o cambias de equipo, las personas que acompañas pueden pasar a otro par de tu equipo, cada una con su propio consentimiento.',
  caseloadAction: 'Entregar a todas mis personas',
  nobodyLeft: 'No hay nadie en tu cuaderno para entregar.',
  formTitle: 'Entregar a otro par',
  loading: 'Obteniendo la lista de tu equipo…',
  notPeer:
    'Podrás entregar personas cuando tu agencia te haya puesto en el equipo como par. Busca novedades del equipo en la pantalla Equipo.',
  noPeers:
    'Todavía no hay otro par en la lista de tu equipo. Busca novedades del equipo en la pantalla Equipo o pregunta a informática de tu agencia.',
  receiver: 'Quién las recibe',
  receiverHint:
    'La lista del equipo no tiene nombres. Pide al par que te lea la huella de su clave de equipo en su pantalla Equipo y elige la que coincida.',
  receiverOption: 'Par con la huella de clave de equipo {{fingerprint}}',
  receiverName: 'El nombre del par que las recibe',
  receiverNameHint: 'Para tus registros: este cuaderno dirá quién las tiene ahora.',
  consentFor: 'El consentimiento de {{name}}',
  include: 'Entregar a {{name}}',
  givenOn: 'Día en que {{name}} aceptó',
  how: 'Cómo aceptó {{name}}',
  ways: { signed: 'Firmó un formulario de consentimiento', verbal: 'Lo dijo, y tú lo anotaste' },
  consentNote: 'Algo más sobre su consentimiento (opcional)',
  continue: 'Continuar',
  cancel: 'Cancelar',
  confirmTitle: 'Antes de enviar',
  confirmSealed:
    '{{names}}, con cada registro, plan, autorización y línea del historial, se sellará para que solo {{peer}} (huella de clave de equipo {{fingerprint}}) pueda abrirlo, y se enviará por el servidor de tu agencia.',
  confirmKept:
    'Aquí se quedan en tu cuaderno solo para leer: puedes seguir leyendo todo, pero no se puede cambiar ni agregar nada aquí. Se guardan según las reglas de conservación de tu agencia; no se borran.',
  confirmHistory: 'Tu historial y el suyo dirán que se entregaron, con el consentimiento que registraste.',
  send: 'Sí, entregar ahora',
  back: 'Volver',
  sending: 'Sellando y enviando…',
  done: 'Entregado a {{peer}}: {{names}}.',
  handedOver:
    'Se entregó a {{peer}} el {{date}}, con el consentimiento registrado el {{givenOn}}. {{peer}} tiene ahora estos registros y puede agregarles; aquí se guardan solo para leer según las reglas de conservación de tu agencia.',
};
