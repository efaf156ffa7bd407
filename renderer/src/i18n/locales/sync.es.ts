/** The words of sync, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { syncEn } from './sync.en';

export const syncEs: Words<typeof syncEn> = {
  settings: {
    title: 'Sincronizar',
    intro:
      'Mantén este cuaderno igual en dos computadoras, como tu laptop y la computadora de la oficina, a través de una carpeta que las dos puedan usar: una memoria USB, una unidad compartida de la red, o una carpeta que OneDrive, Nextcloud o Syncthing ya mantienen al día.',
    private:
      'Todo lo que tu cuaderno pone en esa carpeta va cifrado. Nadie puede leerlo sin tu frase de contraseña, ni siquiera el servicio en la nube.',
    noFolder: 'Todavía no elegiste una carpeta para sincronizar.',
    folder: 'Carpeta para sincronizar: {{name}}',
    choose: 'Elegir una carpeta para sincronizar',
    chooseOther: 'Elegir otra carpeta para sincronizar',
    syncNow: 'Sincronizar ahora',
    automatic:
      'Mientras la carpeta esté ahí, tu cuaderno se sincroniza solo cada pocos minutos y cada vez que lo desbloqueas. Puedes seguir trabajando mientras tanto.',
    done: 'Listo. Lo que hay aquí y en la carpeta ahora es igual.',
    stopped: 'Se detuvo. No se cambió nada.',
  },
  status: {
    label: 'Estado de la sincronización',
    notSetUp: 'La sincronización no está configurada',
    never: 'Todavía no se sincronizó',
    lastSynced: 'Sincronizado {{when}}',
    syncing: 'Sincronizando…',
    stopped: 'La sincronización se detuvo',
    waiting_one: '{{count}} cambio esperando',
    waiting_other: '{{count}} cambios esperando',
    nothingWaiting: 'Ningún cambio esperando',
    conflicts_one: '{{count}} conflicto por resolver',
    conflicts_other: '{{count}} conflictos por resolver',
    progress: 'Sincronizando: {{done}} de {{total}}',
    skipped_one: '{{count}} cosa de la carpeta quedó aparte',
    skipped_other: '{{count}} cosas de la carpeta quedaron aparte',
  },
  problems: {
    folderGone:
      'La carpeta para sincronizar no está disponible ahora (¿se sacó la memoria USB o se desconectó la unidad?). No se perdió nada: cada cambio está a salvo en esta computadora. Vuelve a conectarla y elige Sincronizar ahora.',
    needsAnswer:
      'La sincronización se detuvo para preguntarte algo primero. Elige Sincronizar ahora en Configuración para ver la pregunta.',
    noNotebookOnServer:
      'El servidor todavía no tiene un cuaderno tuyo. Sincronízalo primero con el servidor desde tu otra computadora y vuelve a intentarlo.',
    noNotebook: 'Esta carpeta todavía no tiene un Peer Notebook. Elige la carpeta con la que se sincroniza tu otra computadora.',
    failed: 'La sincronización se detuvo antes de terminar. No se perdió nada, y lo que no pasó se enviará la próxima vez.',
    unexpected:
      'La sincronización se detuvo antes de terminar. No se perdió nada, y lo que no pasó se enviará la próxima vez. Si vuelve a pasar, avísale a quien cuida tus computadoras.',
    diskFull:
      'La unidad de la carpeta para sincronizar está llena. Libera algo de espacio y elige Sincronizar ahora. No se perdió nada: cada cambio está a salvo en esta computadora.',
    notWritable:
      'Esta computadora no tiene permiso para escribir en la carpeta para sincronizar. Elige otra carpeta, o pídele a quien cuida tus computadoras que te deje escribir ahí. No se perdió nada.',
    unknownPlace: 'Peer Notebook ya no reconoce esa carpeta para sincronizar. Elígela de nuevo. No se perdió nada.',
    inTheWay:
      'Hay algo en la carpeta para sincronizar justo donde Peer Notebook guarda sus propios archivos: {{where}}. Sácalo de la carpeta o bórralo, y elige Sincronizar ahora. No se perdió nada.',
    serverUnreachable:
      'No se puede llegar ahora al servidor de sincronización de tu agencia (no hay internet, o el servidor no está funcionando). No se perdió nada: cada cambio está a salvo en esta computadora, y se sincroniza solo cuando se pueda llegar al servidor.',
    serverRefused:
      'El servidor de sincronización de tu agencia ya no acepta esta computadora. Pídele a tu agencia un nuevo código de inscripción y vuelve a conectarte. No se perdió nada: cada cambio está a salvo en esta computadora.',
    serverClockOff:
      'El servidor de sincronización de tu agencia rechazó esta computadora porque su reloj no está bien. Pon bien la fecha y la hora de esta computadora y elige Sincronizar ahora. No se perdió nada.',
    serverCodeNotValid:
      'Ese código de inscripción no fue aceptado: puede que ya se haya usado, que tenga un error, o que tenga más de una semana. Revísalo, o pídele uno nuevo a tu agencia.',
    serverAddressNotValid:
      'Esa no es una dirección de servidor de sincronización que Peer Notebook pueda usar. Empieza con https://, como https://sync.example.org. Pídele la correcta a tu agencia.',
    serverKeyStoreUnavailable:
      'Esta computadora no tiene un almacén seguro de claves (como un llavero) donde Peer Notebook pueda guardar su clave para el servidor de sincronización, así que no se conectó y tu código no se usó. En Linux, configura GNOME Keyring o KWallet y vuelve a conectarte. Mientras tanto puedes sincronizar con una carpeta. No se perdió nada.',
    serverKeyUnreadable:
      'Esta computadora ya no puede abrir su clave para el servidor de sincronización de tu agencia (su almacén de claves se reinició o cambió). Pídele a tu agencia un código de inscripción nuevo y vuelve a conectarte. No se perdió nada: cada cambio está a salvo en esta computadora.',
  },
  server: {
    title: 'El servidor de sincronización de tu agencia',
    intro:
      'Si tu agencia tiene un servidor de sincronización, tu cuaderno puede sincronizarse a través de él cada vez que esta computadora tenga internet. El servidor guarda solo partes cifradas: nunca ve un nombre ni una palabra que escribiste.',
    address: 'Dirección del servidor',
    code: 'Código de inscripción de tu agencia',
    connect: 'Conectarse al servidor',
  },
  skipped: {
    summary_one: 'Todo lo demás se sincronizó, pero {{count}} cosa de la carpeta para sincronizar quedó aparte:',
    summary_other: 'Todo lo demás se sincronizó, pero {{count}} cosas de la carpeta para sincronizar quedaron aparte:',
    kinds: {
      folder: 'una carpeta con el nombre de un archivo de sincronización. Sácala de la carpeta para sincronizar o bórrala.',
      link: 'un enlace (acceso directo), que Peer Notebook nunca sigue. Sácalo de la carpeta para sincronizar o bórralo.',
      empty: 'un archivo de sincronización vacío. Sácalo de la carpeta para sincronizar o bórralo.',
      'not-readable':
        'un archivo de sincronización que esta computadora no tiene permiso para abrir. Pídele a quien cuida tus computadoras que te deje leerlo; pasará en la próxima sincronización.',
      unfinished:
        'una copia sin terminar, que quedó cuando se cortó una sincronización. No se perdió nada de lo que tenía: puedes borrarla.',
      'conflict-copy':
        'una copia que hizo tu servicio de sincronización cuando dos computadoras cambiaron un archivo a la vez. Peer Notebook no la usa: puedes borrarla.',
      unrelated: 'no es parte de tu cuaderno. Sácalo de la carpeta para sincronizar, o bórralo si no lo necesitas.',
      damaged:
        'un archivo de sincronización que no se pudo abrir: tal vez todavía se está copiando, está dañado o es de otro cuaderno. Se vuelve a intentar en cada sincronización; si sigue ahí, avísale a quien cuida tus computadoras.',
      'newer-format': 'lo escribió una versión más nueva de Peer Notebook. Actualiza Peer Notebook en esta computadora para traerlo.',
    },
    recordsDamaged_one:
      'un archivo de sincronización que se abrió, pero {{count}} registro que tiene no: puede que se haya dañado en la computadora que lo escribió. Todo lo demás del archivo llegó, y nada aquí cambió por eso. Si algo de tu otra computadora parece faltar aquí, cámbialo allá y vuelve a sincronizar; si sigue pasando, avísale a quien cuida tus computadoras.',
    recordsDamaged_other:
      'un archivo de sincronización que se abrió, pero {{count}} registros que tiene no: puede que se hayan dañado en la computadora que los escribió. Todo lo demás del archivo llegó, y nada aquí cambió por eso. Si algo de tu otra computadora parece faltar aquí, cámbialo allá y vuelve a sincronizar; si sigue pasando, avísale a quien cuida tus computadoras.',
    more_one: 'Y {{count}} más.',
    more_other: 'Y {{count}} más.',
  },
  questions: {
    massDelete: {
      title: 'Esta sincronización quitaría mucho',
      body: 'Esta sincronización quitaría {{removing}} de los {{total}} registros de tu cuaderno. Si nadie quiso borrarlos, detente: nada cambia en esta computadora, y puedes revisar la otra primero.',
      go: 'Quitarlos',
      stop: 'Detener y conservar todo',
    },
    otherNotebook: {
      title: 'Esta carpeta tiene otro cuaderno',
      body: 'Esta carpeta ya tiene otro cuaderno, no este. Los dos nunca se mezclarían, pero tal vez elegiste otra carpeta u otra memoria USB.',
      stop: 'Usar otra carpeta',
      go: 'Tener los dos cuadernos en esta carpeta',
    },
    emptyFolder: {
      title: 'Tu cuaderno no está en esta carpeta',
      body: 'Este cuaderno ya se sincronizó con esta carpeta, pero ahora está vacía. Puede ser otra memoria USB, o alguien vació la carpeta. De cualquier forma, tu cuaderno está a salvo en esta computadora.',
      stop: 'Detener y dejar todo como está',
      go: 'Empezar de nuevo en esta carpeta',
    },
    joinEmpty: {
      title: 'Este cuaderno todavía está vacío',
      body: 'El cuaderno de esta carpeta todavía no tiene registros. Si tu otra computadora tiene registros, sincroniza allí primero (Configuración, y luego Sincronizar ahora) y vuelve.',
      stop: 'Detener',
      go: 'Abrirlo de todos modos',
    },
  },
  conflicts: {
    title: 'Conflictos por resolver',
    intro: 'Lo mismo se cambió en dos computadoras antes de que se sincronizaran. Se guardan los dos hasta que elijas cuál es el correcto.',
    open: 'Ver los conflictos por resolver',
    close: 'Cerrar',
    none: 'No hay nada que resolver: todo coincide.',
    opening: 'Buscando conflictos',
    changedTwice: '{{field}} se cambió en dos computadoras',
    inRecord: '{{kind}} de {{name}}',
    thisDevice: 'En esta computadora, {{when}}',
    otherDevice: 'En otra computadora, {{when}}',
    keep: 'Quedarme con este',
    shownNow: 'Se muestra ahora',
    empty: '(vacío)',
    yes: 'Sí',
    no: 'No',
    kept: 'Listo. La otra computadora recibe tu elección la próxima vez que se sincronice.',
    removedWhileChanged: 'Esto se quitó en una computadora mientras se cambiaba en otra.',
    keepRecord: 'Conservarlo, con los cambios',
    removeRecord: 'Quitarlo',
    goToPerson: 'Ir a su página',
    record: 'Un registro',
  },
  joinServer: {
    start: 'Abrir un cuaderno desde el servidor de tu agencia',
    title: 'Abre tu cuaderno desde el servidor de tu agencia',
    intro:
      '¿Ya usas Peer Notebook en otra computadora que se sincroniza con el servidor de tu agencia? Escribe la dirección del servidor y un código de inscripción de tu agencia, y desbloquéalo con la misma frase de contraseña.',
    connected: 'Conectado a {{name}}.',
    open: 'Abrir el cuaderno desde el servidor',
  },
  join: {
    start: 'Abrir un cuaderno desde una carpeta para sincronizar',
    title: 'Abre tu cuaderno desde una carpeta para sincronizar',
    intro:
      '¿Ya usas Peer Notebook en otra computadora? Elige la carpeta con la que se sincroniza (en la memoria USB, la unidad compartida o la carpeta en la nube) y desbloquéalo con la misma frase de contraseña.',
    chooseFolder: 'Elegir la carpeta',
    folder: 'Carpeta: {{name}}',
    passphrase: 'Tu frase de contraseña',
    recoveryCode: 'Tu código de recuperación',
    useRecoveryCode: 'Olvidé mi frase de contraseña: usar mi código de recuperación',
    usePassphrase: 'Usar mi frase de contraseña',
    open: 'Abrir el cuaderno desde esta carpeta',
    working: 'Trayendo tu cuaderno. Esto puede tardar un minuto.',
    back: 'Volver: empezar un cuaderno nuevo',
  },
};
