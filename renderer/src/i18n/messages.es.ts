/**
 * The rules' messages (shared/messages.ts) in Spanish, key for key: plain and warm, in tú, like
 * the rest of the app. Typed against the English keys, so a missing one is a type error; each
 * keeps the English template's {{names}}, which translate-message fills in.
 */
import type { MessageKey } from '@shared/messages';

export const messagesEs: Record<MessageKey, string> = {
  'common.thePerson': 'la persona',
  'common.notReadyToSign': 'Todavía no está listo para firmar.',
  'common.unexpected':
    'Algo salió mal y esto no terminó. Vuelve a intentarlo; si sigue pasando, cierra Peer Notebook y ábrelo de nuevo. Lo guardado está a salvo.',
  'common.needsAnotherLook': 'Algo aquí necesita otra mirada. Revisa lo que escribiste y vuelve a intentarlo.',

  'text.tooLong': 'Por favor, escribe menos de {{max}} caracteres.',

  'person.supporterNameRequired': 'Agrega el nombre de la persona de apoyo.',
  'person.nameRequired': 'Agrega el nombre con el que a esta persona le gusta que la llamen.',
  'person.emailIncomplete': 'Ese correo electrónico no parece estar completo.',

  'agreement.startDateRequired': 'Agrega la fecha en que empezaron a trabajar juntos.',
  'agreement.reviewDateRequired': 'Agrega una fecha para volver a mirar juntos este acuerdo.',
  'agreement.reviewAfterStart': 'La fecha de revisión tiene que ser después de la fecha de inicio.',
  'agreement.meetingPlacesMissing': "Escribe cómo y dónde se van a ver, por ejemplo 'en la biblioteca o por teléfono'.",
  'agreement.howToReachMissing': 'Escribe cómo y cuándo comunicarse contigo (su especialista de apoyo).',
  'agreement.whenNotToReachMissing': 'Escribe cuándo no se te puede localizar, y a quién llamar en ese caso.',
  'agreement.whatPeerIsMissing': 'Escribe qué es el apoyo entre pares, con tus propias palabras.',
  'agreement.whatPeerIsNotMissing': 'Escribe qué no es el apoyo entre pares, con tus propias palabras.',
  'agreement.boundariesMissing': 'Escribe los límites en los que se pusieron de acuerdo.',

  'confidentiality.explainedOnRequired': 'Agrega la fecha en que repasaron juntos los límites.',
  'confidentiality.acknowledgementRequired':
    'Elige cómo mostró la persona que entendió: firmó en la pantalla, o lo dijo en voz alta ante un testigo.',
  'confidentiality.nextReviewRequired': 'Agrega una fecha para volver a repasar juntos los límites.',
  'confidentiality.limitListedTwice': 'Cada límite solo tiene que aparecer una vez.',
  'confidentiality.reviewAfterExplained': 'El próximo repaso tiene que ser después del día en que repasaron los límites.',
  'confidentiality.signatureMismatch':
    'La forma de firmar no coincide con la forma en que la persona lo reconoció. Elige la misma para las dos.',
  'confidentiality.limitsMissing': 'Elige al menos un límite que hayan repasado juntos.',
  'confidentiality.explainedByMissing': 'Agrega el nombre del especialista de apoyo que explicó los límites.',
  'confidentiality.witnessMissing': 'Agrega el nombre del testigo que oyó a la persona aceptar.',
  'confidentiality.thisPerson': 'Esta persona',
  'confidentiality.notToldYet':
    'Todavía no le has explicado a {{name}} los límites de la confidencialidad. Repásenlos juntos antes que nada.',
  'confidentiality.reviewOverdue':
    'Ya es hora de volver a repasar los límites de la confidencialidad con {{name}}. El repaso tocaba el {{reviewBy}}.',
  'confidentiality.reviewDueSoon':
    'Ya casi es hora de volver a repasar los límites de la confidencialidad con {{name}}, a más tardar el {{reviewBy}}.',
  'confidentiality.current':
    'Repasaste los límites de la confidencialidad con {{name}} el {{explainedOn}}. La próxima vez que toca repasarlos: a más tardar el {{reviewBy}}.',

  'release.endDateRequired': 'Agrega la fecha en que termina esta autorización.',
  'release.revokedOnRequired': 'Agrega la fecha en que se retiró la autorización.',
  'release.revokedHowRequired': 'Agrega cómo te lo dijo la persona: por escrito, en voz alta o de otra forma.',
  'release.eventDateInvalid': 'Agrega la fecha en que pasó.',
  'release.noEventToRecord': 'Esta autorización termina en una fecha, así que no hay ningún suceso que anotar.',
  'release.finishBeforeSigning': 'Termina la autorización antes de firmarla. {{missing}}',
  'release.personMissing': 'Agrega el nombre de la persona para quien es esta autorización.',
  'release.discloserMissing': 'Agrega quién puede compartir la información: el nombre de tu programa, o tu nombre y tu función.',
  'release.informationMissing':
    "Agrega qué información se puede compartir; sé concreto, por ejemplo 'asistencia y avances en el apoyo de pares'.",
  'release.informationTooBroad':
    "{{information}} es demasiado general. Di qué tipo de información y cuánta, por ejemplo 'asistencia y avances en el apoyo de pares'.",
  'release.recipientsMissing': 'Agrega quién puede recibir la información: una persona o una organización, por su nombre.',
  'release.recipientNameMissing': 'Escribe el nombre de cada destinatario, o quita el que está vacío.',
  'release.generalDesignationNotAllowed':
    "Una descripción general como 'mis proveedores de tratamiento' solo se permite en una autorización para tratamiento, pago y operaciones de atención médica. Nombra a cada destinatario.",
  'release.purposeMissing': 'Agrega por qué se comparte la información, o marca que {{person}} pidió que se compartiera.',
  'release.rightToRevokeMissing':
    'Explícale a {{person}} que puede retirar esta autorización cuando quiera diciéndolo por escrito, cómo hacerlo, y que lo que ya se compartió antes no se puede deshacer. Luego marca la casilla.',
  'release.revocationHowMissing':
    "Escribe cómo puede {{person}} retirar esta autorización, por ejemplo 'una nota firmada a la oficina del programa'.",
  'release.expirationMissing': "Agrega cuándo termina esta autorización: una fecha, o un suceso como 'cuando termine el programa'.",
  'release.realEndMissing':
    "Esta autorización necesita un final de verdad: una fecha, o un suceso como 'cuando termine el programa'. Solo una autorización para tratamiento, pago y operaciones de atención médica puede decir 'ninguno'.",
  'release.guardianMissing': 'Agrega el nombre del padre, la madre o el tutor que también tiene que firmar.',
  'release.personMustSign': '{{person}} tiene que firmar y fechar esta autorización.',
  'release.personAndGuardianMustSign': '{{person}} y {{guardian}} tienen que firmar y fechar esta autorización.',
  'release.hipaaStatementMissing':
    'Agrega la declaración de que la información compartida para tratamiento, pago y operaciones de atención médica se puede volver a compartir según lo permita HIPAA (pero nunca en un caso legal contra la persona). Puedes usar el texto sugerido.',
  'release.notFinished': 'Esta autorización todavía no está terminada y firmada, así que no se puede compartir nada con ella.',
  'release.revoked': '{{person}} retiró esta autorización el {{date}}. Ya no se puede compartir nada más con ella.',
  'release.expired': 'Esta autorización terminó el {{date}}. Si {{person}} quiere seguir compartiendo, hagan una nueva juntos.',
  'release.sharingRecipientMissing': 'Agrega con quién estás compartiendo.',
  'release.sharingPurposeMissing': 'Agrega por qué estás compartiendo.',
  'release.recipientNotNamed': 'Esta autorización no nombra a {{recipient}} como alguien que puede recibir información.',
  'release.designationNotIncluded': 'Esta autorización no incluye {{designation}}, así que no cubre a {{recipient}}.',
  'release.otherPurpose':
    'Esta autorización es para {{purpose}}, no para {{requested}}. Compartir por otro motivo necesita su propia autorización.',
  'release.revocationIsFinal':
    'Esta autorización se retiró el {{date}}, y eso queda registrado. Si la persona quiere volver a compartir, hagan juntos una autorización nueva.',

  'disclosure.whatMissing': 'Escribe qué se compartió.',
  'disclosure.sharedWithMissing': 'Agrega con quién se compartió la información.',
  'disclosure.purposeMissing': 'Agrega por qué se compartió.',
  'disclosure.sharedOnMissing': 'Agrega la fecha en que se compartió.',
  'disclosure.releaseMissing': 'Elige la autorización con la que se compartió.',
  'disclosure.methodMissing': 'Elige cómo se compartió: por teléfono, en persona, por escrito o por medios electrónicos.',
  'disclosure.noRelease': 'Elige la autorización que permite compartir esto. Sin una autorización vigente, no se puede compartir nada.',
  'disclosure.differentRelease':
    'Esta anotación está vinculada a otra autorización distinta de la elegida. Vuelve a elegir la autorización.',
  'disclosure.sharedOnInFuture': 'La fecha en que se compartió, {{date}}, todavía no ha llegado. Anótalo el día en que compartas.',
  'disclosure.needsAnotherLook': 'Hay algo en esta anotación que hay que revisar otra vez.',

  'crisis.whoMissing': 'Agrega a quién contactaste.',
  'crisis.whyMissing': 'Agrega por qué los contactaste.',
  'crisis.groundMissing':
    'Elige qué permitió este contacto: uno de los límites de la confidencialidad, el permiso de la persona, o que no se compartió información personal.',
  'crisis.occurredAtMissing': 'Agrega cuándo pasó.',
  'crisis.whatHappenedMissing': 'Escribe lo que pasó, con palabras sencillas.',
  'crisis.actionsMissing': 'Escribe lo que hiciste, aunque haya sido escuchar y quedarte con la persona.',
  'crisis.followUpDateInvalid': 'Agrega la fecha de seguimiento como una fecha completa.',
  'crisis.followUpBeforeEvent': 'La fecha de seguimiento no puede ser antes del día en que pasó.',
  'crisis.linkLimits': 'Vincula los límites de la confidencialidad que se le explicaron a {{person}}, para que quede claro lo que sabía.',
  'crisis.disclosureUnsigned': 'La explicación vinculada de los límites de la confidencialidad todavía no está firmada.',
  'crisis.limitNotExplained':
    'Contactaste a {{contact}} por “{{limit}}”, que no estaba entre los límites que se le explicaron a {{person}}. Escribe por qué aplicaba, y vuelvan a repasar juntos los límites.',
  'crisis.organizationMissing':
    'Agrega dónde trabaja {{contact}} (el hospital o el servicio): las reglas federales lo piden después de una emergencia médica.',
  'crisis.sharedWithConsent':
    'Compartiste con {{contact}} con el permiso de {{person}}: anótalo en el registro de lo compartido con la autorización de {{person}}, para que {{person}} pueda ver a quién se le dijo.',

  'signature.methodMissing': 'Elige cómo se firmó: dibujado en la pantalla, escrito, o dicho en voz alta ante un testigo.',
  'signature.signedAtMissing': 'Agrega la fecha y la hora en que se firmó.',
  'signature.signerMissing': 'Agrega el nombre de la persona que firma.',
  'signature.drawingTooLarge': 'La firma dibujada es demasiado grande para guardarla. Bórrala y dibújala otra vez.',
  'signature.witnessMissing': 'Agrega el nombre de la persona que fue testigo del acuerdo dicho en voz alta.',
  'signature.drawingMissing': 'Dibuja la firma en el recuadro, o elige otra forma de firmar.',
  'signature.drawingNotPicture': 'La firma dibujada no se guardó como imagen. Por favor, dibújala otra vez.',
  'signature.seriesLost': 'Este registro perdió la pista de a qué documento pertenece.',
  'signature.locked': 'Esto se firmó el {{date}}, así que no se puede cambiar. Haz una versión nueva; la firmada se queda como estaba.',
  'signature.lockedAddAddendum':
    'Esta nota se firmó el {{date}}, así que no se puede cambiar. Usa «Agregar una corrección» debajo de ella; la nota firmada se queda como estaba.',
  'signature.peerAlreadySigned': 'Ya firmaste este plan.',
  'signature.supervisorAlreadySigned': 'Un supervisor ya firmó este plan.',

  'recoveryPlan.idLost': 'Esta parte del plan perdió su identificador. Quítala y vuelve a agregarla.',
  'recoveryPlan.stepMissing': 'Escribe en qué consiste este paso, o quítalo.',
  'recoveryPlan.byWhenInvalid': 'Agrega la fecha de "para cuándo" como una fecha completa.',
  'recoveryPlan.goalWordsMissing':
    'Escribe esta meta con las propias palabras de la persona. Un área de la vida puede acompañarla, pero nunca reemplazarla.',
  'recoveryPlan.lifeAreaNameMissing': 'Un área de la vida necesita un nombre, o quítala.',
  'recoveryPlan.reviewDateInvalid': 'Agrega la fecha de revisión como una fecha completa.',
  'recoveryPlan.lifeAreaListedTwice': 'Cada área de la vida solo tiene que aparecer una vez.',
  'recoveryPlan.idsMixedUp': 'Se mezclaron dos metas o pasos. Quita la copia y vuelve a agregarla.',
  'recoveryPlan.personSignsFirst': 'La persona firma su plan primero; después firman tú y tu supervisor.',
  'recoveryPlan.strengthsMissing': 'Escribe algunas de las fortalezas de la persona: en qué es buena y qué le ha ayudado antes.',
  'recoveryPlan.goalsMissing': 'Agrega al menos una meta, con las propias palabras de la persona.',
  'recoveryPlan.firstStepMissing': 'Agrega un primer paso hacia {{goal}}: algo pequeño para empezar, y quién puede ayudar.',
  'recoveryPlan.reviewDateMissing': 'Elige una fecha para volver a mirar juntos este plan.',
  'recoveryPlan.personSignatureMissing': 'Pídele a la persona que firme su plan. Es suyo, así que firma primero.',
  'recoveryPlan.peerSignatureMissing': 'Firma tú el plan, como su especialista de apoyo.',
  'recoveryPlan.supervisorSignatureMissing':
    'Tu agencia pide que también firme un profesional supervisor. Pídele a tu supervisor que firme.',

  'wellnessPlan.nothingWritten': 'Escribe al menos una parte del plan, con las propias palabras de la persona.',
  'wellnessPlan.crisisSupportersMissing': 'En el plan de crisis, escribe quién puede ayudar, o una nota de que todavía no hay nadie.',

  'goalProgress.planMissing': 'Elige el plan al que pertenece este avance.',
  'goalProgress.goalMissing': 'Elige la meta de la que se trata.',
  'goalProgress.stepMissing': 'Elige el paso del que se trata, o la meta completa.',
  'goalProgress.dateMissing': 'Agrega la fecha.',
  'goalProgress.statusMissing': 'Elige cómo va: sin empezar, empezado, en pausa, hecho, o cambié de opinión.',
  'goalProgress.recordedAtMissing': 'A esta anotación le falta la hora en que se escribió.',

  'barc.answerOutOfRange': 'Elige una respuesta del 1 (muy en desacuerdo) al 6 (muy de acuerdo), o déjala en blanco.',
  'barc.takenOnMissing': 'Agrega la fecha en que la persona llenó esto.',
  'barc.nothingAnswered': 'Responde al menos una afirmación, o déjalo para otro día.',

  'serviceNote.signedAtMissing': 'Agrega la fecha y la hora en que se firmó la nota.',
  'serviceNote.peerNameToSign': 'Agrega tu nombre para firmar la nota.',
  'serviceNote.credentialToSign': 'Agrega tu credencial (por ejemplo CPSS) para firmar la nota.',
  'serviceNote.dateMissing': 'Agrega la fecha de la reunión.',
  'serviceNote.startTimeInvalid': 'Escribe la hora de inicio en horas y minutos, por ejemplo 09:30.',
  'serviceNote.endTimeInvalid': 'Escribe la hora de fin en horas y minutos, por ejemplo 10:15.',
  'serviceNote.settingMissing': 'Elige dónde se reunieron.',
  'serviceNote.contactTypeMissing': 'Elige cómo se reunieron: en persona, por teléfono, por video, colateral o en grupo.',
  'serviceNote.addendumTextMissing': 'Escribe lo que hay que agregar o corregir.',
  'serviceNote.addendumAuthorMissing': 'Agrega tu nombre a la adenda.',
  'serviceNote.addendumWrittenAtMissing': 'Agrega cuándo se escribió la adenda.',
  'serviceNote.timesMissing': 'Agrega cuándo empezó y terminó la reunión.',
  'serviceNote.endBeforeStart': 'La hora de fin tiene que ser después de la hora de inicio.',
  'serviceNote.serviceCodeMissing': 'Agrega el código de servicio (por ejemplo H0038).',
  'serviceNote.goalsMissing': 'Elige al menos una meta de su plan en la que trabajaron juntos.',
  'serviceNote.whatWeDidMissing': 'Escribe lo que hicieron juntos.',
  'serviceNote.responseMissing': 'Escribe cómo respondió la persona.',
  'serviceNote.nextStepsMissing': 'Escribe los próximos pasos.',
  'serviceNote.peerNameMissing': 'Agrega tu nombre (ponlo una vez en Configuración, Sobre ti).',
  'serviceNote.credentialMissing': 'Agrega tu credencial, como CPSS (ponla una vez en Configuración, Sobre ti).',
  'serviceNote.alreadySigned': 'Esta nota ya está firmada.',
  'serviceNote.meetingNotOverToday': 'Esta reunión termina hoy, {{time}}, así que podrás firmar la nota después de esa hora.',
  'serviceNote.meetingNotOver': 'Esta reunión termina el {{date}}, {{time}}, así que podrás firmar la nota después de esa hora.',
  'serviceNote.sharedPartNamesPerson':
    'La parte que comparten todos nombra a {{name}}. Quita el nombre: cada persona del grupo recibe esta parte en su nota.',
  'serviceNote.otherPartNamesPerson': 'La parte de {{other}} nombra a {{name}}. La nota de una persona solo puede tratar de ella.',
  'serviceNote.groupTooSmall': 'Una sesión de grupo necesita al menos dos personas.',
  'serviceNote.draftTakesNoAddendum':
    'Esta nota todavía no está firmada, así que aún puedes cambiarla: sigue escribiéndola en vez de agregar una corrección.',

  'task.completionDateMissing': 'Una tarea completada necesita su fecha.',
  'task.titleMissing': 'Escribe lo que hay que hacer, por ejemplo "Llamar a Jordan por el formulario de vivienda".',
  'task.dueOnMissing': 'Agrega la fecha para cuando hay que hacerlo.',
  'task.alreadyClosed': 'Esta tarea ya está cerrada.',
  'task.once': 'Una vez',
  'task.every.day': 'Todos los días',
  'task.every.week': 'Todas las semanas',
  'task.every.month': 'Todos los meses',
  'task.everyN.day': 'Cada {{count}} días',
  'task.everyN.week': 'Cada {{count}} semanas',
  'task.everyN.month': 'Cada {{count}} meses',

  'resource.nameMissing': 'Agrega el nombre del lugar o servicio.',
  'resource.kindMissing': 'Elige un tipo: {{kinds}}.',
  'resource.lastVerifiedInvalid': 'Escribe la fecha en que se revisó por última vez como AAAA-MM-DD, por ejemplo 2026-03-02.',
  'resource.notAList': 'Este archivo no parece una lista de recursos: necesita al menos las columnas "name" y "kind" en su primera fila.',
  'resource.referralResourceMissing': 'Elige el recurso del directorio.',
  'resource.referralDateMissing': 'Agrega la fecha de la referencia.',
  'resource.referralFollowUpInvalid': 'Escribe la fecha de seguimiento como AAAA-MM-DD.',

  'peerProfile.trainingDateMissing': 'Agrega la fecha de la capacitación.',
  'peerProfile.trainingTitleMissing': 'Agrega de qué fue la capacitación.',
  'peerProfile.hoursMissing': 'Agrega cuántas horas duró.',
  'peerProfile.hoursNotPositive': 'Las horas tienen que ser más de cero.',
  'peerProfile.certifiedOnInvalid': 'Escribe la fecha de certificación como AAAA-MM-DD.',
  'peerProfile.renewalOnInvalid': 'Escribe la fecha de renovación como AAAA-MM-DD.',

  'passphrase.tooWeak':
    'Esa frase de contraseña sería demasiado fácil de adivinar. Prueba con unas cuantas palabras sin relación entre sí, separadas por espacios.',
  'passphrase.tooWeakBecause':
    'Esa frase de contraseña sería demasiado fácil de adivinar ({{warning}}). Prueba con unas cuantas palabras sin relación entre sí, separadas por espacios.',
  'passphrase.belowAgencyMinimum':
    'Tu agencia pide una frase de contraseña más fuerte: al menos {{score}} de 4 en el medidor de fuerza. Añade una o dos palabras más que no tengan nada que ver entre sí.',
  'settings.autoLockChoice': 'Elige uno de estos minutos: {{choices}}.',
  'settings.autoLockAboveAgencyMaximum':
    'Tu agencia bloquea el cuaderno después de {{minutes}} minutos como máximo. Elige {{minutes}} minutos o menos.',

  'limit.harm-to-self.name': 'Hacerte daño',
  'limit.harm-to-self.label': 'Si me dices que planeas hacerte un daño grave, puede que tenga que buscar ayuda para que estés a salvo.',
  'limit.harm-to-others.name': 'Hacerle daño a otra persona',
  'limit.harm-to-others.label':
    'Si me dices que planeas hacerle un daño grave a otra persona, puede que tenga que buscar ayuda para que todos estén a salvo, y eso puede incluir avisarle a esa persona.',
  'limit.abuse-or-neglect.name': 'Abuso o descuido de un niño o de un adulto vulnerable',
  'limit.abuse-or-neglect.label':
    'Si me entero de que un niño, o un adulto que no puede protegerse, sufre abuso o descuido, la ley dice que tengo que reportarlo.',
  'limit.court-order.name': 'Una orden judicial',
  'limit.court-order.label':
    'Si un juez lo ordena, puede que tenga que compartir parte de lo que está en mis notas. Una citación por sí sola no basta; hace falta una orden judicial que siga las reglas federales.',
  'limit.medical-emergency.name': 'Una emergencia médica',
  'limit.medical-emergency.label':
    'Si tienes una emergencia médica y no puedes dar permiso, puedo decirle al personal médico lo que necesite saber para ayudarte.',
  'limit.crime-on-premises.name': 'Un delito en el programa',
  'limit.crime-on-premises.label':
    'Si alguien comete un delito en nuestro programa, o amenaza con hacerlo, el personal puede reportarlo a la policía. Solo se comparte lo necesario sobre ese delito.',
  'limit.crime-against-staff.name': 'Un delito contra el personal',
  'limit.crime-against-staff.label':
    'Si alguien comete un delito contra una persona del personal, incluyéndome a mí, o amenaza con hacerlo, eso también se puede reportar a la policía.',
  'agency.recoveryStatement':
    'La agencia para la que trabajo guarda una llave de recuperación que puede abrir estas notas, para que tus registros no se pierdan si pierdo mi computadora o dejo el trabajo.',
  'agreement.defaultWhatPeerIs': [
    'Alguien con experiencia propia de recuperación que camina a tu lado, a tu ritmo, y te apoya de la manera que tú quieras.',
    'Tú eres quien más sabe de tu propia recuperación. Yo te ofrezco herramientas y opciones; las decisiones son tuyas, y yo las apoyo.',
    'Comparto mi propia experiencia para dar esperanza: la recuperación es posible.',
  ].join('\n'),
  'agreement.defaultWhatPeerIsNot': [
    'No soy terapeuta, ni padrino o madrina, ni tu portavoz, ni niñero, ni chofer, ni tu amigo en el sentido de todos los días. Soy tu apoyo entre pares.',
    'No te voy a diagnosticar ni a decir qué hacer.',
    'No te voy a cargar con mis propios problemas: nuestro tiempo juntos es para ti.',
  ].join('\n'),
  'agreement.defaultBoundaries': [
    'Mantenemos una sola relación: apoyo entre pares. Ningún otro papel aparte (nada de relaciones dobles).',
    'Nada de relaciones románticas ni de negocios juntos.',
    'Nada de regalos de valor, en ninguna dirección.',
    'Nada de prestar ni pedir dinero prestado.',
  ].join('\n'),

  'backup.notABackup':
    'Este archivo no es una copia de seguridad de Peer Notebook. Elige un archivo de copia (su nombre termina en .pnbackup) hecho con Peer Notebook.',
  'backup.newerVersion':
    'Esta copia de seguridad se hizo con una versión más nueva de Peer Notebook (formato de copia {{version}}). Actualiza Peer Notebook en esta computadora y luego vuelve a abrir la copia.',
  'backup.truncated':
    'Este archivo de copia de seguridad termina antes de tiempo: no se copió completo, o se desconectó la unidad mientras se escribía. No se restauró nada. Cópialo otra vez desde donde se hizo, o usa una copia anterior.',
  'backup.damaged':
    'Este archivo de copia de seguridad está dañado ({{where}}), así que no se puede confiar en él. No se restauró nada. Usa otra copia o una copia anterior.',
  'backup.damaged.headerUnreadable': 'no se puede leer su encabezado',
  'backup.damaged.extraBytes': 'tiene datos de más después del final',
  'backup.damaged.versionUnreadable': 'no se puede leer su versión de formato',
  'backup.damaged.headerSize': 'su encabezado tiene un tamaño imposible',
  'backup.damaged.headerChanged': 'su encabezado cambió',
  'backup.damaged.partSize': 'la parte {{index}} tiene un tamaño imposible',
  'backup.damaged.entryUnreadable': 'una entrada no se puede leer',
  'backup.damaged.entryWithoutType': 'una entrada no dice de qué tipo es',
  'backup.damaged.entryIncomplete': 'una entrada de tipo {{type}} está incompleta',
  'backup.damaged.entrySize': 'una entrada dice tener un tamaño imposible',
  'backup.damaged.lastEntryIncomplete': 'la última entrada está incompleta',
  'backup.damaged.streamHeader': 'no se puede leer el comienzo de su contenido',
  'backup.damaged.partUnverified': 'la parte {{index}} no pasa la verificación',
  'backup.damaged.partMarkedWrongly': 'la parte {{index}} está mal marcada',
  'backup.outOfOrder':
    'Hay partes de este archivo de copia de seguridad fuera de orden (la parte {{found}} está donde va la parte {{expected}}), así que no se puede confiar en él. No se restauró nada. Usa otra copia o una copia anterior.',
  'backup.wrongKey.passphrase': 'Esa frase de contraseña no abre esta copia de seguridad. {{hint}} No cambió nada.',
  'backup.wrongKey.recoveryCode': 'Ese código de recuperación no abre esta copia de seguridad. {{hint}} No cambió nada.',
  'backup.wrongKey.agencyKey': 'Esa llave de la agencia no abre esta copia de seguridad. {{hint}} No cambió nada.',
  'backup.wrongKey.vaultKey': 'Esa llave del cuaderno no abre esta copia de seguridad. {{hint}} No cambió nada.',
  'backup.wrongKey.passphraseHint':
    'Se abre con la frase de contraseña que tenía el cuaderno el {{date}}, cuando se hizo la copia, o con el código de recuperación del cuaderno.',
  'backup.wrongKey.recoveryCodeHint':
    'Se abre con el código de recuperación del cuaderno del que se hizo, o con la frase de contraseña que ese cuaderno tenía el {{date}}.',
  'backup.wrongKey.vaultKeyHint': 'Se hizo desde otro cuaderno, o antes de que se cambiara la llave de este cuaderno.',
  'backup.settingsInvalid': 'Elige las opciones de copia de seguridad de las listas: cada cuánto, cuántas guardar y cuándo recordártelo.',
  'backup.stopped': 'Esta copia de seguridad o restauración se detuvo (puede que el cuaderno se haya bloqueado). Empieza otra vez.',
  'backup.restoreOutOfStep': 'Esta restauración se desordenó, así que se detuvo. Empieza otra vez.',
  'backup.headerTampered':
    'El encabezado de esta copia de seguridad se cambió después de hacerla, así que no se puede confiar en ella y no se abrió. Usa otra copia o una copia anterior.',

  'vault.wrongPassphrase': 'Esa frase de contraseña no abre este cuaderno. Revísala y vuelve a intentarlo; no ha cambiado nada.',
  'vault.wrongRecoveryCode': 'Ese código de recuperación no abre este cuaderno. Revísalo y vuelve a intentarlo; no ha cambiado nada.',
  'crypto.tampered': '{{what}}: no se pudo verificar; se cambió o no pertenece aquí. No se abrió.',
  'crypto.weakKdf':
    'La configuración de la llave de este cuaderno es más débil de lo que Peer Notebook permite ({{detail}}). Puede que la hayan alterado, así que no se abrió.',
  'crypto.unsupportedFormat':
    '{{what}} usa la versión de formato {{version}}, que esta versión de Peer Notebook no puede leer. Actualiza la aplicación y vuelve a intentarlo.',
  'vault.locked': 'Tu cuaderno está bloqueado. Desbloquéalo para seguir.',
  'vault.startAgain': 'Empieza de nuevo: primero elige una frase de contraseña.',
  'vault.notARecoveryCode': 'Eso no parece un código de recuperación. Tiene 32 letras y números, en grupos de cuatro.',
  'vault.none': 'Todavía no hay ningún cuaderno en esta computadora. Crea uno para empezar.',
  'vault.exists': 'Esta computadora ya tiene un cuaderno. Desbloquéalo en lugar de crear otro.',
  'vault.workerStopped':
    'El cuaderno se detuvo de forma inesperada ({{detail}}). Cierra Peer Notebook y vuelve a abrirlo; lo que guardaste está a salvo.',
  'vault.keyChanging': 'Tu cuaderno está cambiando su llave; estará listo cuando termine.',
  'vault.recordDamaged':
    'No se pudo abrir este registro: puede que se haya dañado en esta computadora. Todo lo demás está bien. Restáuralo desde una copia de seguridad o vuelve a traerlo desde la carpeta de sincronización (Configuración).',
  'vault.damagedSetting':
    'No se pudo leer parte de la configuración de este cuaderno en esta computadora: puede que se haya dañado. Restaura el cuaderno desde una copia de seguridad, o pide ayuda al equipo de informática de tu agencia.',
  'vault.changedMeanwhile':
    'Ese registro cambió en otro lugar en el mismo momento, así que no se guardó nada. Vuelve a mirarlo y guarda otra vez.',
  'notFound.person': 'No se encontró a esa persona. Puede que se haya quitado.',
  'notFound.groupMember': 'No se encontró a una persona del grupo. Puede que se haya quitado.',
  'notFound.note': 'No se encontró esa nota. Puede que se haya quitado.',
  'notFound.task': 'No se encontró esa tarea. Puede que se haya quitado.',
  'notFound.release': 'No se encontró esa autorización. Puede que se haya quitado.',
  'notFound.recoveryPlan': 'No se encontró ese plan de recuperación. Puede que se haya quitado.',
  'notFound.referral': 'No se encontró ese referido. Puede que se haya quitado.',
  'notFound.resource': 'No se encontró ese recurso. Puede que se haya quitado.',
  'notFound.record': 'No se encontró ese registro. Puede que se haya quitado.',
  'notFound.agreement': 'No se encontró ese acuerdo de la relación. Puede que se haya quitado.',
  'notFound.confidentialityDisclosure': 'No se encontró esa explicación de los límites de la confidencialidad. Puede que se haya quitado.',
  'notFound.wellnessPlan': 'No se encontró ese plan de bienestar y crisis. Puede que se haya quitado.',
  'records.appendOnly': 'Esto se guarda tal como se escribió. Para añadir algo, escribe una entrada nueva.',

  'agencyKey.named': 'la llave de la agencia {{fingerprint}}',
  'agencyKey.offered': 'la llave de la agencia que se ofreció',
  'agencyKey.malformed':
    '{{key}} no es una llave pública de 32 bytes en base64, así que no se selló ninguna llave del cuaderno con ella. Pide al personal de informática de tu agencia un instalador que incluya esta llave, o la llave firmada con la llave de políticas de la agencia.',
  'agencyKey.unsigned':
    '{{key}} no viene incluida en esta instalación y no lleva firma de la llave de políticas de tu agencia, así que no se selló ninguna llave del cuaderno con ella. Pide al personal de informática de tu agencia un instalador que incluya esta llave, o la llave firmada con la llave de políticas de la agencia.',
  'agencyKey.badSignature':
    '{{key}} lleva una firma que no hizo ninguna llave de políticas incluida en esta instalación (o la llave cambió después de firmarse), así que no se selló ninguna llave del cuaderno con ella. Pide al personal de informática de tu agencia un instalador que incluya esta llave, o la llave firmada con la llave de políticas de la agencia.',
  'agencyKey.wrongKey':
    'Esta llave del cuaderno se selló con la llave de la agencia {{fingerprint}}, no con la llave que se dio. Usa la llave de recuperación con esa huella.',
  'keyChange.agencySlotNotResealable':
    '{{label}} puede abrir este cuaderno, y esta instalación no incluye esa llave de la agencia, así que no se le pudo dar la llave nueva. No se cambió nada. Pide al equipo de informática de tu agencia un instalador que la incluya y vuelve a intentarlo.',
  'keyChange.startAgain': 'Empieza de nuevo: primero escribe tu frase de contraseña.',
  'keyChange.samePassphrase':
    'Elige una frase de contraseña nueva: una llave nueva sirve para que lo que alguien pudo ver ya no abra el cuaderno.',
  'keyChange.notNewer':
    'La llave de este cuaderno en la carpeta de sincronización no es más nueva que la de esta computadora, así que no se cambió nada.',
  'keyChange.otherNotebook': 'Esa llave es de otro cuaderno, así que no se cambió nada.',

  'disclosure.informationNotConfirmed':
    'Esta autorización permite compartir solo esto: "{{information}}". Revisa que lo que envías quepa ahí y confírmalo, o hagan juntos una autorización nueva.',

  'billing.unsigned': 'Esta nota todavía no está firmada. Fírmala y así se podrá facturar.',
  'billing.notCoSigned':
    'Tu agencia factura una nota solo cuando tu supervisor la firma en conjunto, y esta todavía no tiene esa firma. Envíala a revisión desde las Notas de la persona.',
  'billing.medicaidIdMissing': 'El expediente de {{person}} no tiene número de Medicaid. Agrégalo en su perfil.',
  'billing.dateOfBirthMissing':
    '{{payer}} paga solo por personas de ciertas edades, y el expediente de {{person}} no tiene fecha de nacimiento. Agrégala en su perfil.',
  'billing.tooYoung': '{{payer}} paga por personas de {{age}} años o más; {{person}} tenía menos el {{date}}.',
  'billing.tooOld': '{{payer}} paga por personas de hasta {{age}} años; {{person}} tenía más el {{date}}.',
  'billing.tooShort':
    'Este encuentro es demasiado corto para facturar: {{minutes}} minutos no hacen ninguna unidad según la regla de {{payer}}.',
  'billing.codeNotCovered': '{{payer}} no paga por {{code}}. Revisa el código de servicio de la nota.',
  'billing.groupCodeForIndividual':
    '{{code}} es un código de grupo, y este encuentro no fue en grupo. Revisa el código de servicio de la nota.',
  'billing.individualCodeForGroup':
    'Este fue un encuentro en grupo, y {{code}} no es el código de grupo de {{payer}}. Revisa el código de servicio de la nota.',
  'billing.overDailyCap': 'Esta nota suma {{total}} unidades para {{person}} el {{date}}, más de las {{cap}} al día que paga {{payer}}.',
  'billing.overlaps':
    'Este encuentro se cruza con otro que escribiste para el {{date}}, de {{start}} a {{end}}. Revisa las horas de las dos notas.',
  'billing.groupTooLarge': 'Este grupo tuvo {{people}} personas, más de las {{most}} que {{payer}} permite para un solo especialista.',
  'billing.serviceOrderNeeded':
    '{{payer}} paga solo cuando hay una orden de servicio firmada antes del primer servicio. Asegúrate de que cada persona tenga una.',

  'sync.headerUnreadable':
    'No se pudo leer el archivo del cuaderno en la carpeta para sincronizar (header.json): puede estar dañado. No se usó nada de él. Vuelve a sincronizar desde la computadora que lo creó.',
  'sync.conflictAlreadyResolved':
    'Esa elección ya se hizo, aquí o en otra computadora. Vuelve a mirar el registro para ver lo que muestra ahora.',

  'history.person.added': 'Se agregó al cuaderno',
  'history.person.updated': 'Se actualizó el perfil',
  'history.person.removed': 'Se quitó',
  'history.agreement.draft': 'Se guardó el borrador del acuerdo de la relación',
  'history.agreement.signed': 'Se firmó el acuerdo de la relación',
  'history.confidentiality.draft': 'Se guardó el borrador de los límites de la confidencialidad',
  'history.confidentiality.signed': 'Se firmaron los límites de la confidencialidad',
  'history.release.draft': 'Se guardó el borrador de la autorización para compartir información',
  'history.release.signed': 'Se firmó la autorización para compartir información',
  'history.disclosure.shared': 'Se compartió',
  'history.crisis.written': 'Se anotó una crisis o un suceso de seguridad',
  'history.recoveryPlan.draft': 'Se guardó el borrador del plan de recuperación',
  'history.recoveryPlan.signed': 'Se firmó el plan de recuperación',
  'history.wellnessPlan.draft': 'Se guardó el borrador del plan de bienestar y crisis',
  'history.wellnessPlan.signed': 'Se firmó el plan de bienestar y crisis',
  'history.progress.recorded': 'Se anotó un avance en una meta',
  'history.barc10.recorded': 'Se anotó el capital de recuperación (BARC-10)',
  'history.serviceNote.draft': 'Se guardó el borrador de una nota de servicio',
  'history.serviceNote.signed': 'Se firmó una nota de servicio',
  'history.addendum.added': 'Se agregó una corrección a una nota de servicio',
  'history.task.added': 'Se agregó una tarea',
  'history.task.changed': 'Se cambió una tarea',
  'history.task.removed': 'Se quitó una tarea',
  'history.resource.added': 'Se agregó un recurso',
  'history.resource.changed': 'Se cambió un recurso',
  'history.resource.removed': 'Se quitó un recurso',
  'history.referral.added': 'Se agregó un referido',
  'history.referral.changed': 'Se cambió un referido',
  'history.peerProfile.updated': 'Se actualizó tu perfil',
  'history.team.keysMade': 'Se crearon las claves de equipo de este cuaderno',
  'history.team.updated': 'Se actualizó la lista del equipo o el buzón',
  'history.team.submitted': 'Se envió a tu supervisor para revisión',
  'history.team.answerCameBack': 'Volvió la revisión de tu supervisor',
  'history.team.reviewReceived': 'Un par te envió esto para revisar',
  'history.team.reviewReceivedFrom': '{{peer}} te envió para revisar lo que escribió sobre {{person}}',
  'history.team.reviewAnswered': 'Respondiste una revisión',
  'history.team.handoff': 'Se entregó entre pares',
  'history.team.coSigned': '{{reviewer}} lo firmó en conjunto',
  'history.team.returned': '{{reviewer}} lo devolvió: {{comment}}',
  'history.team.youCoSigned': 'Firmaste en conjunto lo que {{peer}} escribió sobre {{person}}',
  'history.team.youReturned': 'Devolviste lo que {{peer}} escribió sobre {{person}}: {{comment}}',
  'history.team.handedTo': 'Se entregó a otro par, con el consentimiento registrado el {{date}}',
  'history.team.handedToNamed': 'Se entregó a {{peer}}, con el consentimiento registrado el {{date}}',
  'history.team.keptReadOnly': 'Desde ahora se guarda aquí solo para leer, según las reglas de conservación',
  'history.team.receivedFrom': 'Se recibió de {{peer}}, con el consentimiento registrado el {{date}}',
  'history.team.reassignedFrom': 'Tu agencia te lo reasignó el {{date}}, de {{peer}}, que dejó el equipo',
  'history.team.reassignedFromUnnamed': 'Tu agencia te lo reasignó el {{date}}, de un par que dejó el equipo',
  'history.task.done': 'Tarea hecha',
  'history.task.skipped': 'Tarea saltada esta vez',
  'history.serviceNote.groupDraft': 'Se guardó como borrador la nota de una sesión de grupo',
  'history.release.revoked': 'Se retiró la autorización ({{how}})',
  'history.release.eventRecorded': 'Se anotó el suceso con el que termina la autorización',
  'history.disclosure.sharedWith': 'Se compartió con {{recipient}}',
  'history.referral.suggested': 'Se sugirió un referido',
  'history.referral.contacted': 'Referido: la persona hizo contacto',
  'history.referral.connected': 'Referido: la persona quedó conectada',
  'history.referral.notPursued': 'Referido: la persona decidió no seguir adelante',
  'history.resource.updated': 'Se actualizó un recurso',
  'history.resource.addedToDirectory': 'Se agregó un recurso al directorio',
  'history.resource.removedFromDirectory': 'Se quitó un recurso del directorio',
  'history.resource.updatedFromList': 'Se actualizó un recurso desde una lista importada',
  'history.resource.addedFromList': 'Se agregó un recurso desde una lista importada',
  'history.document.signed': 'Se firmó: {{document}} (versión {{version}})',
  'history.document.started': 'Se empezó la versión {{version}}: {{document}}',
  'history.document.agreement': 'acuerdo de la relación',
  'history.document.confidentialityDisclosure': 'límites de la confidencialidad',
  'history.document.release': 'autorización para compartir información',
  'history.document.recoveryPlan': 'plan de recuperación',
  'history.document.wellnessPlan': 'plan de bienestar y crisis',
  'history.document.wholeRecord': 'expediente completo',
  'history.recoveryPlan.signedByPeer': 'El especialista de apoyo firmó el plan de recuperación (versión {{version}})',
  'history.recoveryPlan.signedBySupervisor': 'El supervisor firmó el plan de recuperación (versión {{version}})',
  'history.personCopy': 'Su propia copia de su {{plan}} ({{format}}, {{language}})',
  'history.format.pdf': 'PDF',
  'history.format.web': 'página web',
  'history.billingExport.one': '1 nota de servicio del {{from}} al {{to}} exportada para facturar a {{payer}}',
  'history.billingExport.many': '{{count}} notas de servicio del {{from}} al {{to}} exportadas para facturar a {{payer}}',
  'history.theirPage': 'su página',
  'history.keyChanged.here': 'La llave del cuaderno se cambió en esta computadora (llave {{generation}}). {{trail}}',
  'history.keyChanged.elsewhere': 'La llave del cuaderno se cambió en otra computadora y se adoptó aquí (llave {{generation}}). {{trail}}',
  'history.keyChanged.whole': 'Antes del cambio, el historial se comprobó completo ({{count}} sucesos).',
  'history.keyChanged.broken': 'Antes del cambio, el historial estaba roto en el suceso {{at}} ({{problem}}).',
  'history.keyChanged.wholeLeft':
    'Antes del cambio, el historial se comprobó completo ({{count}} sucesos). {{unreadable}} elementos guardados no se abrieron con la llave anterior y se conservaron tal como estaban.',
  'history.keyChanged.brokenLeft':
    'Antes del cambio, el historial estaba roto en el suceso {{at}} ({{problem}}). {{unreadable}} elementos guardados no se abrieron con la llave anterior y se conservaron tal como estaban.',
  'reassign.notASupervisor':
    'Solo una supervisora o un supervisor de tu lista de equipo puede reasignar un grupo de personas, así que no se envió nada. Busca novedades del equipo; si deberías ser supervisor, pregunta al equipo de informática de tu agencia.',
  'reassign.departedStillListed':
    'El miembro {{member}} sigue en tu lista de equipo, así que no se envió nada: puede entregar a las personas desde su propio cuaderno. Si se fue, pide al equipo de informática de tu agencia que lo saque del equipo y vuelva a firmar la lista; luego inténtalo de nuevo.',
  'reassign.receiverNotAPeer':
    'El miembro {{member}} no es un par en tu lista de equipo, así que no se envió nada. Elige un par de la lista.',
  'reassign.otherNotebook':
    'Esta copia de seguridad no es el cuaderno del miembro {{member}}: es otro cuaderno, o se hizo antes de que se uniera al equipo. No se envió nada. Elige una copia de seguridad reciente del cuaderno del par que se fue.',
  'reassign.notOnATeam':
    'Esta copia de seguridad no se puede reasignar: no dice de quién es el cuaderno, porque se hizo antes de que el cuaderno de ese par se uniera al equipo. No se envió nada. Elige una copia hecha después de que se uniera; si no hay ninguna, pregunta al equipo de informática de tu agencia.',
  'reassign.backup.notABackup':
    'Este archivo no es una copia de seguridad de Peer Notebook, así que no se envió nada. Elige la copia de seguridad del par que se fue (su nombre termina en .pnbackup).',
  'reassign.backup.newerVersion':
    'Esta copia de seguridad se hizo con una versión más nueva de Peer Notebook (formato de copia {{version}}), así que no se envió nada. Actualiza Peer Notebook en esta computadora y luego vuelve a reasignar.',
  'reassign.backup.truncated':
    'Este archivo de copia de seguridad termina antes de tiempo: no se copió completo. No se envió nada. Cópialo otra vez desde donde se guardaba, o elige una copia anterior de ese par, y luego vuelve a reasignar.',
  'reassign.backup.damaged':
    'Este archivo de copia de seguridad está dañado ({{where}}), así que no se puede confiar en él y no se envió nada. Elige otra copia o una copia anterior de ese par, y luego vuelve a reasignar.',
  'reassign.backup.outOfOrder': 'sus partes están fuera de orden',
  'reassign.backup.wrongKey':
    'Esta copia de seguridad no se selló para esta llave de recuperación, así que no se puede abrir y no se envió nada. Elige el archivo de la llave de recuperación que usaba tu agencia cuando se hizo la copia; si se cambió desde entonces, pide la anterior al equipo de informática de tu agencia.',
  'reassign.nobodyInCare': 'Esta copia de seguridad no tiene a nadie que siga acompañado por ese par: no se envió nada.',
  'reassign.policyKeyNotTeamSigner':
    'Esta llave de firma de políticas no firmó la lista del equipo, así que no se envió nada. Elige la llave de firma de políticas con la que tu agencia firma la lista del equipo.',
  'reassign.tooLarge':
    'Este grupo de personas ocupa {{size}} MiB sellado, más de lo que lleva una entrega ({{max}} MiB). No se envió nada: todavía no se puede reasignar de una vez un grupo tan grande. Avisa al equipo de informática de tu agencia.',
  'reassign.recoveryKeyFile':
    'Este no es el archivo de la llave de recuperación de tu agencia (la privada), o fue modificado. No se envió nada. Elige el archivo que guarda el equipo de informática de tu agencia para recuperar copias de seguridad.',
  'reassign.recoveryKeyPassphrase':
    'Esa frase de contraseña no abre el archivo de la llave de recuperación de la agencia (o el archivo fue modificado). No se envió nada. Revisa la frase de contraseña y vuelve a intentarlo.',
  'reassign.policyKeyFile':
    'Este no es el archivo de la llave de firma de políticas de tu agencia, o fue modificado. No se envió nada. Elige el archivo con el que el equipo de informática de tu agencia firma la lista del equipo.',
  'reassign.policyKeyPassphrase':
    'Esa frase de contraseña no abre el archivo de la llave de firma de políticas de la agencia (o el archivo fue modificado). No se envió nada. Revisa la frase de contraseña y vuelve a intentarlo.',
  'reassign.fileUnreadable':
    'No se pudo leer el archivo {{name}}: puede que se haya quitado la unidad, o que esta computadora no pueda abrirlo. No se envió nada. Revisa el archivo y vuelve a elegirlo.',
  'reassign.fileNotChosen': 'Vuelve a elegir el archivo: Peer Notebook ya no conoce el que se eligió (se reinició). No se envió nada.',
  'reassign.unreachable':
    'No se pudo conectar con el servidor de la agencia, así que no se envió nada. Revisa tu conexión a internet y vuelve a intentarlo.',
  'reassign.refused':
    'El servidor de la agencia no aceptó el grupo de personas, así que no se envió nada. Inténtalo más tarde; si sigue pasando, avisa al equipo de informática de tu agencia.',
  'reassign.youReassigned.one': 'Reasignaste las personas del miembro {{from}}, que dejó el equipo, al miembro {{to}}: 1 persona',
  'reassign.youReassigned.many': 'Reasignaste las personas del miembro {{from}}, que dejó el equipo, al miembro {{to}}: {{count}} personas',
  'reassign.unknownJob':
    'Peer Notebook ya no sabe cómo terminó esta reasignación (se reinició). Pide al par que la recibe que busque novedades del equipo antes de empezarla de nuevo.',

  'team.directoryMalformed':
    'Esto no es una lista de equipo de Peer Notebook, o se dañó en el camino. No se cambió nada. Pide de nuevo la lista del equipo al personal de informática de tu agencia.',
  'team.directoryNotSigned':
    'Esta lista de equipo no fue firmada con la clave de tu agencia (o se cambió después de firmarla), así que no se usó. Pide de nuevo la lista del equipo al personal de informática de tu agencia.',
  'team.directoryOlder': 'Esta lista de equipo es más antigua que la que ya tienes, así que se queda la más nueva. No se cambió nada.',
  'team.directoryOtherTeam':
    'Esta lista de equipo es de otro equipo, no del tuyo, así que no se usó. Pregunta al personal de informática de tu agencia cuál es tu lista.',
  'team.notInTeam':
    'Todavía no estás en la lista del equipo de tu agencia, así que no se puede enviar ni recibir nada. Pide a tu supervisor o al personal de informática que te agreguen.',
  'team.recipientNotInTeam':
    'Esa persona ya no está en tu lista de equipo, así que no se le envió nada. Elige a alguien que esté en la lista.',
  'team.envelopeUnreadable':
    'Algo que te enviaron no se pudo abrir: se dañó en el camino o estaba sellado para otra persona. Se dejó aparte. Pide a quien lo envió que lo mande de nuevo.',
  'team.senderNotInTeam':
    'Llegó algo de alguien que no está en tu lista de equipo, así que se dejó aparte sin leer. Si debería estar en el equipo, pide al personal de informática que lo agregue.',
  'team.senderSignature':
    'Llegó algo cuya firma no coincide con las claves de quien lo envió en tu lista de equipo, así que se dejó aparte sin leer. Avísale a tu supervisor.',
  'team.agencySignature':
    'Llegó algo que dice venir de tu agencia, pero no está firmado con la clave de tu agencia, así que se dejó aparte sin leer. Avísale a tu supervisor.',
  'team.coSignatureInvalid':
    'Esta firma conjunta no coincide con la nota con la que llegó, o no la hizo un supervisor de tu lista de equipo, así que no se guardó. Pide a tu supervisor que la revise de nuevo.',
  'team.removed':
    'Tu agencia te quitó del equipo, así que aquí ya no se pueden enviar ni recibir mensajes del equipo. Tu propio cuaderno está a salvo. Si es un error, habla con tu supervisor.',
  'team.noServer':
    'El trabajo en equipo pasa por el servidor de sincronización de tu agencia. Primero configura la sincronización con el servidor en Ajustes.',
  'team.nothingToShare': 'La política de tu agencia no pide revisar este tipo de registro, así que no se envió.',
  'team.alreadySubmitted': 'Esto ya está esperando revisión. Verás la respuesta en Hoy cuando vuelva.',
  'team.consentMissingFor':
    'Registra el consentimiento de {{person}} para pasar sus registros a otro par (el día en que aceptó y cómo) antes de entregarlos.',
  'team.consentDateAhead': 'El día en que {{person}} dio su consentimiento es posterior a hoy. Revisa la fecha y vuelve a intentarlo.',
  'team.alreadyHandedOver': '{{person}} ya se entregó a otro par, así que no se envió nada.',
  'team.handOverNobody': 'Elige al menos una persona para entregar.',
  'team.handOverNameMissing': 'Escribe el nombre del par a quien entregas, para que tus registros digan quién los tiene ahora.',
  'team.handOverNotPending':
    'Esta entrega no quedó registrada aquí, porque el cuaderno se bloqueó o se cerró antes de enviarla. Vuelve a entregarlos; el par que los recibe guarda una sola copia.',
  'team.readOnlyHandedOver':
    'Estos registros se entregaron a otro par y aquí se guardan solo para leer. El par que los tiene ahora puede agregarles.',
  'team.returnCommentMissing': 'Agrega un comentario con palabras sencillas que diga qué cambiar antes de devolverlo.',
  'policy.setting.autoLockMaxMinutes': 'Tiempo máximo de bloqueo automático',
  'policy.setting.requireAgencyKeySlot': 'Clave de recuperación de la agencia obligatoria',
  'policy.setting.noteDueHours': 'Plazo de las notas de servicio',
  'policy.setting.stateRules': 'Plazos de las notas por estado',
  'policy.setting.noteUnitRule': 'Unidades facturables de una nota de servicio',
  'policy.setting.plaintextExportAllowed': 'Exportación sin cifrar permitida',
  'policy.setting.minimumPassphraseScore': 'Fuerza mínima de la frase de contraseña',
  'policy.setting.requireSupervisorSignature': 'Los planes necesitan la firma de un supervisor',
  'policy.setting.supervisorReviews': 'Registros que revisa un supervisor',
  'policy.setting.coSignRequired': 'Registros que necesitan la firma conjunta de un supervisor',
  'policy.value.yes': 'sí',
  'policy.value.no': 'no',
  'policy.value.none': 'ninguno',
  'policy.value.minutes.one': '1 minuto',
  'policy.value.minutes.many': '{{count}} minutos',
  'policy.value.hours.one': '1 hora',
  'policy.value.hours.many': '{{count}} horas',
  'policy.value.businessDays.one': '1 día hábil',
  'policy.value.businessDays.many': '{{count}} días hábiles',
  'policy.value.stateRule': '{{state}}: {{deadline}}',
  'policy.value.unitRule': 'unidades de {{unit}} minutos; una última parte de {{partial}} o más cuenta como una',
  'policy.value.score': '{{score}} de 4',
  'policy.list': '{{first}}; {{rest}}',
  'policy.unreadable': 'No se pudo leer la política en {{location}} ({{reason}}), así que no se aplicó nada de ella.',
  'policy.reason.notOpened': 'no se pudo abrir: {{detail}}',
  'policy.reason.notJson': 'no es JSON válido: {{detail}}',
  'policy.reason.plutilFailed': 'plutil no pudo leerla: {{detail}}',
  'policy.reason.plutilNotJson': 'lo que devolvió plutil no es JSON: {{detail}}',
  'policy.reason.regFailed': 'reg.exe falló: {{detail}}',
  'policy.reason.exitCode': 'código de salida {{code}}',
  'policy.at': '{{location}}: {{problem}}',
  'policy.notSettings': 'La política no es un conjunto de ajustes con nombre (un objeto JSON), así que no se aplicó nada de ella.',
  'policy.unknownSetting': '"{{name}}" no es un ajuste que Peer Notebook conozca, así que se ignoró (los ajustes son: {{settings}}).',
  'policy.settingIgnored': '{{setting}}: {{issues}}. Este ajuste se ignoró.',
  'policy.signatureNotMatching':
    'La política en {{location}} lleva una firma que no corresponde a esta política, o que no se hizo con una clave de políticas incluida en esta instalación. Se trató como no firmada: se aplicaron los ajustes que hacen la app más estricta, no los que la hacen menos estricta. Vuelve a firmar la política final con la clave de políticas de tu agencia.',
  'policy.signedWithoutKey':
    'La política en {{location}} está firmada, pero esta instalación no incluye ninguna clave de políticas de la agencia para comprobarla. Se trató como no firmada: se aplicaron los ajustes que hacen la app más estricta, no los que la hacen menos estricta.',
  'policy.looserNeedsSignature':
    '{{setting}} se queda en {{now}}: la política en {{location}} lo cambiaría a {{wanted}}, que es menos estricto, y solo una política firmada con la clave de políticas de tu agencia puede hacer un ajuste menos estricto. Firma la política, o elige un valor no menos estricto que {{now}}.',
  'policy.unitsNeedSignature':
    '{{setting}} se queda en {{now}}: la política en {{location}} lo cambiaría a {{wanted}}, y solo una política firmada con la clave de políticas de tu agencia puede cambiar cómo se cuentan las unidades. Firma la política, o deja fuera este ajuste.',
  'policy.noRecoveryKey':
    '{{setting}}: la política en {{location}} exige una clave de recuperación de la agencia, pero esta instalación no incluye ninguna, así que no hay clave que agregar. Instala la versión de Peer Notebook de tu agencia.',
  'policy.issue.field': '{{field}}: {{problem}}',
  'policy.issue.unknownFields': '{{fields}} no es un campo que Peer Notebook conozca aquí (revisa cómo está escrito)',
  'policy.issue.trueOrFalse': 'tiene que ser true o false',
  'policy.issue.wholeMinutes': 'tiene que ser un número entero de minutos',
  'policy.issue.wholeHours': 'tiene que ser un número entero de horas',
  'policy.issue.wholeBusinessDays': 'tiene que ser un número entero de días hábiles',
  'policy.issue.wholePoints': 'tiene que ser un número entero de puntos',
  'policy.issue.atLeastOneMinute': 'tiene que ser al menos 1 minuto',
  'policy.issue.atMostUnitMinutes': 'tiene que ser como mucho 60 minutos',
  'policy.issue.atMostAutoLock': 'tiene que ser como mucho {{max}} minutos (el tiempo de bloqueo automático más largo que ofrece la app)',
  'policy.issue.atLeastOneHour': 'tiene que ser al menos 1 hora',
  'policy.issue.atMostHours': 'tiene que ser como mucho 720 horas (30 días)',
  'policy.issue.atLeastOneBusinessDay': 'tiene que ser al menos 1 día hábil',
  'policy.issue.atMostBusinessDays': 'tiene que ser como mucho 30 días hábiles',
  'policy.issue.deadline': 'tiene que ser un número de horas o un número de días hábiles',
  'policy.issue.stateRule': 'tiene que ser una regla de estado: un estado de dos letras y su plazo para las notas',
  'policy.issue.stateRules': 'tiene que ser una lista de reglas de estado, cada una con un estado de dos letras y su plazo para las notas',
  'policy.issue.stateCode': 'tiene que ser un código de estado de dos letras, como "NC"',
  'policy.issue.stateCodeCapitals': 'tiene que ser un código de estado de dos letras en mayúsculas, como "NC"',
  'policy.issue.atMostStates': 'puede nombrar como mucho 60 estados',
  'policy.issue.stateTwice': 'nombra un estado más de una vez',
  'policy.issue.unitRule': 'tiene que dar los minutos de una unidad y desde cuántos minutos cuenta una parte',
  'policy.issue.partialUnit': 'partialUnitFromMinutes tiene que ser como mucho unitMinutes (igual: solo unidades enteras)',
  'policy.issue.score': 'tiene que ser una puntuación de zxcvbn de 0 a 4',
  'policy.issue.kinds': 'tiene que ser una lista como ["service-note"]',
  'policy.issue.kind': 'tiene que nombrar tipos de registro de entre {{kinds}}',
  'policy.issue.kindTwice': 'nombra un tipo más de una vez',
};
