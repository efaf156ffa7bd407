/** The words of backups, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { backupEn } from './backup.en';

export const backupEs: Words<typeof backupEn> = {
  settings: {
    title: 'Copias de seguridad',
    intro:
      'Una copia de seguridad es un solo archivo cifrado con todo tu cuaderno. Guarda las copias en una memoria USB o en otro lugar aparte de esta computadora, para que no se pierda nada si la laptop se pierde, te la roban o se daña.',
    backUpNow: 'Hacer una copia ahora',
    backedUp: 'Copia hecha y comprobada: {{name}}.',
    noFolder: 'Todavía no elegiste una carpeta para las copias.',
    folder: 'Carpeta de las copias: {{name}}',
    chooseFolder: 'Elegir una carpeta para las copias',
    chooseOtherFolder: 'Elegir otra carpeta para las copias',
    every: 'Hacer copias en la carpeta',
    every0: 'Solo cuando elijo "Hacer una copia ahora"',
    every4: 'Cada 4 horas',
    every24: 'Cada día',
    every168: 'Cada semana',
    saveSchedule: 'Guardar las opciones de copia',
    scheduleSaved: 'Guardado. Copia en la carpeta: {{every}}; conservar las {{count}} más nuevas; avisarme tras {{days}} sin copia.',
    keepLast: 'Copias que se guardan en la carpeta',
    keep_one: 'Solo la más reciente ({{count}})',
    keep_other: 'Las {{count}} más recientes',
    warnAfter: 'Avísame cuando lleve sin copia',
    days_one: '{{count}} día',
    days_other: '{{count}} días',
    whileOpen:
      'Las copias en la carpeta se hacen mientras tu cuaderno está abierto. Las más viejas, más allá de las que guardas, se quitan; nada más en la carpeta se toca.',
  },
  status: {
    last: 'Última copia: {{when}}',
    never: 'Todavía no hay copia',
    overdue: 'Es hora de hacer una copia',
    today: 'hoy {{time}}',
    yesterday: 'ayer {{time}}',
  },
  progress: {
    'backing-up': 'Haciendo la copia de tu cuaderno…',
    checking: 'Comprobando el archivo de la copia…',
    snapshot: 'Primero guardando una instantánea de tu cuaderno…',
    restoring: 'Restaurando…',
  },
  restore: {
    title: 'Restaurar desde una copia de seguridad',
    intro:
      'Trae registros de vuelta desde un archivo de copia. Primero se guarda una instantánea de tu cuaderno tal como está ahora, y lo que cambiaste aquí después de esa copia se queda como lo tienes.',
    firstRunIntro:
      '¿Computadora nueva? Abre una copia de tu cuaderno y todo vuelve como estaba, y se abre con la misma frase de contraseña y el mismo código de recuperación.',
    chooseFile: 'Elegir un archivo de copia',
    chooseOtherFile: 'Elegir otro archivo de copia',
    file: 'Archivo de copia: {{name}}',
    passphrase: 'Frase de contraseña que tenía el cuaderno cuando se hizo la copia',
    recoveryCode: 'Código de recuperación del cuaderno',
    recoveryCodeHint: 'El código que guardaste cuando preparaste ese cuaderno, como ABCD-EFGH-... Los guiones y los espacios no importan.',
    useRecoveryCode: 'Usar el código de recuperación',
    usePassphrase: 'Usar la frase de contraseña',
    restore: 'Restaurar esta copia',
    done: 'Restaurado desde la copia hecha {{when}}. Agregados: {{added}}. Actualizados: {{updated}}. Se quedaron como estaban: {{skipped}}.',
    conflicts_one: '{{count}} registro se cambió aquí y también en la copia. Se guardan las dos versiones para que tú elijas.',
    conflicts_other: '{{count}} registros se cambiaron aquí y también en la copia. Se guardan las dos versiones para que tú elijas.',
    snapshotFolder: 'Tu cuaderno, tal como estaba justo antes, quedó guardado en tu carpeta de copias como {{name}}.',
    snapshotFile: 'Tu cuaderno, tal como estaba justo antes, quedó guardado como {{name}}.',
    startFromBackup: 'Restaurar desde una copia de seguridad',
    startFresh: 'Mejor empezar un cuaderno nuevo',
  },
  problem: {
    'disk-full':
      'La unidad de las copias está llena, así que la copia no se guardó. Tus copias anteriores siguen intactas. Libera espacio en la unidad, o elige otra carpeta, y vuelve a intentarlo.',
    'drive-unavailable':
      'No se puede llegar a la carpeta de las copias ahora (¿se desconectó la unidad?). No se guardó nada ahí. Vuelve a conectar la unidad e inténtalo otra vez.',
    'not-writable': 'Peer Notebook no tiene permiso para guardar en esa carpeta. Elige una carpeta donde puedas guardar.',
    'read-back-failed':
      'La copia se escribió, pero al leerla de nuevo no salió bien, así que se quitó. Puede que la unidad esté fallando: prueba con otra. Tus copias anteriores siguen intactas.',
    'file-missing': 'Ese archivo de copia ya no está ahí (¿se desconectó la unidad?). Vuelve a conectarla, o elige el archivo otra vez.',
    'unknown-place': 'Peer Notebook ya no reconoce esa carpeta o archivo. Elígelo otra vez.',
    'snapshot-cancelled':
      'No se restauró nada: primero se guarda una instantánea de tu cuaderno, y no se eligió dónde. Elige dónde guardarla, o elige una carpeta para las copias.',
  },
};
