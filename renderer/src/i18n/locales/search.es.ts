/** The words of search across everything, in Spanish (tú, plain and warm). Typed against the English. */
import type { Words } from './en';
import type { searchEn } from './search.en';

export const searchEs: Words<typeof searchEn> = {
  box: 'Busca en tu cuaderno',
  title: 'Buscar',
  hint: 'Escribe un nombre, unas palabras de una nota, una meta o un recurso. La búsqueda mira todo tu cuaderno, aquí mismo en esta computadora.',
  gettingReady:
    'Todavía estamos leyendo tu cuaderno ({{percent}}%). Ya puedes buscar: los resultados muestran lo que se ha leído hasta ahora.',
  soFar: 'Todavía estamos leyendo tu cuaderno ({{percent}}%). Resultados hasta ahora:',
  nothingYet: 'Nada por ahora para “{{query}}”. Todavía estamos leyendo el resto de tu cuaderno.',
  failed: 'La búsqueda no pudo leer todo tu cuaderno. Bloquéalo y vuelve a abrirlo para intentarlo otra vez.',
  nothing: 'Nada en tu cuaderno coincide con “{{query}}”. Prueba con menos palabras o de otra manera.',
  results: 'Lo que tu cuaderno tiene sobre “{{query}}”',
  everyone: 'Recursos y tus propias tareas',
  notSignedYet: 'Sin firmar todavía',
  kinds: {
    person: 'Perfil',
    'service-note': 'Notas',
    'note-addendum': 'Correcciones a las notas',
    'recovery-plan': 'Plan de recuperación',
    'goal-progress': 'Avances en las metas',
    'wellness-plan': 'Plan de bienestar',
    barc10: 'Capital de recuperación',
    agreement: 'Acuerdo',
    'confidentiality-disclosure': 'Límites de la confidencialidad',
    release: 'Autorizaciones para compartir información',
    disclosure: 'Registro de lo compartido',
    'crisis-event': 'Crisis y seguridad',
    task: 'Tareas y llamadas',
    referral: 'Referencias',
    resource: 'Recursos',
  },
};
