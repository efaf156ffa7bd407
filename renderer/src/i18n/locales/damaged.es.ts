/** The words for records that could not be opened, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { damagedEn } from './damaged.en';

export const damagedEs: Words<typeof damagedEn> = {
  status_one: 'No se pudo abrir {{count}} registro',
  status_other: 'No se pudieron abrir {{count}} registros',
  title: 'Registros que no se pudieron abrir',
  intro:
    'Estos registros están guardados en esta computadora pero no se pudieron abrir. Puede que se hayan dañado (un problema del disco, o un cambio hecho fuera de Peer Notebook). Todo lo demás de tu cuaderno está bien y no se cambió nada.',
  none: 'Todos los registros revisados hasta ahora se abren.',
  item: {
    aboutPerson: '{{kind}} sobre {{name}}',
    reasons: {
      'does-not-open': 'No se abre: puede que se haya cambiado o dañado.',
      'does-not-read': 'Se abre, pero lo que guarda no se lee como debería.',
      'newer-version': 'Lo escribió una versión más nueva de Peer Notebook. Actualiza la aplicación para abrirlo.',
    },
  },
  check: {
    button: 'Revisar todo el cuaderno',
    working: 'Revisando cada registro',
    done: 'Se revisaron todos los registros del cuaderno.',
  },
  whatToDo: {
    title: 'Qué hacer',
    backup:
      'Si tienes una copia de seguridad, restáurala (Configuración, Copias de seguridad): la copia de un registro dañado toma su lugar, y no se sobrescribe nada más nuevo de aquí.',
    syncFolder:
      'Si este cuaderno se sincroniza a través de una carpeta, vuelve a traer todo desde ella: la copia de cada registro en la carpeta toma el lugar del dañado.',
    getAgain: 'Volver a traer todo desde la carpeta de sincronización',
    gettingAgain: 'Trayendo todo otra vez desde la carpeta de sincronización',
    gotAgain: 'Listo. Se volvió a leer todo lo que guarda la carpeta de sincronización.',
    toBackups: 'Ir a las copias de seguridad',
  },
  close: 'Cerrar',
};
