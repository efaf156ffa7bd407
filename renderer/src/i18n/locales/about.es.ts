/** The words of "About this installation", in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { aboutEn } from './about.en';

export const aboutEs: Words<typeof aboutEn> = {
  title: 'Sobre esta instalación',
  app: '{{name}}, versión {{version}}',
  agency: 'Preparado para <strong>{{agency}}</strong>.',
  community: 'Una versión comunitaria: no trae ajustes de ninguna agencia. Tus registros son solo tuyos.',
  settings: {
    title: 'Ajustes de tu agencia',
    intro:
      'Estos ajustes valen para todas las personas que usan Peer Notebook en esta computadora. No puedes cambiarlos aquí; la persona de informática de tu agencia sí puede.',
    setting: 'Ajuste',
    value: 'Cómo está',
    source: 'De dónde viene',
  },
  names: {
    autoLockMaxMinutes: 'Tiempo máximo antes de que el cuaderno se bloquee solo',
    requireAgencyKeySlot: 'La llave de recuperación de tu agencia puede abrir los cuadernos',
    noteDueHours: 'Las notas de servicio se entregan en',
    stateRules: 'Plazos de notas por estado',
    noteUnitRule: 'Cómo el tiempo de una nota de servicio se vuelve unidades facturables',
    plaintextExportAllowed: 'Copias sin cifrar (un plan impreso o guardado para la persona)',
    minimumPassphraseScore: 'Fuerza necesaria de la frase de contraseña',
    requireSupervisorSignature: 'Los planes de recuperación necesitan la firma de un supervisor',
    supervisorReviews: 'Lo que envías a tu supervisor para revisar',
    coSignRequired: 'Lo que necesita la firma conjunta de tu supervisor',
  },
  values: {
    none: 'Nada',
    yes: 'Sí',
    no: 'No',
    allowed: 'Permitidas',
    notAllowed: 'Desactivadas',
    minutes_one: '{{count}} minuto',
    minutes_other: '{{count}} minutos',
    hours_one: '{{count}} hora',
    hours_other: '{{count}} horas',
    businessDays_one: '{{count}} día hábil',
    businessDays_other: '{{count}} días hábiles',
    stateRule: '{{state}}: {{deadline}}',
    noStateRules: 'Ninguno',
    score: '{{rating}} ({{score}} de 4)',
  },
  sources: {
    'built-in': 'Lo que Peer Notebook trae por defecto',
    'agency-build': '{{agency}} lo incluyó en este instalador',
    'os-policy': 'La política de esta computadora en {{location}}',
    signedBy: 'firmada con la llave de políticas {{fingerprint}}',
    unsigned: 'sin firmar',
  },
  osPolicy: {
    title: 'La política de esta computadora',
    absent: 'No hay ninguna política en {{location}}. Está bien así: valen los ajustes de arriba.',
    applied: 'Se leyó la política en {{location}} y se aplicó.',
    'partly-applied': 'Se leyó la política en {{location}}, pero una parte no se aplicó (mira abajo).',
    refused: 'La política en {{location}} no se aplicó (mira abajo).',
    unreadable: 'No se pudo leer la política en {{location}}, así que no se aplicó nada de ella.',
    signedBy: 'Está firmada con la llave de políticas {{fingerprint}}.',
  },
  problems: {
    title: 'Para la persona de informática',
    intro:
      'Hay algo en esta instalación que conviene revisar. Enséñaselo a quien cuida las computadoras de tu agencia; cada línea dice qué hacer (están en inglés, para esa persona).',
  },
  updates: {
    title: 'Actualizaciones',
    off: 'Las actualizaciones están apagadas: esta instalación no indica de dónde obtenerlas.',
    idle: 'No hay ninguna actualización esperando.',
    checking: 'Buscando una actualización',
    'waiting-for-consent':
      'La versión {{version}} está lista para descargarse. Esta computadora usa una conexión que puede costar dinero según los datos que gaste (una conexión medida), así que espera a que tú lo digas.',
    downloading: 'Descargando la versión {{version}}. Puedes seguir trabajando.',
    ready:
      'La versión {{version}} ya se descargó. Se instala la próxima vez que cierres Peer Notebook, o ahora si reinicias. Si tienes algo sin guardar, el reinicio espera, así que no se pierde nada.',
    failed: {
      'not-reached':
        'La actualización no llegó: esta computadora no pudo comunicarse con el servidor de actualizaciones de la agencia (puede que no tenga conexión). Inténtalo más tarde; si sigue pasando, díselo a la persona de informática.',
      'not-verified':
        'La actualización no pasó su control de seguridad, así que no se instaló. Tu cuaderno sigue como estaba. Díselo a la persona de informática.',
      other: 'La actualización no llegó. Inténtalo más tarde; si sigue pasando, díselo a la persona de informática.',
    },
    check: 'Buscar actualizaciones',
    download: 'Descargar la versión {{version}}',
    restart: 'Reiniciar para actualizar',
    unsavedWork: 'Primero guarda o termina el formulario en el que estás, y luego reinicia.',
    noUpdateReady: 'Todavía no hay ninguna actualización lista.',
  },
  effects: {
    autoLockCapped: 'Tu agencia pone el tiempo máximo en {{minutes}}.',
    autoLockCappedNow:
      'Habías elegido {{chosen}}; tu agencia pone el máximo en {{minutes}}, así que el cuaderno se bloquea después de {{minutes}}.',
    passphraseBelowAgencyMinimum: 'Fuerza de la frase de contraseña: <strong>{{rating}}</strong> (tu agencia pide al menos {{required}})',
    exportTurnedOff:
      'Tu agencia desactivó imprimir y guardar copias de los planes desde esta computadora, para que todo siga cifrado. La persona puede ver su plan aquí contigo.',
    supervisorRequired:
      'Tu agencia pide la firma de un profesional supervisor en los planes de recuperación, después de la de la persona y la tuya.',
    agencySlotAdded:
      'Ahora la llave de recuperación de tu agencia puede abrir este cuaderno, como pide tu agencia. Si pierdes esta computadora o dejas el trabajo, tu agencia podrá llegar a los registros.',
    dismiss: 'De acuerdo',
  },
};
