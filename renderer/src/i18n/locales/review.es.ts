/** Las palabras de la firma conjunta del supervisor, en español (tú, claro y cálido). Tipadas contra el inglés. */
import type { Words } from './en';
import type { reviewEn } from './review.en';

export const reviewEs: Words<typeof reviewEn> = {
  state: {
    needed: 'Necesita la firma conjunta de tu supervisor',
    waiting: 'Enviado a revisión el {{date}}',
    'co-signed': 'Firmado en conjunto por {{reviewer}} el {{date}}',
    returned: 'Devuelto: {{comment}}',
    changed:
      'Cambió después de que {{reviewer}} lo firmara en conjunto el {{date}}, así que necesita otra vez la firma conjunta de tu supervisor',
  },
  due: {
    title: 'Todavía necesita la firma conjunta de tu supervisor',
    needed: '{{name}}: {{what}} necesita la firma conjunta de tu supervisor',
    returned: '{{name}}: {{what}} volvió de {{reviewer}}: "{{comment}}"',
    changed: '{{name}}: {{what}} cambió después de que {{reviewer}} lo firmara en conjunto, así que necesita firmarse en conjunto otra vez',
    more_one: 'Y 1 más, anterior: las notas y los planes de cada persona dicen cómo van.',
    more_other: 'Y {{count}} más, anteriores: las notas y los planes de cada persona dicen cómo van.',
  },
  what: {
    'service-note': 'la nota del {{date}}',
    'recovery-plan': 'el plan de recuperación (versión {{version}})',
    'wellness-plan': 'el plan de bienestar y crisis (versión {{version}})',
  },
};
