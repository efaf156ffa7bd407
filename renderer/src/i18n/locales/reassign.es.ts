/** The words for reassigning a departed peer's caseload, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { reassignEn } from './reassign.en';

export const reassignEs: Words<typeof reassignEn> = {
  title: 'Reasignar las personas de un par que se fue',
  intro:
    'Cuando un par deja el equipo, las personas que seguía acompañando pueden pasar a otro par, con todos sus registros e historial. Necesitas la copia de seguridad del cuaderno de ese par y los dos archivos de llaves de tu agencia; no hace falta la frase de contraseña del par.',
  chooseBackup: 'Elegir la copia de seguridad del par que se fue',
  chooseRecoveryKey: 'Elegir el archivo de la llave de recuperación de la agencia',
  choosePolicyKey: 'Elegir el archivo de la llave de firma de políticas de la agencia',
  chosen: 'Elegido: {{name}}',
  recoveryPassphrase: 'Frase de contraseña del archivo de la llave de recuperación',
  policyPassphrase: 'Frase de contraseña del archivo de la llave de firma de políticas',
  receiver: 'Par que recibe a las personas',
  noPeers:
    'Todavía no hay ningún par en tu lista de equipo que pueda recibirlas. Busca novedades del equipo cuando informática lo haya agregado.',
  filesMissing: 'Primero elige la copia de seguridad y los dos archivos de llaves.',
  review: 'Revisar antes de enviar',
  whose_one: 'Esta copia de seguridad es el cuaderno del miembro {{from}}, que sigue acompañando a {{count}} persona.',
  whose_other: 'Esta copia de seguridad es el cuaderno del miembro {{from}}, que sigue acompañando a {{count}} personas.',
  confirm:
    'Vas a enviar al miembro {{to}} todos sus registros e historial, sellados para que solo ese par pueda abrirlos. Esto no se puede deshacer.',
  send: 'Sí, reasignar las personas',
  back: 'Volver',
  checking: 'Revisando la lista del equipo y las llaves de la agencia…',
  reading: 'Leyendo la copia de seguridad: {{percent}} %',
  sending: 'Enviando al miembro {{to}}…',
  leaveRunning: 'Puedes salir de esta pantalla; la reasignación sigue.',
  sent_one:
    'Se envió {{count}} persona al miembro {{to}}, con todos sus registros e historial. Le llegará cuando ese par busque novedades del equipo.',
  sent_other:
    'Se enviaron {{count}} personas al miembro {{to}}, con todos sus registros e historial. Le llegarán cuando ese par busque novedades del equipo.',
  unreadableHistory_one: 'No se pudo leer {{count}} línea del historial de la copia de seguridad y se dejó fuera.',
  unreadableHistory_other: 'No se pudieron leer {{count}} líneas del historial de la copia de seguridad y se dejaron fuera.',
  another: 'Reasignar las personas de otro par',
};
